import type { Kysely } from 'kysely';

// A large CSV import into a small contacts table (SQLite) leaves out, while its rows go in, the contact indexes
// it does not read and its contacts' search terms, and builds them once, sorted, when it ends (decision 027).
// What it left out is recorded here in the transaction that drops it, so that whoever finds it — the import's
// end, the import resumed after a crash, an idle runner after a cancel — builds it, even after a crash.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deferred_builds')
    .addColumn('name', 'text', (c) => c.primaryKey())
    // 'index': `definition` is the CREATE INDEX statement as the database reported it.
    // 'search_terms': `definition` is the first contact id of the load; the terms of contacts from that id on
    // are built from their search_documents rows.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('deferred_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deferred_builds').execute();
}
