import { sql } from 'kysely';
import type { Db } from '../../../db/types';
import { connectList, type Range, type Scope } from './repo';

const count = async (q: Promise<{ n: number | string } | undefined>) => Number((await q)?.n ?? 0);
const inState = (state: string | undefined, col: string) =>
  state
    ? sql<boolean>`exists (select 1 from contacts s where s.id = ${sql.ref(col)} and s.state = ${state})`
    : sql<boolean>`1 = 1`;

/** Distinct leads claimed by a rep in the range (`contact.claimed` events). */
export function leadsClaimed(db: Db, r: Range, f: Scope) {
  let q = db
    .selectFrom('timeline_events as e')
    .select(sql<number | string>`count(distinct e.contact_id)`.as('n'))
    .where('e.kind', '=', 'contact.claimed')
    .where('e.occurred_at', '>=', r.start)
    .where('e.occurred_at', '<', r.end)
    .where(inState(f.state, 'e.contact_id'));
  if (f.repId) q = q.where('e.actor_id', '=', f.repId);
  return count(q.executeTakeFirst());
}

/** Distinct leads called or emailed (a sent, non-test email) in the range. */
export function leadsContacted(db: Db, r: Range, f: Scope) {
  let calls = db
    .selectFrom('calls')
    .select('calls.contact_id as contact_id')
    .where('calls.called_at', '>=', r.start)
    .where('calls.called_at', '<', r.end)
    .where(inState(f.state, 'calls.contact_id'));
  let emails = db
    .selectFrom('email_messages as m')
    .select(sql<string>`m.contact_id`.as('contact_id'))
    .where('m.is_test', '=', 0)
    .where('m.contact_id', 'is not', null)
    .where('m.sent_at', '>=', r.start)
    .where('m.sent_at', '<', r.end)
    .where(inState(f.state, 'm.contact_id'));
  if (f.repId) {
    calls = calls.where('calls.rep_id', '=', f.repId);
    emails = emails.where('m.sender_id', '=', f.repId);
  }
  return count(
    db
      .selectFrom(calls.union(emails).as('u'))
      .select(sql<number | string>`count(*)`.as('n'))
      .executeTakeFirst(),
  );
}

/** Distinct leads with a call of these outcomes in the range. */
export function leadsWithOutcome(db: Db, r: Range, f: Scope, outcomes: readonly string[]) {
  let q = db
    .selectFrom('calls')
    .select(sql<number | string>`count(distinct calls.contact_id)`.as('n'))
    .where('calls.outcome', 'in', outcomes)
    .where('calls.called_at', '>=', r.start)
    .where('calls.called_at', '<', r.end)
    .where(inState(f.state, 'calls.contact_id'));
  if (f.repId) q = q.where('calls.rep_id', '=', f.repId);
  return count(q.executeTakeFirst());
}

export const leadsConnected = (db: Db, r: Range, f: Scope) => leadsWithOutcome(db, r, f, connectList);

/** Distinct leads with a deal created (`won`: won) in the range, by the deal's owner. */
export function leadsWithDeal(db: Db, r: Range, f: Scope, won: boolean) {
  const col = won ? 'd.closed_at' : 'd.created_at';
  let q = db
    .selectFrom('deals as d')
    .select(sql<number | string>`count(distinct d.contact_id)`.as('n'))
    .where(col, '>=', r.start)
    .where(col, '<', r.end)
    .where(inState(f.state, 'd.contact_id'));
  if (won) q = q.where('d.stage', '=', 'won');
  if (f.repId) q = q.where('d.owner_id', '=', f.repId);
  return count(q.executeTakeFirst());
}

/** Deal events in the range (created, or stage changed to won), with the deal's owner and contact. */
export function dealMilestones(db: Db, r: Range, f: Scope) {
  let q = db
    .selectFrom('timeline_events as e')
    .innerJoin('deals as d', 'd.id', 'e.deal_id')
    .select(['e.deal_id', 'e.kind', 'e.data', 'e.occurred_at', 'd.owner_id', 'd.contact_id', 'd.created_at'])
    .where('e.kind', 'in', ['deal.created', 'deal.stage_changed'])
    .where('e.occurred_at', '>=', r.start)
    .where('e.occurred_at', '<', r.end)
    .where(inState(f.state, 'd.contact_id'));
  if (f.repId) q = q.where('d.owner_id', '=', f.repId);
  return q.execute();
}

/** The first call and the first sent email of each lead (first touch). */
export async function firstTouches(db: Db, contactIds: string[]): Promise<Map<string, string>> {
  const first = new Map<string, string>();
  for (let i = 0; i < contactIds.length; i += 500) {
    const ids = contactIds.slice(i, i + 500);
    const [calls, emails] = await Promise.all([
      db
        .selectFrom('calls')
        .select(['contact_id', sql<string>`min(called_at)`.as('at')])
        .where('contact_id', 'in', ids)
        .groupBy('contact_id')
        .execute(),
      db
        .selectFrom('email_messages')
        .select(['contact_id', sql<string>`min(sent_at)`.as('at')])
        .where('contact_id', 'in', ids)
        .where('is_test', '=', 0)
        .where('sent_at', 'is not', null)
        .groupBy('contact_id')
        .execute(),
    ]);
    for (const r of [...calls, ...emails]) {
      if (!r.contact_id || !r.at) continue;
      const seen = first.get(r.contact_id);
      if (!seen || r.at < seen) first.set(r.contact_id, r.at);
    }
  }
  return first;
}

/** Open deals now, and every closed deal's age at close and outcome (forecast). */
export function dealsForForecast(db: Db, f: Scope) {
  return db
    .selectFrom('deals as d')
    .select(['d.id', 'd.stage', 'd.value_cents', 'd.expected_close_date', 'd.created_at', 'd.closed_at'])
    .where(inState(f.state, 'd.contact_id'))
    .$if(Boolean(f.repId), (q) => q.where('d.owner_id', '=', f.repId ?? ''))
    .execute();
}
