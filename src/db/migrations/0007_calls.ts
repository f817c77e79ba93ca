import { type Kysely, sql } from 'kysely';

// The call campaign (issue 5): calls, follow-up tasks, call bookkeeping and the call-flow lease on contacts,
// and each rep's daily call target. Portable to both dialects (decision 001): text ids and ISO text times.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('duration_sec', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('follow_up_at', 'text')
    .addColumn('called_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calls_rep_called').on('calls').columns(['rep_id', 'called_at']).execute();
  await db.schema
    .createIndex('calls_contact_called')
    .on('calls')
    .columns(['contact_id', 'called_at'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('call_id', 'text', (c) => c.references('calls.id'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('tasks_owner_status_due')
    .on('tasks')
    .columns(['owner_id', 'status', 'due_at'])
    .execute();
  await db.schema.createIndex('tasks_contact_status').on('tasks').columns(['contact_id', 'status']).execute();
  await db.schema.createIndex('tasks_due').on('tasks').columns(['due_at']).execute();

  await db.schema
    .alterTable('contacts')
    .addColumn('call_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('contacts').addColumn('last_call_at', 'text').execute();
  // The call-flow lease (decision 010): who has the lead open to call it, until when.
  await db.schema.alterTable('contacts').addColumn('lease_user_id', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('lease_expires_at', 'text').execute();
  // The call list reads a rep's live leads by status.
  await db.schema
    .createIndex('contacts_owner_status')
    .on('contacts')
    .columns(['owner_id', 'status'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema.alterTable('users').addColumn('daily_call_target', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('daily_call_target').execute();
  await db.schema.dropIndex('contacts_owner_status').execute();
  for (const c of ['lease_expires_at', 'lease_user_id', 'last_call_at', 'call_attempts'])
    await db.schema.alterTable('contacts').dropColumn(c).execute();
  await db.schema.dropTable('tasks').execute();
  await db.schema.dropTable('calls').execute();
}
