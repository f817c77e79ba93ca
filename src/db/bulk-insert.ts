import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { DB, Db } from './types';

// Kysely builds a syntax tree of every value of a multi-row insert and compiles it to SQL on every call: for the
// import's thousands of rows a second that is most of the JavaScript time and garbage (decision 014). Repo
// functions that insert in bulk use this instead: the SQL text of each (table, columns, row count) is made once,
// and the values go in as one flat parameter array. It runs through Kysely's executor, so it is in the caller's
// transaction, and the statement cache (create-db.ts) finds the prepared statement by its text.

type Table = keyof DB & string;
const texts = new Map<string, string>();

function textOf(postgres: boolean, table: Table, columns: readonly string[], rows: number, tail: string) {
  const key = `${postgres ? 'p' : 's'}|${table}|${columns.join(',')}|${rows}|${tail}`;
  let text = texts.get(key);
  if (!text) {
    let n = 0;
    const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
    const values = Array.from({ length: rows }, tuple).join(', ');
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values}${tail}`;
    texts.set(key, text);
  }
  return text;
}

export const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Inserts `rows` (each an array of values in `columns` order), at most `max` a statement: callers pick `max` so
 * that `max × columns` stays under SQLite's 32,766 parameters. Rows go in slices of a few fixed sizes, so that
 * the number of distinct statements (each prepared and cached) stays small whatever the batch.
 */
export async function bulkInsert<R = never>(
  db: Db,
  table: Table,
  columns: readonly string[],
  rows: readonly unknown[][],
  opts: { max: number; onConflictDoNothing?: boolean; onConflict?: string; returning?: readonly string[] },
): Promise<R[]> {
  const postgres = isPostgres(db);
  const conflict = opts.onConflict
    ? ` on conflict ${opts.onConflict}`
    : opts.onConflictDoNothing
      ? ' on conflict do nothing'
      : '';
  // With `returning`, the rows the statements inserted (with ON CONFLICT DO NOTHING: only the new ones).
  const tail = opts.returning
    ? `${conflict} returning ${opts.returning.map((c) => `"${c}"`).join(', ')}`
    : conflict;
  const out: R[] = [];
  let i = 0;
  while (i < rows.length) {
    // `max` rows at a time, then the rest in descending powers of two: at most log2(max) + 2 statement shapes.
    const left = rows.length - i;
    const size = left >= opts.max ? opts.max : 2 ** Math.floor(Math.log2(left));
    const params: unknown[] = [];
    for (let r = i; r < i + size; r++) for (const v of rows[r]!) params.push(v);
    const r = await db.executeQuery<R>(
      CompiledQuery.raw(textOf(postgres, table, columns, size, tail), params),
    );
    if (opts.returning) out.push(...r.rows);
    i += size;
  }
  return out;
}
