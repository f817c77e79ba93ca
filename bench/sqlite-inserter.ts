import type Database from 'better-sqlite3';

/** A multi-row INSERT of `rows` rows at a time, fed objects (missing columns are NULL); call flush() at the end. */
export function inserter(db: Database.Database, table: string, rows: number) {
  const cols = (db.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  const tuple = `(${cols.map(() => '?').join(',')})`;
  const many = db.prepare(
    `insert into ${table} (${cols.join(',')}) values ${Array(rows).fill(tuple).join(',')}`,
  );
  const one = db.prepare(`insert into ${table} (${cols.join(',')}) values ${tuple}`);
  let pending: Record<string, unknown>[] = [];
  const flat = (rs: Record<string, unknown>[]) => rs.flatMap((r) => cols.map((c) => r[c] ?? null));
  return {
    add(row: Record<string, unknown>) {
      pending.push(row);
      if (pending.length === rows) {
        many.run(flat(pending));
        pending = [];
      }
    },
    flush() {
      for (const r of pending) one.run(flat([r]));
      pending = [];
    },
  };
}
