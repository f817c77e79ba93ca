import { type Kysely, sql } from 'kysely';

// Deals (issue 7): the pipeline, with the heavy-haul facts of the move. Portable (decision 001): text ids, ISO
// text times, money in integer cents, flags as 0/1 integers. Stage history lives in timeline_events
// (`deal.created`, `deal.stage_changed` with deal_id), which velocity and the pipeline-as-of reports read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('value_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('lost_reason', 'text')
    .addColumn('expected_close_date', 'text')
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', 'text', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('equipment_type', 'text')
    .addColumn('weight_lb', 'integer')
    .addColumn('length_ft', 'real')
    .addColumn('width_ft', 'real')
    .addColumn('height_ft', 'real')
    .addColumn('origin_city', 'text')
    .addColumn('origin_state', 'text')
    .addColumn('destination_city', 'text')
    .addColumn('destination_state', 'text')
    .addColumn('pickup_from', 'text')
    .addColumn('pickup_to', 'text')
    .addColumn('permits_needed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escorts_needed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('stage_changed_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Board and list: a rep's deals by stage; the manager's board by stage; a contact's deals.
  await db.schema.createIndex('deals_owner_stage').on('deals').columns(['owner_id', 'stage']).execute();
  await db.schema
    .createIndex('deals_stage_close')
    .on('deals')
    .columns(['stage', 'expected_close_date'])
    .execute();
  await db.schema.createIndex('deals_contact').on('deals').columns(['contact_id']).execute();
  // Reports: deals created / closed in a period.
  await db.schema.createIndex('deals_created').on('deals').columns(['created_at']).execute();
  await db.schema
    .createIndex('deals_closed')
    .on('deals')
    .columns(['closed_at'])
    .where(sql.ref('closed_at'), 'is not', null)
    .execute();
  // A deal's own timeline, and the reports' scans of one kind of event over a period.
  await db.schema
    .createIndex('timeline_events_deal')
    .on('timeline_events')
    .columns(['deal_id', 'occurred_at'])
    .where(sql.ref('deal_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('timeline_events_kind')
    .on('timeline_events')
    .columns(['kind', 'occurred_at'])
    .execute();
  await db.schema.createIndex('calls_called').on('calls').columns(['called_at']).execute();
  await db.schema.createIndex('email_messages_sent').on('email_messages').columns(['sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of ['email_messages_sent', 'calls_called', 'timeline_events_kind', 'timeline_events_deal'])
    await db.schema.dropIndex(i).execute();
  await db.schema.dropTable('deals').execute();
}
