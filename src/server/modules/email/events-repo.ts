import type { Db, EmailEventsTable } from '../../../db/types';

/** False when this sg_event_id was seen before (SendGrid retries deliver duplicates). */
export async function insertEventOnce(db: Db, row: EmailEventsTable): Promise<boolean> {
  const r = await db
    .insertInto('email_events')
    .values(row)
    .onConflict((oc) => oc.column('sg_event_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function contactsWithEmail(db: Db, email: string) {
  return db
    .selectFrom('contacts')
    .select(['id', 'company_id', 'owner_id'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('deleted_at', 'is', null)
    .limit(50)
    .execute();
}

export function contactOwner(db: Db, id: string) {
  return db.selectFrom('contacts').select(['owner_id', 'company_id']).where('id', '=', id).executeTakeFirst();
}
