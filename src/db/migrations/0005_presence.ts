import type { Kysely } from 'kysely';

// Who has a lead open right now. A row lives while that person's presence stream is open (the server renews
// expires_at), so a crashed instance's rows lapse by themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contact_presence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_presence_contact')
    .on('contact_presence')
    .columns(['contact_id', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('contact_presence').execute();
}
