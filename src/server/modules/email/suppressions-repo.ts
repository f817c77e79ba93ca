import { bulkInsert } from '../../../db/bulk-insert';
import type { Db, SuppressionsTable } from '../../../db/types';

export function findSuppressions(db: Db, emails: string[]): Promise<SuppressionsTable[]> {
  if (emails.length === 0) return Promise.resolve([]);
  return db.selectFrom('suppressions').selectAll().where('email', 'in', emails).execute();
}

export function listSuppressions(db: Db): Promise<SuppressionsTable[]> {
  return db.selectFrom('suppressions').selectAll().orderBy('created_at', 'desc').orderBy('email').execute();
}

/** Adds the address unless it is already there (the first reason stays). True when added. */
export async function insertSuppression(db: Db, row: SuppressionsTable): Promise<boolean> {
  const r = await db
    .insertInto('suppressions')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

const columns = ['email', 'reason', 'note', 'created_by', 'created_at'] as const;

/** insertSuppression for many addresses in one statement (`rows` holds each address once). */
export async function insertSuppressions(db: Db, rows: SuppressionsTable[]): Promise<void> {
  // In address order, so that two concurrent posts suppressing the same addresses lock them in one order.
  const sorted = [...rows].sort((a, b) => (a.email < b.email ? -1 : 1));
  await bulkInsert(
    db,
    'suppressions',
    columns,
    sorted.map((r) => columns.map((c) => r[c])),
    { max: 1024, onConflict: '(email) do nothing' },
  );
}

export async function deleteSuppression(db: Db, email: string): Promise<boolean> {
  const r = await db.deleteFrom('suppressions').where('email', '=', email).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
