import type { z } from 'zod';
import type { kpisSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { getStageProbabilities } from '../deals';
import { rolledCoverage } from './coverage';
import { openPipelineAt, pipelineTotals } from './pipeline';
import { dealsWonByOwner, type Range, type Scope } from './repo';
import { callTotals, emailTotals } from './rollups';
import { type ReportQuery, ratio, resolveReport } from './scope';

type Kpis = z.infer<typeof kpisSchema>;

async function periodNumbers(ctx: AppContext, range: Range, asOf: string, scope: Scope) {
  const [calls, emails, won, open, coverage, p] = await Promise.all([
    callTotals(ctx.db, range, scope, null),
    emailTotals(ctx.db, range, scope),
    dealsWonByOwner(ctx.db, range, scope),
    openPipelineAt(ctx.db, asOf, scope),
    rolledCoverage(ctx.db, asOf, scope, null),
    getStageProbabilities(ctx),
  ]);
  const { calls: n = 0, connects = 0, interested = 0 } = calls[0] ?? {};
  const sent = emails.reduce((a, r) => a + r.sent, 0);
  const replied = emails.reduce((a, r) => a + r.replied, 0);
  const pipeline = pipelineTotals(open, p);
  const leads = Number(coverage[0]?.leads ?? 0);
  const worked = Number(coverage[0]?.worked ?? 0);
  return {
    callsToday: n,
    conversionRate: ratio(interested, connects),
    pipelineValueCents: pipeline.openCents,
    weightedPipelineCents: pipeline.weightedCents,
    emailResponseRate: ratio(replied, sent),
    territoryCoverage: ratio(worked, leads),
    dealsWon: won.reduce((a, r) => a + Number(r.n), 0),
    dealsWonCents: won.reduce((a, r) => a + Number(r.cents), 0),
  };
}

/** The dashboard's cards over the period, each beside the same number for the period of equal length before. */
export async function kpisReport(ctx: AppContext, actor: Actor, q: ReportQuery): Promise<Kpis> {
  const r = resolveReport(ctx, actor, q);
  const [now, before] = await Promise.all([
    periodNumbers(ctx, r.range, r.asOf, r.scope),
    periodNumbers(ctx, r.previous, r.previousAsOf, r.scope),
  ]);
  const out = {} as Kpis;
  for (const k of Object.keys(now) as (keyof Kpis)[]) out[k] = { value: now[k], previous: before[k] };
  return out;
}
