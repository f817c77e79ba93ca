import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chicago, historyStep, playHistory } from '../../../../tests/support/report-history';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { connectOutcomes } from '../../../shared/calls';
import { type DealStage, openStages } from '../../../shared/deals';
import type { Actor } from '../../context';
import { orgDateStart } from '../../org-time';

// Territories, velocity and forecast through GET /api/reports/<name>, each compared with a recount in plain
// TypeScript from the raw rows, exactly as docs/metrics.md defines them, over random histories
// (tests/support/report-history.ts), random filters (period, rep, state) and random stage probabilities.
const DAY = 86_400_000;
type Person = Actor & { email: string; password: string };
let t: TestApp;
let manager: Person;
let reps: Person[];

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-02T14:00:00Z') - t.clock.now().getTime());
  const person = async (role: 'rep' | 'manager', name: string): Promise<Person> => {
    const u = await t.userWithSession(role);
    await t.ctx.db.updateTable('users').set({ name }).where('id', '=', u.id).execute();
    return { id: u.id, name, role, ip: null, email: u.email, password: u.password };
  };
  manager = await person('manager', 'Dana Whitfield');
  reps = [await person('rep', 'Alex Carter'), await person('rep', 'Sarah Mitchell')];
  for (const r of reps) await t.setTerritory(r.id, ['TX', 'OK']);
});
afterAll(() => t.close());

/** The person's session cookie, signed in again when the test clock has run past the last one. */
const cookies = new Map<string, string>();
async function inject(who: Person, method: 'GET' | 'PUT', url: string, payload?: object) {
  for (let attempt = 0; ; attempt++) {
    const cookie = cookies.get(who.id) ?? (await t.signIn(who.email, who.password));
    cookies.set(who.id, cookie);
    const res = await t.app.inject({ method, url, payload, headers: { cookie } });
    if (res.statusCode !== 401 || attempt > 0) return res;
    cookies.delete(who.id);
  }
}

/** GET /api/reports/<name> through the whole HTTP stack. */
async function report(who: Person, name: string, q: Record<string, string | undefined>) {
  const qs = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await inject(who, 'GET', `/api/reports/${name}?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const ratio = (a: number, b: number) => (b ? a / b : null);
const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const v = s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  return Math.round(v * 100) / 100;
};

async function rawRows() {
  const db = t.ctx.db;
  const [calls, emails, deals, events, contacts, users] = await Promise.all([
    db.selectFrom('calls').selectAll().execute(),
    db.selectFrom('email_messages').selectAll().execute(),
    db.selectFrom('deals').selectAll().execute(),
    db.selectFrom('timeline_events').selectAll().execute(),
    db.selectFrom('contacts').selectAll().execute(),
    db.selectFrom('users').selectAll().execute(),
  ]);
  const contact = new Map(contacts.map((c) => [c.id, c]));
  const stateOf = (id: string | null) => (id ? (contact.get(id)?.state ?? null) : null);
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  return { calls, emails, deals, events, contacts, stateOf, nameOf };
}
type Filters = { from: string; to: string; repId?: string; state?: string };

/** docs/metrics.md § Territories. */
async function recountTerritories(f: Filters) {
  const { calls, deals, contacts, stateOf, nameOf } = await rawRows();
  const periodEnd = orgDateStart(addDays(f.to, 1)).toISOString();
  const now = t.clock.now().toISOString();
  const asOf = periodEnd < now ? periodEnd : now;
  const inState = (s: string | null) => !f.state || s === f.state;
  const mine = (id: string | null) => !f.repId || id === f.repId;
  const leads = contacts.filter(
    (c) => !c.deleted_at && c.created_at < asOf && mine(c.owner_id) && inState(c.state),
  );
  const worked = (c: (typeof contacts)[number]) =>
    calls.some((k) => k.contact_id === c.id && k.called_at < asOf);
  const periodCalls = calls.filter(
    (k) =>
      chicago(k.called_at) >= f.from &&
      chicago(k.called_at) <= f.to &&
      mine(k.rep_id) &&
      inState(stateOf(k.contact_id)),
  );
  const open = deals.filter(
    (d) =>
      d.created_at < asOf &&
      (!d.closed_at || d.closed_at >= asOf) &&
      mine(d.owner_id) &&
      inState(stateOf(d.contact_id)),
  );
  const row = (
    kind: 'state' | 'rep',
    key: string,
    l: typeof leads,
    k: typeof periodCalls,
    o: typeof open,
  ) => {
    const connects = k.filter((x) => (connectOutcomes as readonly string[]).includes(x.outcome)).length;
    const w = l.filter(worked).length;
    return {
      key,
      kind,
      leads: l.length,
      worked: w,
      coverage: ratio(w, l.length),
      conversion: ratio(k.filter((x) => x.outcome === 'interested').length, connects),
      pipelineCents: o.reduce((a, d) => a + Number(d.value_cents), 0),
    };
  };
  const states = new Set(
    [
      ...leads.map((c) => c.state),
      ...periodCalls.map((k) => stateOf(k.contact_id)),
      ...open.map((d) => stateOf(d.contact_id)),
    ].filter((s) => s !== null),
  );
  const people = new Set(
    [
      ...leads.map((c) => c.owner_id),
      ...periodCalls.map((k) => k.rep_id),
      ...open.map((d) => d.owner_id),
    ].filter((p) => p !== null),
  );
  return [
    ...byKey(
      [...states].map((s) =>
        row(
          'state',
          s,
          leads.filter((c) => c.state === s),
          periodCalls.filter((k) => stateOf(k.contact_id) === s),
          open.filter((d) => stateOf(d.contact_id) === s),
        ),
      ),
    ),
    ...byKey(
      [...people].map((p) =>
        row(
          'rep',
          nameOf(p),
          leads.filter((c) => c.owner_id === p),
          periodCalls.filter((k) => k.rep_id === p),
          open.filter((d) => d.owner_id === p),
        ),
      ),
    ),
  ];
}

/** docs/metrics.md § Velocity. */
async function recountVelocity(f: Filters) {
  const { calls, emails, deals, events, stateOf, nameOf } = await rawRows();
  const firstTouch = (contactId: string | null) =>
    [
      ...calls.filter((k) => k.contact_id === contactId).map((k) => k.called_at),
      ...emails
        .filter((m) => m.contact_id === contactId && !m.is_test && m.sent_at)
        .map((m) => m.sent_at as string),
    ].sort()[0];
  const per = new Map<string, { toDeal: number[]; toWon: number[] }>();
  for (const e of events) {
    const d = deals.find((x) => x.id === e.deal_id);
    if (!d || chicago(e.occurred_at) < f.from || chicago(e.occurred_at) > f.to) continue;
    if ((f.repId && d.owner_id !== f.repId) || (f.state && stateOf(d.contact_id) !== f.state)) continue;
    const won = e.kind === 'deal.stage_changed' && JSON.parse(e.data ?? '{}').to === 'won';
    if (e.kind !== 'deal.created' && !won) continue;
    const touch = firstTouch(d.contact_id);
    const start = Date.parse(touch && touch <= d.created_at ? touch : d.created_at);
    const p = per.get(d.owner_id) ?? { toDeal: [], toWon: [] };
    per.set(d.owner_id, p);
    (won ? p.toWon : p.toDeal).push((Date.parse(e.occurred_at) - start) / DAY);
  }
  return [...per]
    .map(([id, p]) => ({
      repId: id,
      name: nameOf(id),
      medianDaysToDeal: median(p.toDeal),
      medianDaysToWon: median(p.toWon),
      deals: p.toDeal.length,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** docs/metrics.md § Forecast. */
async function recountForecast(f: Filters, p: Record<DealStage, number>) {
  const { deals, stateOf } = await rawRows();
  const now = t.clock.now();
  const scoped = deals.filter(
    (d) => (!f.repId || d.owner_id === f.repId) && (!f.state || stateOf(d.contact_id) === f.state),
  );
  const bucket = (days: number) => (days < 30 ? 0 : days < 90 ? 1 : 2);
  const closed = scoped.filter((d) => d.stage === 'won' || d.stage === 'lost');
  const winRate = (ds: typeof closed) => ds.filter((d) => d.stage === 'won').length / ds.length;
  const rate = (b: number) => {
    const inBucket = closed.filter(
      (d) => bucket((Date.parse(d.closed_at as string) - Date.parse(d.created_at)) / DAY) === b,
    );
    return inBucket.length ? winRate(inBucket) : closed.length ? winRate(closed) : 0;
  };
  const thisMonth = chicago(now.toISOString()).slice(0, 7);
  const months = [0, 1, 2].map((i) => {
    const [y, m] = thisMonth.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7);
  });
  return months.map((month) => {
    const due = scoped.filter(
      (d) =>
        (openStages as readonly string[]).includes(d.stage) &&
        d.expected_close_date !== null &&
        (d.expected_close_date.slice(0, 7) < thisMonth ? thisMonth : d.expected_close_date.slice(0, 7)) ===
          month,
    );
    const sum = (value: (d: (typeof due)[number]) => number) => due.reduce((a, d) => a + value(d), 0);
    return {
      month,
      weightedCents: Math.round(sum((d) => Number(d.value_cents) * p[d.stage as DealStage]) / 100),
      openCents: sum((d) => Number(d.value_cents)),
      historicalCents: Math.round(
        [0, 1, 2].reduce(
          (total, b) =>
            total +
            sum((d) =>
              bucket((now.getTime() - Date.parse(d.created_at)) / DAY) === b ? Number(d.value_cents) : 0,
            ) *
              rate(b),
          0,
        ),
      ),
    };
  });
}

const run = fc.record({
  steps: fc.array(historyStep, { minLength: 5, maxLength: 25 }),
  /** Days the team is away before this stretch: ages deals into the 30- and 90-day buckets. */
  idleDays: fc.constantFrom(0, 0, 3, 35, 95),
  /** The period: `back` days ending `ago` days before today. */
  ago: fc.nat(3),
  back: fc.nat(6),
  /** Who asks: the manager (for everyone or one rep) or a rep (always themselves). */
  viewer: fc.constantFrom('manager', 'manager:0', 'manager:1', 'rep:0', 'rep:1'),
  state: fc.constantFrom(undefined, 'TX', 'OK'),
  probabilities: fc.record({
    qualified: fc.integer({ min: 0, max: 100 }),
    quote_sent: fc.integer({ min: 0, max: 100 }),
    negotiation: fc.integer({ min: 0, max: 100 }),
    won: fc.constant(100),
    lost: fc.constant(0),
  }),
});

describe('territories, velocity and forecast equal a brute-force recount of random histories', () => {
  it('through GET /api/reports/<name>, with every filter', async () => {
    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        t.clock.advance(r.idleDays * DAY);
        await playHistory(t, manager, reps, r.steps);
        const put = await inject(manager, 'PUT', '/api/deals/probabilities', r.probabilities);
        expect(put.statusCode).toBe(200);
        const to = addDays(chicago(t.clock.now().toISOString()), -r.ago);
        const [role, index] = r.viewer.split(':');
        const rep = index === undefined ? undefined : reps[Number(index)];
        const who = role === 'manager' ? manager : (rep as Person);
        const q = {
          from: addDays(to, -r.back),
          to,
          repId: role === 'manager' ? rep?.id : undefined,
          state: r.state,
        };
        const f: Filters = { ...q, repId: rep?.id };
        expect((await report(who, 'territories', q)).rows).toEqual(await recountTerritories(f));
        expect((await report(who, 'velocity', q)).rows).toEqual(await recountVelocity(f));
        expect((await report(who, 'forecast', q)).months).toEqual(await recountForecast(f, r.probabilities));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
