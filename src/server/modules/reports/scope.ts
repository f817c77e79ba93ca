import type { Actor, AppContext } from '../../context';
import { badRequest, forbidden } from '../../errors';
import { orgDateStart, shiftOrgDate } from '../../org-time';
import { seesEverything } from '../access';
import type { Range, Scope } from './repo';

export type ReportQuery = { from: string; to: string; repId?: string; state?: string };
export type ResolvedReport = {
  scope: Scope;
  from: string;
  to: string;
  range: Range;
  /** The period of equal length just before (KPIs' change). */
  previous: Range;
  /** "As of" instants for snapshots (pipeline, coverage): the period's end, or now if sooner. */
  asOf: string;
  previousAsOf: string;
  now: string;
};

const MAX_DAYS = 366;

/**
 * The filters every report takes: organisation dates from..to inclusive (America/Chicago, decision 010), a rep
 * (reps are always themselves: 403 asking for someone else) and a lead state.
 */
export function resolveReport(ctx: AppContext, actor: Actor, q: ReportQuery): ResolvedReport {
  if (!seesEverything(actor) && q.repId && q.repId !== actor.id)
    throw forbidden('You can see only your own numbers.');
  const start = orgDateStart(q.from);
  const end = orgDateStart(shiftOrgDate(q.to, 1));
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (days < 1 || days > MAX_DAYS)
    throw badRequest('invalid_range', `Choose 1 to ${MAX_DAYS} days, with from on or before to.`);
  const prevStart = orgDateStart(shiftOrgDate(q.from, -days));
  const now = ctx.clock.now().toISOString();
  const min = (a: string, b: string) => (a < b ? a : b);
  return {
    scope: {
      repId: seesEverything(actor) ? q.repId : actor.id,
      state: q.state?.toUpperCase(),
    },
    from: q.from,
    to: q.to,
    range: { start: start.toISOString(), end: end.toISOString() },
    previous: { start: prevStart.toISOString(), end: start.toISOString() },
    asOf: min(end.toISOString(), now),
    previousAsOf: min(start.toISOString(), now),
    now,
  };
}

export const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
