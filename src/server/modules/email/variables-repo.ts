import type { Db } from '../../../db/types';

export function nextOpenTask(db: Db, contactId: string) {
  return db
    .selectFrom('tasks')
    .select(['due_at'])
    .where('contact_id', '=', contactId)
    .where('status', '=', 'open')
    .orderBy('due_at')
    .limit(1)
    .executeTakeFirst();
}

export function lastCall(db: Db, contactId: string) {
  return db
    .selectFrom('calls')
    .select(['outcome', 'called_at'])
    .where('contact_id', '=', contactId)
    .orderBy('called_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** nextOpenTask for many contacts in one query (a bulk send renders hundreds at a time). */
export async function nextOpenTasks(db: Db, contactIds: string[]): Promise<Map<string, { due_at: string }>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tasks')
    .select(['contact_id', (eb) => eb.fn.min('due_at').as('due_at')])
    .where('contact_id', 'in', contactIds)
    .where('status', '=', 'open')
    .groupBy('contact_id')
    .execute();
  return new Map(rows.map((r) => [r.contact_id, { due_at: r.due_at }]));
}

/** lastCall for many contacts in one query. */
export async function lastCalls(
  db: Db,
  contactIds: string[],
): Promise<Map<string, { outcome: string; called_at: string }>> {
  const out = new Map<string, { outcome: string; called_at: string }>();
  if (contactIds.length === 0) return out;
  const rows = await db
    .selectFrom('calls')
    .select(['contact_id', 'outcome', 'called_at'])
    .where('contact_id', 'in', contactIds)
    .orderBy('contact_id')
    .orderBy('called_at', 'desc')
    .execute();
  for (const r of rows) if (!out.has(r.contact_id)) out.set(r.contact_id, r);
  return out;
}

export function findSender(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'phone'])
    .where('id', '=', id)
    .executeTakeFirst();
}
