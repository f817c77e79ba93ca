import type { Actor, AppContext } from '../../context';
import { forbidden, unprocessable } from '../../errors';
import { getLeadRules, type LeadRules, leadRulesKey } from '../access';
import { putSettingAudited } from '../settings';

/** Managers change the organisation's lead rules; audited with before → after. */
export async function updateLeadRules(
  ctx: AppContext,
  actor: Actor,
  patch: Partial<LeadRules>,
): Promise<LeadRules> {
  if (actor.role === 'rep') throw forbidden('Only managers and admins change the lead rules.');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getLeadRules({ db: trx });
    const after = { ...before, ...patch };
    if (after.noticeDays >= after.expiryDays)
      throw unprocessable('notice_after_expiry', 'The expiry notice must come before the lead expires.');
    const at = ctx.clock.now().toISOString();
    await putSettingAudited(trx, {
      actor,
      key: leadRulesKey,
      action: 'lead_rules.updated',
      before,
      after,
      at,
    });
    return after;
  });
}
