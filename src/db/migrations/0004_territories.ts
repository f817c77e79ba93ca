import { type Kysely, sql } from 'kysely';

// Territories (which reps work which states), per-rep lead limits, and the claim bookkeeping on contacts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rep_territories')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('rep_territories_pk', ['user_id', 'state'])
    .execute();
  await db.schema
    .createIndex('rep_territories_state')
    .on('rep_territories')
    .columns(['state', 'user_id'])
    .execute();

  // Null means the organisation's default (settings).
  await db.schema.alterTable('users').addColumn('open_lead_limit', 'integer').execute();
  await db.schema.alterTable('users').addColumn('daily_claim_limit', 'integer').execute();

  await db.schema.alterTable('contacts').addColumn('claimed_at', 'text').execute();
  // When the owner last touched the lead (claim, call, email, note): what claim expiry reads.
  await db.schema.alterTable('contacts').addColumn('owner_touched_at', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('expiry_notice_at', 'text').execute();
  await db.schema
    .createIndex('contacts_owner_touched')
    .on('contacts')
    .columns(['owner_touched_at', 'id'])
    .where(sql.ref('owner_id'), 'is not', null)
    .execute();
  // Covers the territory metrics' GROUP BY state / owner without touching the table rows.
  await db.schema
    .createIndex('contacts_territory_metrics')
    .on('contacts')
    .columns(['state', 'owner_id', 'status'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contacts_territory_metrics').execute();
  await db.schema.dropIndex('contacts_owner_touched').execute();
  for (const c of ['expiry_notice_at', 'owner_touched_at', 'claimed_at']) {
    await db.schema.alterTable('contacts').dropColumn(c).execute();
  }
  for (const c of ['daily_claim_limit', 'open_lead_limit'])
    await db.schema.alterTable('users').dropColumn(c).execute();
  await db.schema.dropTable('rep_territories').execute();
}
