import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  chicago,
  type HistoryStep,
  historyStep,
  playHistory,
  reportTeam,
} from '../../../../tests/support/report-history';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { connectOutcomes } from '../../../shared/calls';
import { defaultStageProbabilities } from '../../../shared/deals';
import type { Actor } from '../../context';
import { orgDateStart } from '../../org-time';
import { funnelReport } from './funnel';
import { heatmapReport } from './heatmap';
import { kpisReport } from './kpis';
import { leaderboardReport } from './leaderboard';

// Random histories (tests/support/report-history.ts), then every report compared with a recount in plain
// TypeScript from the raw rows.
let t: TestApp;
let manager: Actor;
let reps: Actor[];

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-02T14:00:00Z') - t.clock.now().getTime());
  ({ manager, reps } = await reportTeam(t));
});
afterAll(() => t.close());

const step = historyStep;
const ratio = (a: number, b: number) => (b ? a / b : null);
const play = (steps: HistoryStep[]) => playHistory(t, manager, reps, steps);

async function recount(from: string, to: string, repId: string | undefined, state: string | undefined) {
  const db = t.ctx.db;
  const [calls, emails, deals, events, contacts] = await Promise.all([
    db.selectFrom('calls').selectAll().execute(),
    db.selectFrom('email_messages').selectAll().execute(),
    db.selectFrom('deals').selectAll().execute(),
    db.selectFrom('timeline_events').selectAll().execute(),
    db.selectFrom('contacts').selectAll().execute(),
  ]);
  const inPeriod = (iso: string | null, f: string, l: string) =>
    iso !== null && chicago(iso) >= f && chicago(iso) <= l;
  const stateOf = new Map(contacts.map((x) => [x.id, x.state]));
  const mine = (id: string | null, contactId?: string | null) =>
    (!repId || id === repId) && (!state || (contactId != null && stateOf.get(contactId) === state));
  const connects = new Set<string>(connectOutcomes);
  const period = (f: string, l: string, asOf: string) => {
    const c = calls.filter((x) => inPeriod(x.called_at, f, l) && mine(x.rep_id, x.contact_id));
    const e = emails.filter(
      (x) => inPeriod(x.sent_at, f, l) && mine(x.sender_id, x.contact_id) && !x.is_test,
    );
    const won = deals.filter(
      (d) => d.stage === 'won' && inPeriod(d.closed_at, f, l) && mine(d.owner_id, d.contact_id),
    );
    const open = deals.filter(
      (d) => mine(d.owner_id, d.contact_id) && d.created_at < asOf && (!d.closed_at || d.closed_at >= asOf),
    );
    const stageAt = (id: string) => {
      const evs = events
        .filter((x) => x.deal_id === id && x.occurred_at < asOf)
        .sort((a, b) => (a.occurred_at + a.id < b.occurred_at + b.id ? -1 : 1));
      const last = JSON.parse(evs.at(-1)?.data ?? '{}');
      return (last.to ?? last.stage) as keyof typeof defaultStageProbabilities;
    };
    const leads = contacts.filter((x) => !x.deleted_at && x.created_at < asOf && mine(x.owner_id, x.id));
    const worked = leads.filter((x) => calls.some((k) => k.contact_id === x.id && k.called_at < asOf));
    return {
      callsToday: c.length,
      conversionRate: ratio(
        c.filter((x) => x.outcome === 'interested').length,
        c.filter((x) => connects.has(x.outcome)).length,
      ),
      pipelineValueCents: open.reduce((a, d) => a + Number(d.value_cents), 0),
      weightedPipelineCents: Math.round(
        open.reduce((a, d) => a + Number(d.value_cents) * defaultStageProbabilities[stageAt(d.id)], 0) / 100,
      ),
      emailResponseRate: ratio(e.filter((x) => x.replied_at).length, e.length),
      territoryCoverage: ratio(worked.length, leads.length),
      dealsWon: won.length,
      dealsWonCents: won.reduce((a, d) => a + Number(d.value_cents), 0),
      calls: c,
      emails: e,
      won,
    };
  };
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  const now = t.clock.now().toISOString();
  const cur = period(from, to, now);
  const prev = period(addDays(from, -days), addDays(from, -1), orgDateStart(from).toISOString());
  // Funnel: each lead's first event per step, ever (ties: the smaller rep id), counted in its period for its rep.
  const firsts = new Map<string, { step: string; at: string; rep: string }>();
  const reach = (contactId: string | null, step: string, at: string | null, rep: string | null) => {
    if (!contactId || !at) return;
    const seen = firsts.get(`${contactId}|${step}`);
    if (!seen || at < seen.at || (at === seen.at && (rep ?? '') < seen.rep))
      firsts.set(`${contactId}|${step}`, { step, at, rep: rep ?? '' });
  };
  for (const x of events)
    if (x.kind === 'contact.claimed') reach(x.contact_id, 'claimed', x.occurred_at, x.actor_id);
  for (const k of calls) {
    reach(k.contact_id, 'contacted', k.called_at, k.rep_id);
    if (connects.has(k.outcome)) reach(k.contact_id, 'connected', k.called_at, k.rep_id);
    if (k.outcome === 'interested') reach(k.contact_id, 'interested', k.called_at, k.rep_id);
  }
  for (const m of emails) if (!m.is_test) reach(m.contact_id, 'contacted', m.sent_at, m.sender_id);
  for (const d of deals) {
    reach(d.contact_id, 'deal', d.created_at, d.owner_id);
    if (d.stage === 'won') reach(d.contact_id, 'won', d.closed_at, d.owner_id);
  }
  const reached = [...firsts.entries()]
    .filter(([key, x]) => inPeriod(x.at, from, to) && mine(x.rep, key.split('|')[0]))
    .map(([, x]) => x);
  const funnel = ['claimed', 'contacted', 'connected', 'interested', 'deal', 'won'].map(
    (step) => reached.filter((x) => x.step === step).length,
  );
  const heat = new Map<string, number>();
  for (const c of cur.calls) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    }).formatToParts(new Date(c.called_at));
    const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
      parts.find((p) => p.type === 'weekday')?.value ?? '',
    );
    const key = `${day}-${Number(parts.find((p) => p.type === 'hour')?.value)}`;
    heat.set(key, (heat.get(key) ?? 0) + 1);
  }
  return { cur, prev, funnel, heat };
}

describe('reports equal a brute-force recount of random histories', () => {
  it('kpis, leaderboard, funnel and heatmap', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 5, maxLength: 25 }),
        fc.nat(2),
        fc.option(fc.nat(1)),
        fc.option(fc.constantFrom('TX', 'OK')),
        async (steps, back, who, state) => {
          await play(steps);
          const to = chicago(t.clock.now().toISOString());
          const from = addDays(to, -back);
          const repId = who === null ? undefined : reps[who]?.id;
          const q = { from, to, repId, state: state ?? undefined };
          const want = await recount(from, to, repId, q.state);
          const kpis = await kpisReport(t.ctx, manager, q);
          for (const k of Object.keys(kpis) as (keyof typeof kpis)[]) {
            for (const [got, exp] of [
              [kpis[k].value, want.cur[k]],
              [kpis[k].previous, want.prev[k]],
            ] as const) {
              if (exp === null) expect(got, k).toBeNull();
              else expect(got, k).toBeCloseTo(exp, 9);
            }
          }
          const board = await leaderboardReport(t.ctx, manager, q);
          for (const rep of reps.filter((r) => !repId || r.id === repId)) {
            const row = board.rows.find((r) => r.repId === rep.id);
            const c = want.cur.calls.filter((x) => x.rep_id === rep.id);
            expect(row).toMatchObject({
              calls: c.length,
              connects: c.filter((x) => (connectOutcomes as readonly string[]).includes(x.outcome)).length,
              interested: c.filter((x) => x.outcome === 'interested').length,
              emails: want.cur.emails.filter((x) => x.sender_id === rep.id).length,
              dealsWon: want.cur.won.filter((d) => d.owner_id === rep.id).length,
              wonCents: want.cur.won
                .filter((d) => d.owner_id === rep.id)
                .reduce((a, d) => a + Number(d.value_cents), 0),
            });
          }
          expect((await funnelReport(t.ctx, manager, q)).steps.map((s) => s.count)).toEqual(want.funnel);
          const cells = (await heatmapReport(t.ctx, manager, q)).cells.filter((c) => c.calls > 0);
          expect(new Map(cells.map((c) => [`${c.day}-${c.hour}`, c.calls]))).toEqual(want.heat);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
