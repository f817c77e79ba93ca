import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Companies, contacts (the lead database), tags, saved views and the search index.
// Partial indexes (`where deleted_at is null`) keep soft-deleted rows out of every list path; both dialects have them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('equipment', 'text')
    .addColumn('fleet_size', 'integer')
    .addColumn('website', 'text')
    .addColumn('hq_city', 'text')
    .addColumn('hq_state', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('companies_name_key').on('companies').columns(['name_key', 'id']).execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text', (c) => c.references('companies.id'))
    .addColumn('company_key', 'text')
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_e164', 'text')
    .addColumn('phone_ext', 'text')
    .addColumn('mobile', 'text')
    .addColumn('mobile_e164', 'text')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('zip', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_called'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('source', 'text')
    .addColumn('tags', 'text')
    .addColumn('notes', 'text')
    .addColumn('last_activity_at', 'text')
    .addColumn('next_follow_up_at', 'text')
    .addColumn('legacy_id', 'text', (c) => c.unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // Sort keys with id as tie-breaker, so keyset pagination reads one index range.
  const live = (name: string, columns: string[]) =>
    db.schema
      .createIndex(name)
      .on('contacts')
      .columns(columns)
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  await live('contacts_name', ['name_key', 'id']);
  await live('contacts_company', ['company_key', 'id']);
  await live('contacts_state_name', ['state', 'name_key', 'id']);
  await live('contacts_owner_name', ['owner_id', 'name_key', 'id']);
  await live('contacts_status_name', ['status', 'name_key', 'id']);
  await live('contacts_source_name', ['source', 'name_key', 'id']);
  await live('contacts_updated', ['updated_at', 'id']);
  await live('contacts_created', ['created_at', 'id']);
  await live('contacts_last_activity', ['last_activity_at', 'id']);
  await live('contacts_next_follow_up', ['next_follow_up_at', 'id']);
  await db.schema.createIndex('contacts_company_id').on('contacts').column('company_id').execute();
  await db.schema.createIndex('contacts_phone_e164').on('contacts').column('phone_e164').execute();
  await db.schema.createIndex('contacts_mobile_e164').on('contacts').column('mobile_e164').execute();
  await db.schema.createIndex('contacts_email').on('contacts').column('email').execute();
  await db.schema.createIndex('contacts_deleted').on('contacts').column('deleted_at').execute();

  await db.schema
    .createTable('contact_tags')
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_tags_pk', ['contact_id', 'tag'])
    .execute();
  await db.schema.createIndex('contact_tags_tag').on('contact_tags').columns(['tag', 'contact_id']).execute();

  // Prefix search over words of names, companies, cities, emails and phone digits (decision 006).
  // Byte order on PostgreSQL too, so a prefix is exactly the range [p, p + U+FFFF) whatever the database locale.
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_terms')
    .addColumn('term', isPostgres ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['term', 'entity', 'entity_id'])
    // On SQLite the primary key is then the table itself: one B-tree less to write per term.
    .$call((b) => (isPostgres ? b : b.modifyEnd(sql`without rowid`)))
    .execute();
  await db.schema.createIndex('search_terms_entity').on('search_terms').columns(['entity_id']).execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('columns', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_views_user').on('saved_views').columns(['user_id', 'name']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['saved_views', 'search_terms', 'contact_tags', 'contacts', 'companies']) {
    await db.schema.dropTable(t).execute();
  }
}
