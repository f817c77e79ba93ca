// `node --import tsx bench/copy-sqlite-to-postgres.ts [--from sqlite:bench/results/contacts-1m.db]
//   --to postgres://postgres@127.0.0.1:5432/lowboy_bench`
// Fills an empty PostgreSQL database with the contacts of a SQLite benchmark database (made by
// `bench/import.ts --db …`), far faster than importing the CSV again: migrate, then `sqlite3 -csv | psql \copy`
// per table, secondary indexes dropped during the copy and rebuilt after, then ANALYZE.
// Needs the sqlite3 and psql command-line tools. Data preparation, not a figure.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { sqlitePath } from '../src/db/create-db';
import { openBenchDb } from './bench-people';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: 'sqlite:bench/results/contacts-1m.db' },
    to: { type: 'string' },
  },
});
if (!values.to?.startsWith('postgres')) throw new Error('--to postgres://… (an empty database) is required');
const from = sqlitePath(values.from!);
const to = values.to;

// Parents before children (foreign keys stay on). Tables the SQLite database lacks are skipped; triggers (the
// report roll-ups, migration 0025) are off during the copy and the roll-up tables are copied as they are
// (org_days is filled by the migration itself).
const tables = [
  'users',
  'companies',
  'contacts',
  'contact_tags',
  'search_terms',
  'rep_territories',
  'calls',
  'email_messages',
  'deals',
  'timeline_events',
  'report_call_days',
  'report_call_hours',
  'report_email_days',
  'report_lead_days',
  'report_funnel_days',
];
function sqliteOut(query: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('sqlite3', [from, query]);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`sqlite3: exit ${code}`))));
  });
}
const inSqlite = new Set(
  (await sqliteOut("select name from sqlite_master where type = 'table'")).split('\n'),
);
// Nothing references these, so their primary keys can be rebuilt after the copy too (much faster than
// inserting 10M random keys into a B-tree).
const rebuildPrimaryKey = new Set(['contact_tags', 'search_terms']);

function run(cmd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd}: exit ${code}`))));
  });
}

const ctx = await openBenchDb(to);
const t0 = performance.now();
for (const table of tables.filter((t) => inSqlite.has(t))) {
  const t = performance.now();
  const columns = (
    await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = ${table} and table_schema = 'public' order by ordinal_position`.execute(ctx.db)
  ).rows.map((r) => r.column_name);
  const indexes = (
    await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes
      where tablename = ${table} and schemaname = 'public' and indexname not in
        (select conname from pg_constraint where contype in ('p', 'u'))`.execute(ctx.db)
  ).rows;
  const pk = rebuildPrimaryKey.has(table)
    ? (
        await sql<{ conname: string; def: string }>`select conname, pg_get_constraintdef(oid) as def
          from pg_constraint where conrelid = ${table}::regclass and contype = 'p'`.execute(ctx.db)
      ).rows
    : [];
  for (const i of indexes) await sql`drop index ${sql.id(i.indexname)}`.execute(ctx.db);
  for (const c of pk)
    await sql`alter table ${sql.id(table)} drop constraint ${sql.id(c.conname)}`.execute(ctx.db);

  const list = columns.map((c) => `"${c}"`).join(', ');
  // A column the SQLite file lacks (an older schema) is copied as NULL: SQLite would read a double-quoted unknown
  // name as a string literal and fill the column with its own name.
  const inFile = new Set((await sqliteOut(`select name from pragma_table_info('${table}')`)).split('\n'));
  const selected = columns.map((c) => (inFile.has(c) ? `"${c}"` : 'null')).join(', ');
  await sql`alter table ${sql.id(table)} disable trigger user`.execute(ctx.db);
  await run(
    `sqlite3 -csv '${from}' 'select ${selected} from "${table}"' | psql -q '${to}' -c '\\copy "${table}" (${list}) from stdin with (format csv)'`,
  );

  await sql`alter table ${sql.id(table)} enable trigger user`.execute(ctx.db);
  await sql`set maintenance_work_mem = '512MB'`.execute(ctx.db);
  for (const c of pk)
    await sql`alter table ${sql.id(table)} add constraint ${sql.id(c.conname)} ${sql.raw(c.def)}`.execute(
      ctx.db,
    );
  for (const i of indexes) await sql.raw(i.indexdef).execute(ctx.db);
  await sql`analyze ${sql.id(table)}`.execute(ctx.db);
  const n = (await sql<{ n: string }>`select count(*) as n from ${sql.id(table)}`.execute(ctx.db)).rows[0]!.n;
  console.log(
    `${table}: ${Number(n).toLocaleString('en-US')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
await ctx.close();
console.log(`copied in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
