import type { AppContext } from '../../context';
import { getSetting } from '../settings/repo';

export type LeadRules = {
  openLimit: number;
  dailyClaimLimit: number;
  expiryDays: number;
  noticeDays: number;
};

export const defaultLeadRules: LeadRules = {
  openLimit: 300,
  dailyClaimLimit: 100,
  expiryDays: 14,
  noticeDays: 2,
};

/** Statuses after which a lead no longer counts against a rep's open-lead limit. */
export const closedStatuses = ['not_interested', 'wrong_number', 'do_not_call'] as const;

export async function getLeadRules(ctx: AppContext): Promise<LeadRules> {
  return { ...defaultLeadRules, ...((await getSetting<Partial<LeadRules>>(ctx.db, 'leads.rules')) ?? {}) };
}
