import { type Kysely, sql } from 'kysely';

// `contacts_deleted` indexed every contact's `deleted_at`, live ones too (NULL). Without ANALYZE statistics SQLite
// takes `deleted_at IS NULL` on that index for a selective equality and walks every live contact through it, row
// by row, instead of the partial (`where deleted_at is null`) covering indexes: territory metrics, counts and
// claim candidates read the whole table that way (decision 012). Only the recycle bin asks for deleted contacts
// (`deleted_at >= ?`), so the index now holds just those.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contacts_deleted').execute();
  await db.schema
    .createIndex('contacts_deleted')
    .on('contacts')
    .column('deleted_at')
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contacts_deleted').execute();
  await db.schema.createIndex('contacts_deleted').on('contacts').column('deleted_at').execute();
}
