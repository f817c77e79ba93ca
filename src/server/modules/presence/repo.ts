import type { Db } from '../../../db/types';

export async function insertPresence(
  db: Db,
  row: { id: string; contactId: string; userId: string; at: string; expiresAt: string },
) {
  await db
    .insertInto('contact_presence')
    .values({
      id: row.id,
      contact_id: row.contactId,
      user_id: row.userId,
      started_at: row.at,
      expires_at: row.expiresAt,
    })
    .execute();
}

export async function renewPresence(db: Db, id: string, expiresAt: string) {
  await db.updateTable('contact_presence').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deletePresence(db: Db, id: string) {
  await db.deleteFrom('contact_presence').where('id', '=', id).execute();
}

/** Everyone with the contact open now, once each, earliest first. */
export async function listViewers(db: Db, contactId: string, now: string) {
  return db
    .selectFrom('contact_presence')
    .innerJoin('users', 'users.id', 'contact_presence.user_id')
    .select(['users.id', 'users.name'])
    .select((eb) => eb.fn.min('contact_presence.started_at').as('since'))
    .where('contact_presence.contact_id', '=', contactId)
    .where('contact_presence.expires_at', '>', now)
    .groupBy(['users.id', 'users.name'])
    .orderBy('since')
    .orderBy('users.name')
    .execute();
}

export async function deleteExpiredPresence(db: Db, now: string) {
  await db.deleteFrom('contact_presence').where('expires_at', '<=', now).execute();
}
