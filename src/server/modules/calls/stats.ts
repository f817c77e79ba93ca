import { connectOutcomes } from '../../../shared/calls';
import type { AppContext } from '../../context';
import { startOfOrgDay, startOfOrgWeek } from '../../org-time';
import { callCountsByHour, dailyCallTargets } from './call-list-repo';

const isConnect = (o: string) => (connectOutcomes as readonly string[]).includes(o);
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

type Counts = { calls: number; connects: number; interested: number };

function tally(rows: { hour: string; outcome: string; n: number | string }[], sinceHour: string): Counts {
  const c: Counts = { calls: 0, connects: 0, interested: 0 };
  for (const r of rows) {
    if (r.hour < sinceHour) continue;
    const n = Number(r.n);
    c.calls += n;
    if (isConnect(r.outcome)) c.connects += n;
    if (r.outcome === 'interested') c.interested += n;
  }
  return c;
}

/** The top of My day: today's calls against the target, connects, interested, conversion today and this week. */
export async function callListStats(ctx: AppContext, repId: string) {
  const now = ctx.clock.now();
  const day = startOfOrgDay(now).toISOString();
  const week = startOfOrgWeek(now).toISOString();
  const from = day < week ? day : week;
  const rows = await callCountsByHour(ctx.db, from, new Date(now.getTime() + 1).toISOString(), repId);
  // US zones are whole hours from UTC, so an org day starts on a UTC hour: hour buckets split exactly.
  const today = tally(rows, day.slice(0, 13));
  const thisWeek = tally(rows, week.slice(0, 13));
  const [target] = await dailyCallTargets(ctx.db, repId);
  return {
    callsToday: today.calls,
    dailyTarget: target ?? null,
    connectsToday: today.connects,
    interestedToday: today.interested,
    conversionToday: ratio(today.interested, today.connects),
    conversionWeek: ratio(thisWeek.interested, thisWeek.connects),
  };
}
