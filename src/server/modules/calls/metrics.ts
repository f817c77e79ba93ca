import { type CallMetrics, type CallOutcome, callOutcomes, connectOutcomes } from '../../../shared/calls';
import type { Actor, AppContext } from '../../context';
import { badRequest, forbidden } from '../../errors';
import { orgDate, orgDateStart, shiftOrgDate } from '../../org-time';
import { seesEverything } from '../access';
import { tasksDueBetween } from '../tasks';
import { callCountsByHour, dailyCallTargets } from './call-list-repo';

/** A follow-up is kept on time when it was completed no later than its due time plus this grace. */
export const FOLLOW_UP_GRACE_MS = 15 * 60_000;
const MAX_DAYS = 366;

/**
 * A rep's numbers (or the team's, managers omitting repId) over organisation dates [from, to], both inclusive:
 * calls per day (zero-filled), outcomes, connect rate (connects ÷ calls), interested rate (interested ÷ connects),
 * talk time, and follow-ups: `followUpsDue` counts the tasks due in the range that were not cancelled;
 * `followUpsKeptOnTime` those of them completed by their due time + 15 minutes.
 */
export async function callMetrics(
  ctx: AppContext,
  actor: Actor,
  q: { repId?: string; from?: string; to?: string },
): Promise<CallMetrics> {
  if (!seesEverything(actor) && q.repId && q.repId !== actor.id)
    throw forbidden('You can see only your own numbers.');
  const repId = seesEverything(actor) ? q.repId : actor.id;
  const now = ctx.clock.now();
  const to = q.to ?? orgDate(now);
  const from = q.from ?? shiftOrgDate(to, -13);
  const start = orgDateStart(from);
  const end = orgDateStart(shiftOrgDate(to, 1));
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (days < 1 || days > MAX_DAYS)
    throw badRequest('invalid_range', `Choose 1 to ${MAX_DAYS} days, with from on or before to.`);

  const perDay = new Map<string, { date: string; calls: number; connects: number }>();
  for (let d = from; d <= to; d = shiftOrgDate(d, 1)) perDay.set(d, { date: d, calls: 0, connects: 0 });
  const outcomes = Object.fromEntries(callOutcomes.map((o) => [o, 0])) as Record<CallOutcome, number>;
  let talkTimeSec = 0;
  const rows = await callCountsByHour(ctx.db, start.toISOString(), end.toISOString(), repId);
  for (const r of rows) {
    const n = Number(r.n);
    const day = perDay.get(orgDate(new Date(`${r.hour}:00:00Z`)));
    const connect = (connectOutcomes as readonly string[]).includes(r.outcome);
    if (day) {
      day.calls += n;
      if (connect) day.connects += n;
    }
    if (r.outcome in outcomes) outcomes[r.outcome as CallOutcome] += n;
    talkTimeSec += Number(r.secs ?? 0);
  }
  const calls = Object.values(outcomes).reduce((a, b) => a + b, 0);
  const connects = connectOutcomes.reduce((a, o) => a + outcomes[o], 0);
  const tasks = await tasksDueBetween(ctx.db, start.toISOString(), end.toISOString(), repId);
  const kept = tasks.filter(
    (t) =>
      t.status === 'done' &&
      t.completed_at !== null &&
      Date.parse(t.completed_at) <= Date.parse(t.due_at) + FOLLOW_UP_GRACE_MS,
  ).length;
  const targets = (await dailyCallTargets(ctx.db, repId)).filter((t): t is number => t !== null);
  return {
    from,
    to,
    perDay: [...perDay.values()],
    outcomes,
    calls,
    connects,
    connectRate: calls ? connects / calls : null,
    interestedRate: connects ? outcomes.interested / connects : null,
    talkTimeSec,
    followUpsDue: tasks.length,
    followUpsKeptOnTime: kept,
    dailyTarget: targets.length ? targets.reduce((a, b) => a + b, 0) : null,
  };
}
