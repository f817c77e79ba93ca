import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Search terms of contacts a SQLite import creates go here first, and are moved into `search_terms` in key
// order every 50,000 rows and when the import ends (decision 023). Same shape as `search_terms`; search reads
// both. A small tree takes random inserts in the page cache; the big one then gets them as one ordered sweep
// instead of ~13 random leaf writes per contact per batch. Created on both dialects (one schema); PostgreSQL
// imports do not use it.
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_terms_pending')
    .addColumn('term', isPostgres ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pending_pk', ['term', 'entity', 'entity_id'])
    .$call((b) => (isPostgres ? b : b.modifyEnd(sql`without rowid`)))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_terms_pending').execute();
}
