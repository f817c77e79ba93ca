import { type ExpressionBuilder, sql } from 'kysely';
import type { DB, Db } from '../../../db/types';
import { connectOutcomes } from '../../../shared/calls';

/** A report's scope: a rep (their calls, emails, deals, leads) and/or a lead state. Times are ISO, [start, end). */
export type Scope = { repId?: string; state?: string };
export type Range = { start: string; end: string };

const leadInState = (state: string, col: 'calls.contact_id' | 'm.contact_id' | 'd.contact_id') =>
  sql<boolean>`exists (select 1 from contacts s where s.id = ${sql.ref(col)} and s.state = ${state})`;

/** Calls by rep, outcome and UTC hour ("2026-03-09T15"): kpis, leaderboard, heatmap, conversion fold these. */
export function callCountsByHour(db: Db, r: Range, f: Scope) {
  let q = db
    .selectFrom('calls')
    .select([
      'calls.rep_id',
      'calls.outcome',
      sql<string>`substr(calls.called_at, 1, 13)`.as('hour'),
      sql<number | string>`count(*)`.as('n'),
    ])
    .where('calls.called_at', '>=', r.start)
    .where('calls.called_at', '<', r.end);
  if (f.repId) q = q.where('calls.rep_id', '=', f.repId);
  if (f.state) q = q.where(leadInState(f.state, 'calls.contact_id'));
  return q.groupBy(['calls.rep_id', 'calls.outcome', sql`substr(calls.called_at, 1, 13)`]).execute();
}

/** Calls by the lead's state and outcome (territory comparison). */
export function callCountsByState(db: Db, r: Range, f: Scope) {
  let q = db
    .selectFrom('calls')
    .innerJoin('contacts as c', 'c.id', 'calls.contact_id')
    .select(['c.state', 'calls.outcome', sql<number | string>`count(*)`.as('n')])
    .where('calls.called_at', '>=', r.start)
    .where('calls.called_at', '<', r.end);
  if (f.repId) q = q.where('calls.rep_id', '=', f.repId);
  if (f.state) q = q.where('c.state', '=', f.state);
  return q.groupBy(['c.state', 'calls.outcome']).execute();
}

/** Emails sent in the range (test sends excluded) by sender: sent, and how many of them got a reply. */
export function emailCountsBySender(db: Db, r: Range, f: Scope) {
  let q = db
    .selectFrom('email_messages as m')
    .select([
      'm.sender_id',
      sql<number | string>`count(*)`.as('sent'),
      sql<number | string>`count(m.replied_at)`.as('replied'),
    ])
    .where('m.is_test', '=', 0)
    .where('m.sent_at', '>=', r.start)
    .where('m.sent_at', '<', r.end);
  if (f.repId) q = q.where('m.sender_id', '=', f.repId);
  if (f.state) q = q.where(leadInState(f.state, 'm.contact_id'));
  return q.groupBy('m.sender_id').execute();
}

const dealScope = (f: Scope) => (eb: ExpressionBuilder<DB & { d: DB['deals'] }, 'd'>) => {
  const parts = [];
  if (f.repId) parts.push(eb('d.owner_id', '=', f.repId));
  if (f.state) parts.push(eb(leadInState(f.state, 'd.contact_id'), '=', sql<boolean>`true`));
  return eb.and(parts);
};

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

/** Deals open at instant `at` (created before, not closed by then), with the lead's state. */
export function dealsOpenAt(db: Db, at: string, f: Scope) {
  return db
    .selectFrom('deals as d')
    .leftJoin('contacts as c', 'c.id', 'd.contact_id')
    .select([
      'd.id',
      'd.owner_id',
      'd.stage',
      'd.value_cents',
      'd.stage_changed_at',
      'd.expected_close_date',
      'd.created_at',
      'c.state',
    ])
    .where('d.created_at', '<', at)
    .where((eb) => eb.or([eb('d.closed_at', 'is', null), eb('d.closed_at', '>=', at)]))
    .where(dealScope(f))
    .execute();
}

/** Stage events (created / stage changed) of some deals before `at`: the stage each deal had then. */
export function stageEventsBefore(db: Db, dealIds: string[], at: string) {
  if (dealIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timeline_events')
    .select(['deal_id', 'kind', 'data', 'occurred_at', 'id'])
    .where('deal_id', 'in', dealIds)
    .where('kind', 'in', ['deal.created', 'deal.stage_changed'])
    .where('occurred_at', '<', at)
    .execute();
}

/** Live leads that existed at `at`, and how many had a call by then, grouped by state or owner. */
export function leadCoverage(db: Db, at: string, f: Scope, by: 'state' | 'owner_id' | null) {
  let q = db
    .selectFrom('contacts as c')
    .select([
      sql<number | string>`count(*)`.as('leads'),
      sql<
        number | string
      >`sum(case when exists (select 1 from calls k where k.contact_id = c.id and k.called_at < ${at}) then 1 else 0 end)`.as(
        'worked',
      ),
    ])
    .where('c.deleted_at', 'is', null)
    .where('c.created_at', '<', at);
  if (f.repId) q = q.where('c.owner_id', '=', f.repId);
  if (f.state) q = q.where('c.state', '=', f.state);
  if (by === 'state') return q.select('c.state as key').groupBy('c.state').execute();
  if (by === 'owner_id') return q.select('c.owner_id as key').groupBy('c.owner_id').execute();
  return q.select(sql<string | null>`null`.as('key')).execute();
}

export const connectList = connectOutcomes as readonly string[];
