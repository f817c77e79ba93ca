import type { Db, SavedViewsTable } from '../../../db/types';

export type SavedViewRow = SavedViewsTable;

export function listSavedViews(db: Db, userId: string): Promise<SavedViewRow[]> {
  return db.selectFrom('saved_views').selectAll().where('user_id', '=', userId).orderBy('name').execute();
}

export function findSavedView(db: Db, id: string): Promise<SavedViewRow | undefined> {
  return db.selectFrom('saved_views').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSavedView(db: Db, row: SavedViewRow): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

export async function updateSavedView(db: Db, id: string, patch: Partial<SavedViewRow>): Promise<void> {
  await db.updateTable('saved_views').set(patch).where('id', '=', id).execute();
}

export async function deleteSavedView(db: Db, id: string): Promise<void> {
  await db.deleteFrom('saved_views').where('id', '=', id).execute();
}
