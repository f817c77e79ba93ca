import { z } from 'zod';

// Search-as-you-type over contacts and companies (GET /api/search, the Ctrl-K box).

const text = z.string().nullable();

export const searchQuerySchema = z.object({
  q: z.string().max(100),
  limit: z.coerce.number().int().min(1).max(25).default(8),
});

export const searchResultSchema = z.object({
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      company: text,
      phone: text,
      email: text,
      city: text,
      state: text,
      owner: text,
      restricted: z.boolean().describe('someone else’s lead: only name, company and owner'),
    }),
  ),
  companies: z.array(z.object({ id: z.string(), name: z.string(), city: text, state: text })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
