import type { Db } from '../../../db/types';
import type { DealStage } from '../../../shared/deals';
import type { StageProbabilities } from '../deals/probabilities';
import { dealsOpenAt, type Scope, stageEventsBefore } from './repo';

export type OpenDeal = {
  id: string;
  ownerId: string;
  state: string | null;
  valueCents: number;
  stage: DealStage;
};

/**
 * The deals open at an instant with the stage each had then: the current stage when it last changed before that
 * instant, else the last `deal.created`/`deal.stage_changed` event before it (one indexed read of those deals only).
 */
export async function openPipelineAt(db: Db, at: string, scope: Scope): Promise<OpenDeal[]> {
  const rows = await dealsOpenAt(db, at, scope);
  const changedSince = rows.filter((r) => r.stage_changed_at >= at).map((r) => r.id);
  const stageThen = new Map<string, { at: string; id: string; stage: string }>();
  for (const e of await stageEventsBefore(db, changedSince, at)) {
    const data = JSON.parse(e.data ?? '{}') as { stage?: string; to?: string };
    const stage = e.kind === 'deal.created' ? data.stage : data.to;
    const seen = e.deal_id ? stageThen.get(e.deal_id) : undefined;
    if (!e.deal_id || !stage) continue;
    if (!seen || e.occurred_at > seen.at || (e.occurred_at === seen.at && e.id > seen.id))
      stageThen.set(e.deal_id, { at: e.occurred_at, id: e.id, stage });
  }
  return rows.map((r) => ({
    id: r.id,
    ownerId: r.owner_id,
    state: r.state,
    valueCents: Number(r.value_cents),
    stage: (r.stage_changed_at >= at ? (stageThen.get(r.id)?.stage ?? r.stage) : r.stage) as DealStage,
  }));
}

export function pipelineTotals(deals: OpenDeal[], p: StageProbabilities) {
  let open = 0;
  let weighted = 0;
  for (const d of deals) {
    open += d.valueCents;
    weighted += d.valueCents * (p[d.stage] ?? 0);
  }
  return { openCents: open, weightedCents: Math.round(weighted / 100) };
}
