import { type Kysely, sql } from 'kysely';

// The two counts a claim checks against the rep's limits (decision 013), each answered from one index alone:
// - open leads: `owner_id = ? and deleted_at is null and status not in (…)`. SQLite does not count a partial
//   index's own WHERE column as covered, so `contacts_owner_status (owner_id, status) where deleted_at is null`
//   still read the table for every lead the rep holds; with `deleted_at` as a (always NULL) third column it is
//   a covering index. The call list's uses of (owner_id, status) are unchanged.
// - claims in the last 24 hours: `timeline_events_actor (actor_id, occurred_at)` read the table for `kind` of
//   every event the rep made that day; a partial index of claim events only is small and covering. Queries must
//   say `kind = 'contact.claimed'` as a literal (a bound parameter cannot match a partial index on SQLite).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contacts_owner_status').execute();
  await db.schema
    .createIndex('contacts_owner_status')
    .on('contacts')
    .columns(['owner_id', 'status', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('timeline_events_claims')
    .on('timeline_events')
    .columns(['actor_id', 'occurred_at'])
    .where(sql.ref('kind'), '=', sql.lit('contact.claimed'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('timeline_events_claims').execute();
  await db.schema.dropIndex('contacts_owner_status').execute();
  await db.schema
    .createIndex('contacts_owner_status')
    .on('contacts')
    .columns(['owner_id', 'status'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}
