import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const n = z.string().nullable();
const searchResultSchema = z.object({
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      company: n,
      phone: n,
      email: n,
      city: n,
      state: n,
      owner: n,
      restricted: z.boolean(),
    }),
  ),
  companies: z.array(z.object({ id: z.string(), name: z.string(), city: n, state: n })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export type ContactHit = SearchResult['contacts'][number];
export type CompanyHit = SearchResult['companies'][number];

/** Search-as-you-type over contacts and companies; pass the debounced text. */
export function useSearch(q: string, limit = 8) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text, limit],
    queryFn: async () =>
      searchResultSchema.parse(
        await api.get(`/api/search?${new URLSearchParams({ q: text, limit: String(limit) })}`),
      ),
    enabled: text.length > 0,
    staleTime: 15_000,
    placeholderData: keepPreviousData,
  });
}
