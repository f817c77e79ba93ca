import { type Expression, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Db, Dialect } from './types';

/**
 * What differs between the two databases, in one place (issue 13). The dialect is detected once, when createDb
 * makes the connection; everything else asks `dialectOf(db)` — repos for SQL that differs, the rest for what the
 * database offers (a capability), never for its name.
 */
export type SqlDialect = {
  name: Dialect;
  /** A top-level integer field of a JSON text value (`json_extract` / `->>`). */
  jsonInteger(json: Expression<string>, field: string): RawBuilder<number>;
  /** The values of a column of the group, comma-separated (`group_concat` / `string_agg`). */
  commaList(column: Expression<unknown>): RawBuilder<string | null>;
  /** Job queues: candidates others hold are skipped (PostgreSQL); SQLite's one writer needs nothing. */
  // biome-ignore lint/suspicious/noExplicitAny: a query of any table
  skipLocked<Q extends SelectQueryBuilder<any, any, any>>(candidates: Q): Q;
  /**
   * A fast-path write of a few statements (decisions 013, 020): PostgreSQL writes them as one statement (writable
   * CTEs, one round trip); SQLite runs them one by one in a group commit (db/group-commit.ts).
   */
  oneStatementWrites: boolean;
  /**
   * Rows read before a row lock was waited for may be stale (PostgreSQL at read committed: a statement's
   * subqueries read its snapshot, the row it updates is re-read after the lock). SQLite has one writer.
   */
  staleReadsAfterLockWait: boolean;
  /** One connection for everything (SQLite): long reads (reports) go to worker threads with their own. */
  oneConnection: boolean;
  /** Big imports drop five list indexes and build them afterwards, sorted (SQLite; decision 027). */
  bulkLoadsDeferIndexes: boolean;
  /** Notifications between server processes (LISTEN/NOTIFY); without, events stay in the process. */
  notifiesAcrossProcesses: boolean;
  /**
   * The planner weighs a LIMIT when it picks an index (PostgreSQL); SQLite's does not, so a list asks its
   * count first to choose between sorting the matches and reading the sort index (decision 022).
   */
  plannerWeighsLimit: boolean;
  /**
   * Makes the rest of the transaction exclusive for each key (check-then-write counters such as sign-in
   * limits): PostgreSQL takes transaction-scoped advisory locks, in sorted order so two callers can't deadlock;
   * SQLite's one connection already runs one transaction at a time.
   */
  lockKeysForTransaction(trx: Db, keys: string[]): Promise<void>;
};

const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  jsonInteger: (json, field) => sql<number>`json_extract(${json}, ${sql.lit(`$.${field}`)})`,
  commaList: (column) => sql<string | null>`group_concat(${column})`,
  skipLocked: (candidates) => candidates,
  oneStatementWrites: false,
  staleReadsAfterLockWait: false,
  oneConnection: true,
  bulkLoadsDeferIndexes: true,
  notifiesAcrossProcesses: false,
  plannerWeighsLimit: false,
  lockKeysForTransaction: async () => {},
};

const postgresDialect: SqlDialect = {
  name: 'postgres',
  jsonInteger: (json, field) => sql<number>`(${json}::jsonb ->> ${sql.lit(field)})::integer`,
  commaList: (column) => sql<string | null>`string_agg(${column}::text, ',')`,
  skipLocked: (candidates) => candidates.forUpdate().skipLocked() as typeof candidates,
  oneStatementWrites: true,
  staleReadsAfterLockWait: true,
  oneConnection: false,
  bulkLoadsDeferIndexes: false,
  notifiesAcrossProcesses: true,
  plannerWeighsLimit: true,
  lockKeysForTransaction: async (trx, keys) => {
    for (const key of [...new Set(keys)].sort())
      await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  },
};

export const dialects: Record<Dialect, SqlDialect> = { sqlite: sqliteDialect, postgres: postgresDialect };

// Keyed by the Kysely adapter, which a database's transactions share with it.
const byAdapter = new WeakMap<object, SqlDialect>();

/** Called by createDb, where the dialect is detected (from the URL). */
export function registerDialect(db: Db, dialect: Dialect): void {
  byAdapter.set(db.getExecutor().adapter, dialects[dialect]);
}

/** The dialect of a database made by createDb, or of one of its transactions. */
export function dialectOf(db: Db): SqlDialect {
  const d = byAdapter.get(db.getExecutor().adapter);
  if (!d) throw new Error('dialectOf: a database not made by createDb');
  return d;
}
