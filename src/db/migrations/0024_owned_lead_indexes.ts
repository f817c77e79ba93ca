import { type Kysely, sql } from 'kysely';

// The two "whose leads" indexes hold owned leads only (decision 024). Every query that reads them names an owner
// (`owner_id = ?`: a rep's leads by name, the call list by status, the open-lead count of a claim), which implies
// `owner_id is not null` on both databases, so they still match. Unassigned leads are found by state
// (`contacts_territory_metrics`, `contacts_state_name`) or by the name order. At 1M contacts nearly every lead is
// unassigned, so both indexes were almost all NULL entries, and a claim deleted one at a random place in each —
// two of the ~10 random page writes a claim made. Now a claim only adds to the rep's own (hot) range.
const owned = [
  ['contacts_owner_name', ['owner_id', 'name_key', 'id']],
  ['contacts_owner_status', ['owner_id', 'status', 'deleted_at']],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of owned) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('contacts')
      .columns([...columns])
      .where(sql.ref('deleted_at'), 'is', null)
      .where(sql.ref('owner_id'), 'is not', null)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of owned) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('contacts')
      .columns([...columns])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  }
}
