import type { LeadRules } from '../../../shared/lead-rules';
import type { AppContext } from '../../context';
import { getSetting } from '../settings';

export type { LeadRules };

// The organisation's lead rules are read here, below the modules that enforce them: visibility decides who sees a
// lead (visibility.ts), the limits decide who may claim one (leads), and the call list and call logging read both.
// Changing them is the leads module's job (leads/rules.ts).

export const defaultLeadRules: LeadRules = {
  openLimit: 300,
  dailyClaimLimit: 100,
  expiryDays: 14,
  noticeDays: 2,
  visibility: 'territory',
};

export const leadRulesKey = 'leads.rules';

/** Statuses after which a lead no longer counts against a rep's open-lead limit. */
export const closedStatuses = ['not_interested', 'wrong_number', 'do_not_call'] as const;

export async function getLeadRules(ctx: Pick<AppContext, 'db'>): Promise<LeadRules> {
  return { ...defaultLeadRules, ...((await getSetting<Partial<LeadRules>>(ctx.db, leadRulesKey)) ?? {}) };
}
