import { z } from 'zod';

/**
 * Who sees which leads (decision 009): `territory` — a rep sees their own leads and the unassigned pool of their
 * states, and finds other reps' leads in search as name, company and owner only; `own` — a rep sees only their
 * own leads (claim next still hands out pool leads of their states); `everything` — a rep sees every lead, read
 * only unless it is theirs.
 */
export const leadVisibilities = ['territory', 'own', 'everything'] as const;
export type LeadVisibility = (typeof leadVisibilities)[number];

export const leadRulesSchema = z.object({
  openLimit: z.number().int().min(1, 'At least 1.').max(100_000),
  dailyClaimLimit: z.number().int().min(1, 'At least 1.').max(10_000),
  expiryDays: z.number().int().min(1, 'At least 1 day.').max(365),
  noticeDays: z.number().int().min(0).max(30),
  visibility: z.enum(leadVisibilities),
});
export type LeadRules = z.infer<typeof leadRulesSchema>;

export const leadRulesPatchSchema = leadRulesSchema
  .partial()
  .refine((r) => r.noticeDays === undefined || r.expiryDays === undefined || r.noticeDays < r.expiryDays, {
    message: 'The notice must come before the lead expires.',
    path: ['noticeDays'],
  });
