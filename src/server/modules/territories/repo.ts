import type { Db } from '../../../db/types';

export function listRepStates(db: Db) {
  return db
    .selectFrom('rep_territories')
    .select(['user_id', 'state'])
    .orderBy('user_id')
    .orderBy('state')
    .execute();
}

export async function replaceRepStates(
  db: Db,
  userId: string,
  states: string[],
  at: string,
  by: string | null,
) {
  await db.deleteFrom('rep_territories').where('user_id', '=', userId).execute();
  if (states.length === 0) return;
  await db
    .insertInto('rep_territories')
    .values(states.map((state) => ({ user_id: userId, state, created_at: at, created_by: by })))
    .execute();
}

/** Active reps who work a state, for auto-assignment. */
export function repsOfStates(db: Db, states: string[]) {
  return db
    .selectFrom('rep_territories as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.user_id', 't.state', 'u.name'])
    .where('t.state', 'in', states)
    .where('u.deactivated_at', 'is', null)
    .where('u.role', '=', 'rep')
    .execute();
}
