import { sql } from 'kysely';
import type { Db } from './types';

// Dropping indexes for a bulk load and building them again afterwards (decision 027), SQLite only. A dropped
// index is recorded in `deferred_builds` in the transaction that drops it, with the definition SQLite keeps in
// sqlite_master, so it comes back exactly as the migrations made it, whoever builds it.

/** Drops the named indexes of `table` that exist, recording each for `importId`. Returns the names dropped. */
export async function deferIndexes(
  trx: Db,
  table: string,
  names: readonly string[],
  importId: string,
  at: string,
): Promise<string[]> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'index' and tbl_name = ${table} and sql is not null`.execute(trx);
  const dropped: string[] = [];
  for (const index of rows) {
    if (!names.includes(index.name)) continue;
    await trx
      .insertInto('deferred_builds')
      .values({
        name: index.name,
        kind: 'index',
        definition: index.sql,
        import_id: importId,
        deferred_at: at,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    await sql`drop index ${sql.id(index.name)}`.execute(trx);
    dropped.push(index.name);
  }
  return dropped;
}

/** Builds one recorded index and forgets it, in one transaction (a crash midway leaves it recorded). */
export async function buildDeferredIndex(db: Db, name: string, definition: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql.raw(definition.replace(/^create index /i, 'CREATE INDEX IF NOT EXISTS ')).execute(trx);
    await trx.deleteFrom('deferred_builds').where('name', '=', name).execute();
  });
}

/** Runs `fn` with these SQLite settings of the connection, and puts the connection's own back after. */
export async function withPragmas<T>(db: Db, pragmas: Record<string, number | string>, fn: () => Promise<T>) {
  const before: [string, unknown][] = [];
  for (const name of Object.keys(pragmas))
    before.push([name, Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0]]);
  for (const [name, value] of Object.entries(pragmas)) await sql.raw(`pragma ${name} = ${value}`).execute(db);
  try {
    return await fn();
  } finally {
    for (const [name, value] of before) await sql.raw(`pragma ${name} = ${Number(value)}`).execute(db);
  }
}

/**
 * Settings for building big sorted things: CREATE INDEX and ORDER BY sort in chunks of up to cache_size and spill
 * them to temporary files, which temp_store = MEMORY (create-db.ts) would keep in the process — at 1M contacts
 * hundreds of MB. Small chunks on disk, sorted by a second thread while the first reads on: sorting the 12.4M
 * search terms of a million contacts took 10 s and 112 MB of RSS this way, against 25–30 s and 128 MB with one
 * thread and 32 MiB chunks (decision 027).
 */
export const BULK_BUILD_PRAGMAS = { cache_size: -16384, temp_store: 'FILE', threads: 1 };
