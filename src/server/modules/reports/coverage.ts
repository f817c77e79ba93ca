import { sql } from 'kysely';
import type { Db } from '../../../db/types';
import type { Scope } from './repo';

// Territory coverage from report_lead_days (migration 0025, decision 025), which triggers on contacts keep: live
// leads by UTC day created × state × owner, and worked leads by the day they first counted as worked.

type CoverageRow = { key: string | null; leads: number; worked: number };

/**
 * Live leads created before `at`, and those of them with a call before `at`, by state, owner or all: whole UTC
 * days before `at` from report_lead_days, the rest of `at`'s day from contacts (indexed by created_at and by
 * first_call_at). A lead counts as worked from the later of its creation and its first call.
 */
export async function rolledCoverage(db: Db, at: string, f: Scope, by: 'state' | 'owner_id' | null) {
  const day = at.slice(0, 10);
  const midnight = `${day}T00:00:00.000Z`;
  let days = db
    .selectFrom('report_lead_days as d')
    .select([
      sql<string>`${by ? sql.ref(`d.${by}`) : sql.lit('')}`.as('key'),
      sql<number | string>`sum(d.leads)`.as('leads'),
      sql<number | string>`sum(d.worked)`.as('worked'),
    ])
    .where('d.day', '<', day);
  if (f.repId) days = days.where('d.owner_id', '=', f.repId);
  if (f.state) days = days.where('d.state', '=', f.state);
  if (by) days = days.groupBy(`d.${by}`);

  const today = () => {
    let q = db
      .selectFrom('contacts as c')
      .select([
        sql<string>`${by ? sql`coalesce(${sql.ref(`c.${by}`)}, '')` : sql.lit('')}`.as('key'),
        sql<number | string>`count(*)`.as('n'),
      ])
      .where('c.deleted_at', 'is', null);
    // `col || ''`: the owner and state filters must not pick the index (a rep's 100k leads, a state's 20k); the
    // day's range on created_at or first_call_at is the small one.
    if (f.repId) q = q.where(sql`c.owner_id || ''`, '=', f.repId);
    if (f.state) q = q.where(sql`c.state || ''`, '=', f.state);
    return by ? q.groupBy(`c.${by}`) : q;
  };
  const [whole, createdToday, firstCallToday, createdTodayCalledBefore] = await Promise.all([
    days.execute(),
    today().where('c.created_at', '>=', midnight).where('c.created_at', '<', at).execute(),
    today()
      .where('c.first_call_at', '>=', midnight)
      .where('c.first_call_at', '<', at)
      .where('c.created_at', '<', at)
      .execute(),
    today()
      .where('c.created_at', '>=', midnight)
      .where('c.created_at', '<', at)
      .where('c.first_call_at', '<', midnight)
      .execute(),
  ]);
  const out = new Map<string, CoverageRow>();
  const row = (key: string) => {
    let x = out.get(key);
    if (!x) {
      x = { key: key === '' ? null : key, leads: 0, worked: 0 };
      out.set(key, x);
    }
    return x;
  };
  for (const w of whole) {
    row(w.key).leads += Number(w.leads);
    row(w.key).worked += Number(w.worked);
  }
  for (const c of createdToday) row(c.key).leads += Number(c.n);
  for (const c of [...firstCallToday, ...createdTodayCalledBefore]) row(c.key).worked += Number(c.n);
  // The raw query's shape: one row per group with leads (no group at all when nothing matched a grouping).
  const rows = [...out.values()].filter((x) => x.leads > 0);
  return by ? rows : [{ key: null, leads: rows[0]?.leads ?? 0, worked: rows[0]?.worked ?? 0 }];
}
