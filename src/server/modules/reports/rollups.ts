import { sql } from 'kysely';
import type { Db } from '../../../db/types';
import { orgDate, orgDateStart } from '../../org-time';
import type { Range, Scope } from './repo';

// Reads of the report roll-ups (migration 0025, decision 025). Each answers exactly what a recount of the raw
// rows answers (docs/metrics.md): the roll-ups are kept by triggers in every write's transaction. Day roll-ups
// are by organisation date; every report period runs from one organisation midnight to another.

/** The organisation dates [first, last] of a period that starts and ends at organisation midnights. */
export function orgDays(r: Range) {
  const first = orgDate(new Date(r.start));
  const last = orgDate(new Date(Date.parse(r.end) - 1));
  if (orgDateStart(first).toISOString() !== r.start)
    throw new Error(`not an organisation midnight: ${r.start}`);
  return { first, last };
}

const n = (v: number | string | null | undefined) => Number(v ?? 0);

export type CallTotals = { key: string; calls: number; connects: number; interested: number };

/** Calls, connects and interested calls in the period, in all or by rep or by the lead's (current) state. */
export async function callTotals(db: Db, r: Range, f: Scope, by: 'rep_id' | 'state' | null) {
  const { first, last } = orgDays(r);
  let q = db
    .selectFrom('report_call_days as d')
    .select([
      sql<string>`${by ? sql.ref(`d.${by}`) : sql.lit('')}`.as('key'),
      sql<number | string>`sum(d.calls)`.as('calls'),
      sql<number | string>`sum(d.connects)`.as('connects'),
      sql<number | string>`sum(d.interested)`.as('interested'),
    ])
    .where('d.day', '>=', first)
    .where('d.day', '<=', last);
  if (f.repId) q = q.where('d.rep_id', '=', f.repId);
  if (f.state) q = q.where('d.state', '=', f.state);
  if (by) q = q.groupBy(`d.${by}`);
  const rows = await q.execute();
  return rows
    .map(
      (x): CallTotals => ({
        key: x.key,
        calls: n(x.calls),
        connects: n(x.connects),
        interested: n(x.interested),
      }),
    )
    .filter((x) => x.calls > 0);
}

/** Calls in the period by UTC hour ("2026-03-09T15"): the roll-up, or the raw calls with a state filter. */
export function callsByHour(db: Db, r: Range, f: Scope): Promise<{ hour: string; n: number | string }[]> {
  if (!f.state) {
    let q = db
      .selectFrom('report_call_hours as h')
      .select(['h.hour', sql<number | string>`sum(h.n)`.as('n')])
      .where('h.hour', '>=', r.start.slice(0, 13))
      .where('h.hour', '<', r.end.slice(0, 13));
    if (f.repId) q = q.where('h.rep_id', '=', f.repId);
    return q.groupBy('h.hour').execute();
  }
  let q = db
    .selectFrom('calls as k')
    .innerJoin('contacts as c', 'c.id', 'k.contact_id')
    .select([sql<string>`substr(k.called_at, 1, 13)`.as('hour'), sql<number | string>`count(*)`.as('n')])
    .where('k.called_at', '>=', r.start)
    .where('k.called_at', '<', r.end)
    .where('c.state', '=', f.state);
  if (f.repId) q = q.where('k.rep_id', '=', f.repId);
  return q.groupBy(sql`substr(k.called_at, 1, 13)`).execute();
}

/** Sent (non-test) emails in the period by sender: sent, and how many got a reply. */
export async function emailTotals(db: Db, r: Range, f: Scope) {
  const { first, last } = orgDays(r);
  let q = db
    .selectFrom('report_email_days as d')
    .select([
      'd.sender_id',
      sql<number | string>`sum(d.sent)`.as('sent'),
      sql<number | string>`sum(d.replied)`.as('replied'),
    ])
    .where('d.day', '>=', first)
    .where('d.day', '<=', last);
  if (f.repId) q = q.where('d.sender_id', '=', f.repId);
  if (f.state) q = q.where('d.state', '=', f.state);
  const rows = await q.groupBy('d.sender_id').execute();
  return rows
    .map((x) => ({
      senderId: x.sender_id === '' ? null : x.sender_id,
      sent: n(x.sent),
      replied: n(x.replied),
    }))
    .filter((x) => x.sent > 0);
}

/** Leads that first reached each funnel step in the period (by the rep who took them there). */
export async function funnelSteps(db: Db, r: Range, f: Scope): Promise<Map<string, number>> {
  const { first, last } = orgDays(r);
  let q = db
    .selectFrom('report_funnel_days as d')
    .select(['d.step', sql<number | string>`sum(d.n)`.as('n')])
    .where('d.day', '>=', first)
    .where('d.day', '<=', last);
  if (f.repId) q = q.where('d.rep_id', '=', f.repId);
  if (f.state) q = q.where('d.state', '=', f.state);
  const rows = await q.groupBy('d.step').execute();
  return new Map(rows.map((x) => [x.step, n(x.n)]));
}
