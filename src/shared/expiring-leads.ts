import { z } from 'zod';

/** A rep's own lead that the claim-expiry job has warned about: untouched, it goes back to the pool at expiresAt. */
export const expiringLeadSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  expiresAt: z
    .string()
    .describe('when it returns to the pool unless its owner touches it (a call, an email, a note)'),
});
export type ExpiringLead = z.infer<typeof expiringLeadSchema>;

export const expiringLeadsSchema = z.object({ items: z.array(expiringLeadSchema) });
