import { type Deal, type DealStage, dealStageLabels, openStages } from '../../../shared/deals';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { conflict, unprocessable } from '../../errors';
import { publishActivity } from '../../plugins/realtime-activity';
import { insertAudit } from '../audit';
import { insertTimelineEvents } from '../timeline';
import * as repo from './repo';
import { dollars, getDeal, loadVisibleDeal, staleDeal } from './service';

export type StageChange = { stage: DealStage; lostReason?: string; version: number };

const isOpen = (s: string) => (openStages as readonly string[]).includes(s);

/**
 * Moves a deal to a stage: one versioned UPDATE, a `deal.stage_changed` event {from, to} on the contact and the
 * deal (velocity and the pipeline as of a past day are computed from these), and the audit entry. Won and Lost
 * set closedAt and are final (409 `deal_closed`): the reports' history stays exact. Lost needs a reason (422).
 */
export async function changeDealStage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: StageChange,
): Promise<Deal> {
  const d = await loadVisibleDeal(ctx, actor, id);
  const reason = input.lostReason?.trim() || null;
  if (input.stage === 'lost' && !reason)
    throw unprocessable('lost_reason_required', 'Say why the deal was lost.', { path: 'lostReason' });
  if (d.version !== input.version) throw await staleDeal(ctx, id);
  if (!isOpen(d.stage))
    throw conflict('deal_closed', `This deal is already ${dealStageLabels[d.stage as DealStage]}.`);
  if (d.stage === input.stage) return getDeal(ctx, actor, id);
  const at = isoNow(ctx.clock);
  const closing = !isOpen(input.stage);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateDealIfVersion(trx, id, input.version, {
      stage: input.stage,
      lost_reason: input.stage === 'lost' ? reason : null,
      stage_changed_at: at,
      closed_at: closing ? at : null,
      updated_at: at,
    });
    if (!ok) throw await staleDeal(ctx, id, trx);
    await insertTimelineEvents(trx, [
      {
        kind: 'deal.stage_changed',
        contactId: d.contact_id,
        companyId: d.company_id,
        dealId: id,
        actorId: actor.id,
        data: {
          from: d.stage,
          to: input.stage,
          lostReason: input.stage === 'lost' ? reason : null,
          valueCents: Number(d.value_cents),
        },
        at,
      },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'deal.stage_changed',
      objectType: 'deal',
      objectId: id,
      ip: actor.ip,
      details: { from: d.stage, to: input.stage, lostReason: reason },
      at,
    });
  });
  publishActivity(ctx, actor, {
    kind: 'deal.stage_changed',
    at,
    repId: d.owner_id,
    contact: d.contact_id ? { id: d.contact_id, name: d.contact_name ?? '' } : null,
    summary: `${actor.name} moved “${d.title}” (${dollars(Number(d.value_cents))}) to ${dealStageLabels[input.stage]}`,
  });
  return getDeal(ctx, actor, id);
}
