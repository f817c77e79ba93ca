import type { Db } from '../../../db/types';

/** First writer wins: two app servers generating a secret at once agree on one. */
export async function insertSettingIfAbsent(db: Db, key: string, value: unknown, at: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
