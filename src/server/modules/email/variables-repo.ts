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

export function findSender(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'phone'])
    .where('id', '=', id)
    .executeTakeFirst();
}
