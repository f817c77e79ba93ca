import { z } from 'zod';
import { type LeadRules, type LeadVisibility, leadRulesSchema } from '../../../shared/lead-rules';

export const numberFields = ['openLimit', 'dailyClaimLimit', 'expiryDays', 'noticeDays'] as const;
export type NumberField = (typeof numberFields)[number];

/** What the inputs hold: a number, or '' while a number field is empty. */
export type RulesFormValues = { [K in NumberField]: number | string } & { visibility: LeadVisibility };

/** A number input's value ('' while empty) checked against a schema, with a plain message when empty. */
export const filled = <T extends z.ZodType>(schema: T) =>
  z
    .unknown()
    .refine((v) => typeof v === 'number' && Number.isFinite(v), 'Enter a number.')
    .pipe(schema);

const shape = leadRulesSchema.shape;

/** The shared rules schema, with a plain message for an empty field and the notice-before-expiry rule. */
export const rulesFormSchema = z
  .object({
    openLimit: filled(shape.openLimit.max(100_000, 'At most 100,000.')),
    dailyClaimLimit: filled(shape.dailyClaimLimit.max(10_000, 'At most 10,000.')),
    expiryDays: filled(shape.expiryDays.max(365, 'At most 365 days.')),
    noticeDays: filled(shape.noticeDays.min(0, 'Use 0 or more.').max(30, 'At most 30 days.')),
    visibility: shape.visibility,
  })
  .refine((r) => r.noticeDays < r.expiryDays, {
    message: 'The notice must come before the lead expires.',
    path: ['noticeDays'],
  });

/** The number fields whose input differs from what is stored, as numbers: the body of a PATCH. */
export function changedNumbers<K extends string>(
  values: Record<K, number | string>,
  stored: Record<K, number>,
  keys: readonly K[],
): Partial<Record<K, number>> {
  const patch: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = Number(values[key]);
    if (value !== stored[key]) patch[key] = value;
  }
  return patch;
}

/** Only what differs from the stored rules, ready for PATCH /api/lead-rules. */
export function changedRules(values: RulesFormValues, stored: LeadRules): Partial<LeadRules> {
  const patch: Partial<LeadRules> = changedNumbers(values, stored, numberFields);
  if (values.visibility !== stored.visibility) patch.visibility = values.visibility;
  return patch;
}
