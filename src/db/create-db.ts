import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import { registerDialect } from './dialect';
import { migrations } from './migrations/index';
import { prepareNamedStatements } from './prepared';
import { startBackgroundCheckpoints } from './sqlite-checkpointer';
import type { DB, Db, Dialect } from './types';

export type Database = { db: Db; dialect: Dialect; close: () => Promise<void> };

export function dialectOfUrl(url: string): Dialect {
  return url.startsWith('postgres') ? 'postgres' : 'sqlite';
}

export function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

export type DbOptions = {
  /** SQLite files: checkpoint the WAL from a worker thread instead of inside commits (the server; decision 013). */
  backgroundCheckpoints?: boolean;
  /** SQLite page cache in MiB (default 128); the report workers' read connections take less. */
  cacheMiB?: number;
};

export function createDb(url: string, opts: DbOptions = {}): Database {
  const dialect = dialectOfUrl(url);
  if (dialect === 'postgres') {
    const pool = new (loadPg().Pool)({ connectionString: url, max: 10 });
    // An idle connection the server drops (restart, failover, admin) must not crash the process: the pool
    // replaces it on the next query. Without a listener, pg rethrows this as an uncaught exception.
    pool.on('error', (err) => console.error(`PostgreSQL dropped an idle connection: ${err.message}`));
    prepareNamedStatements(pool);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    registerDialect(db, dialect);
    return { db, dialect, close: () => db.destroy() };
  }
  const file = sqlitePath(url);
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers run beside the writer; busy_timeout waits out a concurrent CLI write instead of failing.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // 128 MiB of page cache (default 2 MiB): index inserts at 1M rows touch pages all over the B-trees.
  database.pragma(`cache_size = -${(opts.cacheMiB ?? 128) * 1024}`);
  database.pragma('temp_store = MEMORY');
  // After a checkpoint resets it, the WAL file is cut back to this size instead of keeping its high-water mark.
  database.pragma('journal_size_limit = 67108864');
  const stopCheckpoints =
    opts.backgroundCheckpoints && file !== ':memory:' ? startBackgroundCheckpoints(database, file) : null;
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  registerDialect(db, dialect);
  return {
    db,
    dialect,
    close: async () => {
      await stopCheckpoints?.();
      await db.destroy(); // the last connection to close checkpoints what is left
    },
  };
}

/**
 * Kysely prepares every query afresh; preparing costs more than running a small indexed query, so keep
 * the prepared statements of the app's (finite set of) SQL texts. Bounded in case of ad-hoc SQL.
 */
function withStatementCache(database: SQLite.Database, max = 1000): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let stmt = cache.get(text);
      if (!stmt) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        stmt = database.prepare(text);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/**
 * pg, loaded only for a PostgreSQL database: loading it touches Node's fetch machinery (undici), start-up time a
 * SQLite server doesn't need.
 */
export function loadPg(): typeof pg {
  return createRequire(import.meta.url)('pg') as typeof pg;
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Names are 0001-… : plain order is theirs. Kysely's default, localeCompare, loads ICU's collator (start-up).
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pingDb(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
