import { CompiledQuery } from 'kysely';
import { isPostgres } from './bulk-insert';
import type { DB, Db } from './types';

// Many rows of one table updated to different values in one statement (instead of one round trip a row):
// `with v(key, a, b) as (values (…), (…)) update t set a = v.a, b = v.b from v where t.key = v.key`.
// The same text runs on SQLite (UPDATE … FROM since 3.33) and PostgreSQL; the values arrive as text or null
// there, so this is for text columns (all of the email tables' times and states, decision 001). Like
// bulkInsert, the SQL text of each (table, columns, row count) is made once.

type Table = keyof DB & string;
const texts = new Map<string, string>();

function textOf(postgres: boolean, table: Table, key: string, columns: readonly string[], rows: number) {
  const cacheKey = `${postgres ? 'p' : 's'}|${table}|${key}|${columns.join(',')}|${rows}`;
  let text = texts.get(cacheKey);
  if (!text) {
    let n = 0;
    const all = [key, ...columns];
    const tuple = () => `(${all.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
    const values = Array.from({ length: rows }, tuple).join(', ');
    const q = (c: string) => `"${c}"`;
    text =
      `with v(${all.map(q).join(', ')}) as (values ${values}) ` +
      `update "${table}" set ${columns.map((c) => `${q(c)} = v.${q(c)}`).join(', ')} ` +
      `from v where "${table}".${q(key)} = v.${q(key)}`;
    texts.set(cacheKey, text);
  }
  return text;
}

/**
 * Sets `columns` of the rows whose `key` is each row's first value (`rows`: key then `columns`, in order), at
 * most `max` rows a statement, the rest in descending powers of two (few distinct statements, each cached).
 */
export async function bulkUpdate(
  db: Db,
  table: Table,
  key: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  opts: { max: number },
): Promise<void> {
  const postgres = isPostgres(db);
  let i = 0;
  while (i < rows.length) {
    const left = rows.length - i;
    const size = left >= opts.max ? opts.max : 2 ** Math.floor(Math.log2(left));
    const params: unknown[] = [];
    for (let r = i; r < i + size; r++) for (const v of rows[r]!) params.push(v);
    await db.executeQuery(CompiledQuery.raw(textOf(postgres, table, key, columns, size), params));
    i += size;
  }
}
