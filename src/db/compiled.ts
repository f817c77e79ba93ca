import type { Compilable, CompiledQuery } from 'kysely';
import { prepareOnce } from './prepared';
import type { Db, Dialect } from './types';

/**
 * A hot query built and compiled once per dialect, then run with fresh parameters: Kysely builds and compiles
 * every query afresh, which costs more than running a small indexed statement (and on SQLite keeps the one
 * connection busy longer). `build` receives a stand-in for each parameter; the stand-ins must reach the SQL as
 * bound parameters (values, not identifiers or `sql.lit`), and the query's shape must not depend on them.
 */
export function compiledOnce<P extends Record<string, unknown>, R>(
  keys: readonly (keyof P & string)[],
  build: (db: Db, p: P, dialect: Dialect) => Compilable<R>,
): (db: Db, dialect: Dialect, params: P) => Promise<R[]> {
  const byDialect = new Map<Dialect, { compiled: CompiledQuery<R>; slots: ((p: P) => unknown)[] }>();
  return async (db, dialect, params) => {
    let entry = byDialect.get(dialect);
    if (!entry) {
      const standIns = Object.fromEntries(keys.map((k) => [k, `\u0000param:${k}`])) as unknown as P;
      const compiled = build(db, standIns, dialect).compile();
      prepareOnce(compiled.sql);
      const slots = compiled.parameters.map((v) => {
        const key = keys.find((k) => standIns[k] === v);
        return key === undefined ? () => v : (p: P) => p[key];
      });
      for (const k of keys)
        if (!compiled.parameters.includes(standIns[k]))
          throw new Error(`compiledOnce: parameter ${k} does not reach the SQL as a bound value`);
      entry = { compiled, slots };
      byDialect.set(dialect, entry);
    }
    const { compiled, slots } = entry;
    const { rows } = await db.executeQuery<R>({ ...compiled, parameters: slots.map((s) => s(params)) });
    return rows;
  };
}
