import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Bulk imports write every index of every row they add (decision 014):
// - `search_terms_entity` repeated the whole (term, entity, entity_id) key of ~13 rows per contact (1.7 GB of a
//   3.7 GB database at 1M contacts) only so that an edit could delete an entity's old terms. What each entity
//   contributed is now one `search_documents` row; the edit deletes exactly those keys through the primary key.
// - `contacts_last_activity` and `contacts_next_follow_up` held every live contact, although the list sorts by
//   them only over contacts that have the date (`is not null`; the NULLs come last, by id) and `touchedAfter`
//   (`>=`) implies it. Imported contacts have neither, so they now skip both indexes.
const dated = [
  ['contacts_last_activity', 'last_activity_at'],
  ['contacts_next_follow_up', 'next_follow_up_at'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_documents')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_documents_pk', ['entity_id', 'entity'])
    .$call((b) => (isPostgres ? b : b.modifyEnd(sql`without rowid`)))
    .execute();
  const joined = isPostgres ? sql`string_agg(term, ' ')` : sql`group_concat(term, ' ')`;
  await sql`insert into search_documents (entity, entity_id, terms)
    select entity, entity_id, ${joined} from search_terms group by entity, entity_id`.execute(db);
  await db.schema.dropIndex('search_terms_entity').execute();

  for (const [name, column] of dated) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('contacts')
      .columns([column, 'id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .where(sql.ref(column), 'is not', null)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name, column] of dated) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('contacts')
      .columns([column, 'id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  }
  await db.schema.createIndex('search_terms_entity').on('search_terms').columns(['entity_id']).execute();
  await db.schema.dropTable('search_documents').execute();
}
