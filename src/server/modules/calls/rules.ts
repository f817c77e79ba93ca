import type { CallRules } from '../../../shared/calls';
import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import { getSetting, putSettingAudited } from '../settings';

export type { CallRules };

export const defaultCallRules: CallRules = { retryCoolDownHours: 24, maxAttempts: 6 };
const settingKey = 'calls.rules';

/** When a lead comes back after No Answer / Left Voicemail, and how often (the `calls.rules` setting). */
export async function getCallRules(ctx: Pick<AppContext, 'db'>): Promise<CallRules> {
  return { ...defaultCallRules, ...((await getSetting<Partial<CallRules>>(ctx.db, settingKey)) ?? {}) };
}

/** Managers change the retry rules; audited with before → after; the next call list uses them. */
export async function updateCallRules(
  ctx: AppContext,
  actor: Actor,
  patch: Partial<CallRules>,
): Promise<CallRules> {
  if (!seesEverything(actor)) throw forbidden('Only managers and admins change the call list rules.');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getCallRules({ db: trx });
    const after = { ...before, ...patch };
    const at = ctx.clock.now().toISOString();
    await putSettingAudited(trx, { actor, key: settingKey, action: 'call_rules.updated', before, after, at });
    return after;
  });
}
