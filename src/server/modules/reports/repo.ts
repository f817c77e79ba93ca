import { type ExpressionBuilder, sql } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import type { DB, Db } from '../../../db/types';

// The deal aggregates of the reports (decision 025): grouped in SQL over covering indexes, so a report reads a
// few rows per stage, owner or month instead of every deal. Calls, emails, leads and the funnel come from the
// roll-ups (rollups.ts, coverage.ts).

/** A report's scope: a rep (their calls, emails, deals, leads) and/or a lead state. Times are ISO, [start, end). */
export type Scope = { repId?: string; state?: string };
export type Range = { start: string; end: string };

const DAY_MS = 86_400_000;
const dealScope = (f: Scope) => (eb: ExpressionBuilder<DB & { d: DB['deals'] }, 'd'>) => {
  const parts = [];
  if (f.repId) parts.push(eb('d.owner_id', '=', f.repId));
  // The lead's current state, copied to its deals by the contacts trigger (migration 0025).
  if (f.state) parts.push(eb('d.lead_state', '=', f.state));
  return eb.and(parts);
};
/**
 * Open at `at`: created before it and either still open or closed since. Asked as two queries, one per half: with
 * the OR, PostgreSQL read the whole deals table (32 ms) and SQLite merged two indexes; each half is one range of
 * deals_open_at.
 */
const openAt =
  (at: string, half: 'open' | 'closed since') => (eb: ExpressionBuilder<DB & { d: DB['deals'] }, 'd'>) =>
    eb.and([
      half === 'open' ? eb('d.closed_at', 'is', null) : eb('d.closed_at', '>=', at),
      eb('d.created_at', '<', at),
    ]);
const bothHalves = async <T>(run: (half: 'open' | 'closed since') => Promise<T[]>) =>
  (await Promise.all([run('open'), run('closed since')])).flat();

/** Deals won in the range by owner: count and value. */
export function dealsWonByOwner(db: Db, r: Range, f: Scope) {
  return db
    .selectFrom('deals as d')
    .select([
      'd.owner_id',
      sql<number | string>`count(*)`.as('n'),
      sql<number | string>`coalesce(sum(d.value_cents), 0)`.as('cents'),
    ])
    .where('d.stage', '=', 'won')
    .where('d.closed_at', '>=', r.start)
    .where('d.closed_at', '<', r.end)
    .where(dealScope(f))
    .groupBy('d.owner_id')
    .execute();
}

/** How open value is grouped: by owner, by the lead's state, by both ("owner|state"), or not at all. */
export type PipelineKey = 'owner_id' | 'state' | 'owner_state' | null;
const keyOf = (by: PipelineKey) =>
  by === 'state'
    ? sql<string>`d.lead_state`
    : by === 'owner_id'
      ? sql<string>`d.owner_id`
      : by === 'owner_state'
        ? sql<string>`d.owner_id || '|' || coalesce(d.lead_state, '')`
        : sql<string>`''`;

/**
 * Deals open at instant `at` whose stage has not changed since: value by stage (and owner or lead state).
 * The rest (stage changed at or after `at`) come one by one from `dealsChangedSince` with their stage then.
 */
export function openValueByStage(db: Db, at: string, f: Scope, by: PipelineKey) {
  return bothHalves((half) =>
    db
      .selectFrom('deals as d')
      .select([
        keyOf(by).as('key'),
        'd.stage',
        sql<number | string>`count(*)`.as('n'),
        sql<number | string>`coalesce(sum(d.value_cents), 0)`.as('cents'),
      ])
      .where(openAt(at, half))
      .where('d.stage_changed_at', '<', at)
      .where(dealScope(f))
      .groupBy([sql`1`, 'd.stage'])
      .execute(),
  );
}

/** Deals open at `at` whose stage changed at or after it, with their stage history (deals.stage_path). */
export function dealsChangedSince(db: Db, at: string, f: Scope, by: PipelineKey) {
  return bothHalves((half) =>
    db
      .selectFrom('deals as d')
      .select([keyOf(by).as('key'), 'd.stage', 'd.value_cents', 'd.stage_path'])
      .where(openAt(at, half))
      .where('d.stage_changed_at', '>=', at)
      .where(dealScope(f))
      .execute(),
  );
}

/**
 * Velocity's deals of each owner: created in the range (`to: 'created'`) or won in it (`'won'`), the milliseconds
 * from the lead's first touch to that moment (deals.to_deal_ms / to_won_ms, kept by triggers). One index range
 * per owner, the values comma-separated: a year is ~50k deals, and a few strings cost far less than 50k rows.
 */
export async function dealDurations(db: Db, r: Range, f: Scope, to: 'created' | 'won', owners: string[]) {
  const at = to === 'created' ? 'd.created_at' : 'd.closed_at';
  const ms = sql.ref(to === 'created' ? 'd.to_deal_ms' : 'd.to_won_ms');
  const one = async (ownerId: string) => {
    let q = db
      .selectFrom('deals as d')
      .select(dialectOf(db).commaList(ms).as('ms'))
      .where('d.owner_id', '=', ownerId)
      .where(at, '>=', r.start)
      .where(at, '<', r.end)
      .where(dealScope(f));
    if (to === 'won') q = q.where('d.stage', '=', sql.lit('won'));
    const row = await q.executeTakeFirst();
    return { ownerId, ms: (row?.ms ?? '').split(',').filter(Boolean).map(Number) };
  };
  const rows = await Promise.all((f.repId ? [f.repId] : owners).map(one));
  return rows.filter((x) => x.ms.length > 0);
}

/** Closed deals by age at close (deals.close_bucket: [0, 30), [30, 90), 90+ days): how many, how many won. */
export function closedByAgeBucket(db: Db, f: Scope) {
  return db
    .selectFrom('deals as d')
    .select([
      'd.close_bucket',
      sql<number | string>`count(*)`.as('closed'),
      sql<number | string>`sum(case when d.stage = 'won' then 1 else 0 end)`.as('won'),
    ])
    .where('d.close_bucket', 'is not', null)
    .where(dealScope(f))
    .groupBy('d.close_bucket')
    .execute();
}

/**
 * Open deals due before `until` (expected close date), by month, stage and age bucket now (created at or before
 * now − 90 days, now − 30 days: exact text comparisons).
 */
export function openByMonth(db: Db, now: string, until: string, f: Scope) {
  const ago = (days: number) => new Date(Date.parse(now) - days * DAY_MS).toISOString();
  return db
    .selectFrom('deals as d')
    .select([
      sql<string>`substr(d.expected_close_date, 1, 7)`.as('month'),
      'd.stage',
      sql<number>`case when d.created_at <= ${ago(90)} then 2 when d.created_at <= ${ago(30)} then 1 else 0 end`.as(
        'bucket',
      ),
      sql<number | string>`sum(d.value_cents)`.as('cents'),
    ])
    .where('d.closed_at', 'is', null)
    .where('d.expected_close_date', 'is not', null)
    .where('d.expected_close_date', '<', until)
    .where(dealScope(f))
    .groupBy([sql`1`, 'd.stage', sql`3`])
    .execute();
}
