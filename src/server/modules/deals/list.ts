import type { z } from 'zod';
import type { Deal, dealListQuerySchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import type { TimelineEvent } from '../timeline';
import { presentDeal } from './presenter';
import { getStageProbabilities } from './probabilities';
import * as repo from './repo';
import { loadVisibleDeal } from './service';

/** Reps list their own deals (403 asking for another's); managers everyone's, or one owner's. */
export async function listDeals(
  ctx: AppContext,
  actor: Actor,
  q: z.output<typeof dealListQuerySchema>,
): Promise<{ items: Deal[] }> {
  if (!seesEverything(actor) && q.ownerId && q.ownerId !== actor.id)
    throw forbidden('You can see only your own deals.');
  const ownerId = seesEverything(actor) ? q.ownerId : actor.id;
  const [rows, p] = await Promise.all([
    repo.listDeals(ctx.db, { ...q, ownerId }),
    getStageProbabilities(ctx),
  ]);
  return { items: rows.map((r) => presentDeal(r, p)) };
}

/** The deal's own history (its events carry deal_id), newest first. */
export async function dealTimeline(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ items: TimelineEvent[] }> {
  await loadVisibleDeal(ctx, actor, id);
  const rows = await repo.listDealTimeline(ctx.db, id, 500);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
    })),
  };
}
