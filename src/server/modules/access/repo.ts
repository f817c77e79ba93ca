import type { Db } from '../../../db/types';

/** The states a rep works (rep_territories): half of what a rep may see under the territory rule. */
export async function statesOfRep(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rep_territories')
    .select('state')
    .where('user_id', '=', userId)
    .orderBy('state')
    .execute();
  return rows.map((r) => r.state);
}
