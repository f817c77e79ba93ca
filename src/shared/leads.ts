import { z } from 'zod';
import { namedRefSchema, versionSchema } from './common';
import { allMatchingSchema, contactFilterSchema, contactSchema } from './contacts';

// Claiming, releasing and assigning leads, and the duplicates two reps own (the leads routes).

export const claimedContactSchema = z.object({ contact: contactSchema });

export const releaseLeadSchema = z.object({
  reason: z.string().trim().min(1, 'Say why you are releasing it.').max(500),
});
export const releasedContactSchema = z.object({
  contact: contactSchema.nullable().describe('null when you can no longer see it'),
});

export const claimNextSchema = z.object({ count: z.number().int().min(1).max(100) });
export const claimNextResultSchema = z.object({ claimed: z.array(z.string()) });

/** Chosen leads (contactIds) or every lead matching a filter, to a rep or to the pool (repId null). */
export const assignLeadsSchema = z.object({
  contactIds: z.array(z.string().max(64)).max(50_000).optional(),
  filter: contactFilterSchema.optional(),
  allMatching: allMatchingSchema,
  repId: z.string().max(64).nullable(),
});
export const assignLeadsResultSchema = z.object({
  assigned: z.number(),
  unchanged: z.number(),
  changedMeanwhile: z.number(),
});

export const autoAssignSchema = z.object({
  states: z.array(z.string().trim().toUpperCase().length(2)).min(1).max(51),
  dryRun: z.boolean().default(true),
});
const n = z.number();
/** The plan (dryRun) or what was done: how many leads each rep gets, weighted by spare capacity. */
export const autoAssignResultSchema = z.object({
  total: n,
  unassignable: n,
  reps: z.array(z.object({ repId: z.string(), name: z.string(), spareBefore: n, count: n })),
  assigned: n.optional(),
  changedMeanwhile: n.optional(),
});

const matchedOnSchema = z.enum(['phone', 'email']);
/** Managers: contacts owned by different reps that share a phone or an email. */
export const leadConflictListSchema = z.object({
  items: z.array(
    z.object({
      matchedOn: matchedOnSchema,
      value: z.string(),
      contacts: z.tuple([contactSchema, contactSchema]),
    }),
  ),
});
/** Other reps' contacts with this contact's phone or email (the flag on the card). */
export const contactConflictListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      company: z.string().nullable(),
      owner: namedRefSchema,
      matchedOn: z.array(matchedOnSchema),
    }),
  ),
});

/** Merge a duplicate into this contact; both versions are checked. */
export const mergeContactsSchema = z.object({
  duplicateId: z.string().min(1).max(64),
  version: versionSchema,
  duplicateVersion: versionSchema,
});
