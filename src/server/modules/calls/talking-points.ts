import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import { getSetting, putSettingAudited } from '../settings';

export type TalkingPoints = { text: string; updatedAt: string | null; updatedBy: string | null };
const key = 'calls.talking_points';

/** The manager's talking points shown on the lead card in the call flow. */
export async function getTalkingPoints(ctx: Pick<AppContext, 'db'>): Promise<TalkingPoints> {
  return (await getSetting<TalkingPoints>(ctx.db, key)) ?? { text: '', updatedAt: null, updatedBy: null };
}

export async function putTalkingPoints(ctx: AppContext, actor: Actor, text: string): Promise<TalkingPoints> {
  if (!seesEverything(actor)) throw forbidden('Only managers and admins edit the talking points.');
  const at = ctx.clock.now().toISOString();
  const next: TalkingPoints = { text, updatedAt: at, updatedBy: actor.name };
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getTalkingPoints({ db: trx });
    await putSettingAudited(trx, { actor, key, action: 'talking_points.updated', before, after: next, at });
  });
  return next;
}
