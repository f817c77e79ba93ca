import type { z } from 'zod';
import type { Db } from '../../../db/types';
import { type DealStage, openStages, type pipelineReportSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { getStageProbabilities, type StageProbabilities } from '../deals';
import { dealsChangedSince, openValueByStage, type PipelineKey, type Scope } from './repo';
import { type ReportQuery, resolveReport } from './scope';

export type OpenValue = { key: string | null; stage: DealStage; deals: number; cents: number };

/**
 * The value of the deals open at an instant by the stage each had then (and by owner or lead state): grouped in
 * SQL for deals whose stage has not changed since; those changed since read their stage then from their own
 * stage history (deals.stage_path, kept by a trigger in step with the `deal.stage_changed` events).
 */
export async function openPipelineAt(
  db: Db,
  at: string,
  scope: Scope,
  by: PipelineKey = null,
): Promise<OpenValue[]> {
  const [grouped, changed] = await Promise.all([
    openValueByStage(db, at, scope, by),
    dealsChangedSince(db, at, scope, by),
  ]);
  // The last stage entered before the instant ("stage@time;…" is in time order).
  const stageThen = (d: (typeof changed)[number]) => {
    let stage = d.stage;
    for (const step of (d.stage_path ?? '').split(';')) {
      const k = step.lastIndexOf('@');
      if (k > 0 && step.slice(k + 1) < at) stage = step.slice(0, k);
    }
    return stage;
  };
  return [
    ...grouped.map((g) => ({
      key: g.key,
      stage: g.stage as DealStage,
      deals: Number(g.n),
      cents: Number(g.cents),
    })),
    ...changed.map((d) => ({
      key: d.key,
      stage: stageThen(d) as DealStage,
      deals: 1,
      cents: Number(d.value_cents),
    })),
  ];
}

export function pipelineTotals(open: OpenValue[], p: StageProbabilities) {
  let cents = 0;
  let weighted = 0;
  for (const d of open) {
    cents += d.cents;
    weighted += d.cents * (p[d.stage] ?? 0);
  }
  return { openCents: cents, weightedCents: Math.round(weighted / 100) };
}

/** The pipeline report: open deals by stage as of the period's end (or now), with the weighted value. */
export async function pipelineReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<z.infer<typeof pipelineReportSchema>> {
  const { asOf, scope } = resolveReport(ctx, actor, q);
  const [open, p] = await Promise.all([openPipelineAt(ctx.db, asOf, scope), getStageProbabilities(ctx)]);
  return {
    rows: openStages.map((stage) => {
      const inStage = open.filter((o) => o.stage === stage);
      const cents = inStage.reduce((a, o) => a + o.cents, 0);
      return {
        stage,
        deals: inStage.reduce((a, o) => a + o.deals, 0),
        cents,
        weightedCents: Math.round((cents * (p[stage] ?? 0)) / 100),
      };
    }),
  };
}
