import {
  type CompiledQuery,
  type Expression,
  type ExpressionBuilder,
  type QueryCreator,
  type RawBuilder,
  type SqlBool,
  sql,
  type UpdateQueryBuilder,
} from 'kysely';
import { dialectOf } from './dialect';
import { inGroupCommit } from './group-commit';
import { prepareOnce } from './prepared';
import type { DB, Db, Dialect } from './types';

// The fast path of a write about one lead (a claim, a call; decisions 013, 020, 024): a conditional UPDATE of the
// contacts row, then the rows that hang off it (timeline event, call, tasks), all or nothing. Written once; the
// statements' shape is the dialect's: PostgreSQL runs it as ONE statement (writable CTEs: one round trip, no
// BEGIN/COMMIT), SQLite as statements one by one in a group commit (db/group-commit.ts). Each statement is built
// and compiled once per dialect, then run with fresh parameters (as db/compiled.ts).

/** A bound value or SQL expression per column: the table's column list for this write, in one place. */
export type Row = Record<string, Expression<unknown>>;
/** A column of the lead's row as the UPDATE returned it (a value from the UPDATE's RETURNING). */
export type Returned<R> = (column: keyof R & string) => RawBuilder<unknown>;

/** A row inserted after the lead's UPDATE matched (and only then). */
export type InsertStep<P, R> = {
  into: keyof DB & string;
  row: (p: P, lead: Returned<R>, idsOf: (step: string) => RawBuilder<string>) => Row;
  /** Inserted only when this (text) parameter is not null. */
  onlyIfSet?: keyof P & string;
};
/** An UPDATE of rows that hang off the lead, returning their ids (`idsOf(name)` in a later row, as JSON). */
export type UpdateStep<P, R> = {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: an UPDATE of any table
  update: (db: QueryCreator<DB>, p: P, lead: Returned<R>) => UpdateQueryBuilder<DB, any, any, { id: string }>;
  /** SQLite skips the statement when this returned column is false (PostgreSQL runs it: it is in the one statement). */
  skipUnless?: keyof R & string;
};

export type LeadWrite<P, R> = {
  /** The parameter holding the lead's id. */
  id: keyof P & string;
  /** A condition PostgreSQL puts in the UPDATE's WHERE and SQLite checks in a SELECT of its own first (024). */
  guard?: (eb: ExpressionBuilder<DB, 'contacts'>, p: P, dialect: Dialect) => Expression<SqlBool>;
  /** The conditional UPDATE of the lead, RETURNING what the caller needs; matching nothing writes nothing. */
  update: (db: QueryCreator<DB>, p: P, dialect: Dialect) => UpdateQueryBuilder<DB, 'contacts', 'contacts', R>;
  after: (InsertStep<P, R> | UpdateStep<P, R>)[];
};

export const text = (v: unknown) => sql<string | null>`cast(${v} as text)`;
export const int = (v: unknown) => sql<number | null>`cast(${v} as integer)`;

// Stand-ins for the parameters while a statement is built: `\0p:key` (a parameter), `\0r:column` (a column the
// lead's UPDATE returned), `\0i:step` (the ids an UPDATE step returned, as a JSON array).
const standIns = new Proxy({}, { get: (_, key) => `\u0000p:${String(key)}` });
type Values = { p: Record<string, unknown>; row?: Record<string, unknown>; ids?: Record<string, string[]> };
type Ready = { compiled: CompiledQuery; slots: ((v: Values) => unknown)[] };

function ready(query: { compile(): CompiledQuery }): Ready {
  const compiled = query.compile();
  if (compiled.sql.includes('\u0000'))
    throw new Error('lead write: a parameter reached the SQL as a literal');
  const slots = compiled.parameters.map((v): ((x: Values) => unknown) => {
    if (typeof v !== 'string' || !v.startsWith('\u0000')) return () => v;
    const name = v.slice(3);
    if (v[1] === 'p') return (x) => x.p[name];
    if (v[1] === 'r') return (x) => x.row?.[name];
    return (x) => JSON.stringify(x.ids?.[name] ?? []);
  });
  return { compiled, slots };
}

async function run<T>(db: Db, r: Ready, v: Values): Promise<T[]> {
  const { rows } = await db.executeQuery<T>({ ...r.compiled, parameters: r.slots.map((s) => s(v)) });
  return rows;
}

const isUpdate = <P, R>(s: InsertStep<P, R> | UpdateStep<P, R>): s is UpdateStep<P, R> => 'update' in s;

/** PostgreSQL: the whole write as one statement, `with lead as (update …), … select * from lead`. */
function oneStatement<P, R>(db: Db, w: LeadWrite<P, R>): Ready {
  const p = standIns as P;
  const d: Dialect = 'postgres';
  const fromCte = (col: string) => sql.ref(`lead.${col}`);
  const scalar = (col: string) => sql`(select ${sql.ref(`lead.${col}`)} from lead)`;
  const idsOf = (step: string) =>
    sql<string>`coalesce((select '[' || string_agg('"' || ${sql.ref(`${step}.id`)} || '"', ',') || ']' from ${sql.table(step)}), '[]')`;
  // biome-ignore lint/suspicious/noExplicitAny: CTE names are chosen here, not known to Kysely's types
  let q: any = (db as any).with('lead', (qb: QueryCreator<DB>) => {
    const update = w.update(qb, p, d);
    return w.guard ? update.where((eb) => w.guard!(eb, p, d)) : update;
  });
  w.after.forEach((step, i) => {
    if (isUpdate(step)) {
      q = q.with(step.name, (qb: QueryCreator<DB>) => step.update(qb, p, scalar));
      return;
    }
    const row = step.row(p, fromCte, idsOf);
    const columns = Object.keys(row);
    q = q.with(`insert_${i}`, (qb: QueryCreator<DB>) =>
      qb
        .insertInto(step.into)
        .columns(columns as never)
        .expression((eb) => {
          const select = eb.selectFrom('lead' as never).select(columns.map((c) => sql`${row[c]}`.as(c)));
          return step.onlyIfSet ? select.where(sql<SqlBool>`${text(p[step.onlyIfSet])} is not null`) : select;
        }),
    );
  });
  const statement = ready(q.selectFrom('lead').selectAll());
  prepareOnce(statement.compiled.sql);
  return statement;
}

type Statements = { guard?: Ready; update: Ready; after: Ready[] };

/** SQLite: the guard, the UPDATE, then each step, as statements of their own. */
function statements<P, R>(db: Db, w: LeadWrite<P, R>): Statements {
  const p = standIns as P;
  const d: Dialect = 'sqlite';
  const returned = (col: string) => sql`${`\u0000r:${col}`}`;
  const idsOf = (step: string) => sql<string>`${`\u0000i:${step}`}`;
  const id = p[w.id] as string;
  return {
    guard:
      w.guard &&
      ready(
        db
          .selectFrom('contacts')
          .where('contacts.id', '=', id)
          .select((eb) => sql`${w.guard!(eb, p, d)}`.as('ok')),
      ),
    update: ready(w.update(db, p, d)),
    after: w.after.map((step) =>
      ready(
        isUpdate(step)
          ? step.update(db, p, returned)
          : db.insertInto(step.into).values(step.row(p, returned, idsOf) as never),
      ),
    ),
  };
}

async function runStatements<P, R>(trx: Db, w: LeadWrite<P, R>, s: Statements, p: P): Promise<R | undefined> {
  const v: Values = { p: p as Record<string, unknown>, ids: {} };
  if (s.guard && !(await run<{ ok: unknown }>(trx, s.guard, v))[0]?.ok) return undefined;
  const [row] = await run<R>(trx, s.update, v);
  if (!row) return undefined;
  v.row = row as Record<string, unknown>;
  for (const [i, step] of w.after.entries()) {
    if (isUpdate(step)) {
      if (step.skipUnless && !v.row[step.skipUnless]) continue;
      v.ids![step.name] = (await run<{ id: string }>(trx, s.after[i]!, v)).map((r) => r.id);
    } else if (!step.onlyIfSet || v.p[step.onlyIfSet] != null) await run(trx, s.after[i]!, v);
  }
  return row;
}

/**
 * The write, ready to run: the lead's row as its UPDATE returned it, or undefined when the UPDATE (or the guard)
 * matched nothing — then nothing was written, and the caller finds out why.
 */
export function leadWrite<P, R>(w: LeadWrite<P, R>): (db: Db, p: P) => Promise<R | undefined> {
  let pg: Ready | undefined;
  let lite: Statements | undefined;
  return async (db, p) => {
    if (dialectOf(db).oneStatementWrites) {
      pg ??= oneStatement(db, w);
      return (await run<R>(db, pg, { p: p as Record<string, unknown> }))[0];
    }
    lite ??= statements(db, w);
    const s = lite;
    return inGroupCommit(db, (trx) => runStatements(trx, w, s, p));
  };
}
