import { type DealStage, dealStages, defaultStageProbabilities } from '../../../shared/deals';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import { getSetting, putSettingAudited } from '../settings';

export const PROBABILITIES_KEY = 'deals.probabilities';
export type StageProbabilities = Record<DealStage, number>;

/**
 * The manager's stage probabilities (percent), defaults filling any stage not set. Won and Lost are fixed at 100
 * and 0: a setting saved before that rule may say otherwise, and would fail the API's schema (a 500).
 */
export async function getStageProbabilities(ctx: Pick<AppContext, 'db'>): Promise<StageProbabilities> {
  const saved = (await getSetting<Partial<StageProbabilities>>(ctx.db, PROBABILITIES_KEY)) ?? {};
  const p = Object.fromEntries(
    dealStages.map((s) => [s, saved[s] ?? defaultStageProbabilities[s]]),
  ) as StageProbabilities;
  return { ...p, won: 100, lost: 0 };
}

/** Managers replace them; audited with before and after. */
export async function putStageProbabilities(
  ctx: AppContext,
  actor: Actor,
  next: StageProbabilities,
): Promise<StageProbabilities> {
  if (!seesEverything(actor)) throw forbidden('Managers set the stage probabilities.');
  const before = await getStageProbabilities(ctx);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await putSettingAudited(trx, {
      actor,
      key: PROBABILITIES_KEY,
      action: 'deals.probabilities_updated',
      before,
      after: next,
      at,
    });
  });
  return getStageProbabilities(ctx);
}
