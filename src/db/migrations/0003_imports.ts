import type { Kysely } from 'kysely';

// Imports are jobs: the `imports` row is the job record (state, claim, heartbeat, resume offset, counters) and
// every batch commits its contacts together with the row's new offset and counts (decision 007).
// Flags are integers 0/1 and states are text, per decision 001.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('headers', 'text')
    .addColumn('mapping', 'text')
    .addColumn('options', 'text')
    .addColumn('dedupe', 'text', (c) => c.notNull().defaultTo('skip'))
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_rows', 'integer')
    .addColumn('processed_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warning_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resume_offset', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claim_token', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  // The runner's poll: queued or stale running imports, oldest first.
  await db.schema.createIndex('imports_status').on('imports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('imports_created').on('imports').columns(['created_at', 'id']).execute();

  // The report: rejected rows, skipped duplicates and warnings, in file order (ids are time-ordered).
  await db.schema
    .createTable('import_issues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('line', 'integer')
    .addColumn('ref', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .execute();
  await db.schema
    .createIndex('import_issues_import')
    .on('import_issues')
    .columns(['import_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_issues').execute();
  await db.schema.dropTable('imports').execute();
}
