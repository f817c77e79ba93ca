import type { LeadRules } from '../../../shared/lead-rules';
import type { Actor, AppContext } from '../../context';
import { forbidden, unprocessable } from '../../errors';
import { putSettingAudited } from '../settings/audited';
import { getSetting } from '../settings/repo';

export type { LeadRules };

export const defaultLeadRules: LeadRules = {
  openLimit: 300,
  dailyClaimLimit: 100,
  expiryDays: 14,
  noticeDays: 2,
  visibility: 'territory',
};

const settingKey = 'leads.rules';

/** Statuses after which a lead no longer counts against a rep's open-lead limit. */
export const closedStatuses = ['not_interested', 'wrong_number', 'do_not_call'] as const;

export async function getLeadRules(ctx: Pick<AppContext, 'db'>): Promise<LeadRules> {
  return { ...defaultLeadRules, ...((await getSetting<Partial<LeadRules>>(ctx.db, settingKey)) ?? {}) };
}

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
    await putSettingAudited(trx, { actor, key: settingKey, action: 'lead_rules.updated', before, after, at });
    return after;
  });
}
