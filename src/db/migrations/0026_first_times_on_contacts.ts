import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { createTrigger } from './0025_report_rollups';
import { triggers as rollupTriggers } from './0025-rollup-triggers';
import { firstAt, firstBy, replaced, STEPS, triggers } from './0026-first-times-triggers';

// Decision 026: a lead's first time at each funnel step moves from lead_milestones (one row per lead and step, a
// random-key insert into its own B-tree on every claim and first call) to columns of the lead's contacts row,
// which the claim and the call write anyway. report_funnel_days keeps the same counts, now kept by a trigger on
// those columns. The data moves in one grouped pass; the funnel counts stay as they are (same instants, reps,
// states).

const dropTrigger = (db: Kysely<unknown>, pg: boolean, name: string, on: string) =>
  pg
    ? sql.raw(`drop trigger ${name} on ${on}; drop function ${name}()`).execute(db)
    : sql.raw(`drop trigger ${name}`).execute(db);

const tableOf = (name: string, pg: boolean) =>
  [...rollupTriggers(pg), ...triggers(pg)].find((t) => t.name === name)!.on;
const old0025 = (pg: boolean) => new Set(rollupTriggers(pg).map((t) => t.name));

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const had = old0025(pg);
  for (const name of replaced(pg).filter((n) => had.has(n)))
    await dropTrigger(db, pg, name, tableOf(name, pg));
  for (const s of STEPS) {
    await db.schema.alterTable('contacts').addColumn(firstAt(s), 'text').execute();
    await db.schema.alterTable('contacts').addColumn(firstBy(s), 'text').execute();
  }
  const pick = (s: string, col: 'at' | 'rep_id') =>
    sql.raw(
      `max(case when step = '${s}' then ${col} end) as ${col === 'at' ? firstAt(s as never) : firstBy(s as never)}`,
    );
  const set = STEPS.flatMap((s) => [`${firstAt(s)} = p.${firstAt(s)}`, `${firstBy(s)} = p.${firstBy(s)}`]);
  await sql`update contacts set ${sql.raw(set.join(', '))}
    from (select contact_id, ${sql.join(STEPS.flatMap((s) => [pick(s, 'at'), pick(s, 'rep_id')]))}
      from lead_milestones group by contact_id) p
    where p.contact_id = contacts.id`.execute(db);
  await db.schema.dropTable('lead_milestones').execute();
  for (const t of triggers(pg)) await createTrigger(db, pg, t);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const t of triggers(pg)) await dropTrigger(db, pg, t.name, t.on);
  await sql`create table lead_milestones (contact_id text not null, step text not null, at text not null,
    rep_id text not null, constraint lead_milestones_pk primary key (contact_id, step))`.execute(db);
  for (const s of STEPS)
    await sql`insert into lead_milestones (contact_id, step, at, rep_id)
      select id, ${s}, ${sql.ref(firstAt(s))}, ${sql.ref(firstBy(s))} from contacts
      where ${sql.ref(firstAt(s))} is not null`.execute(db);
  const names = new Set(replaced(pg));
  for (const t of rollupTriggers(pg).filter((x) => names.has(x.name))) await createTrigger(db, pg, t);
  for (const s of STEPS) {
    await db.schema.alterTable('contacts').dropColumn(firstAt(s)).execute();
    await db.schema.alterTable('contacts').dropColumn(firstBy(s)).execute();
  }
}
