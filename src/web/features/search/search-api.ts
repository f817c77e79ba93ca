import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ApiData, api } from '../../api/client';

export type SearchResult = ApiData<'get', '/api/search'>;
export type ContactHit = SearchResult['contacts'][number];
export type CompanyHit = SearchResult['companies'][number];

/** Search-as-you-type over contacts and companies; pass the debounced text. */
export function useSearch(q: string, limit = 8) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text, limit],
    queryFn: () => api.get('/api/search', { params: { query: { q: text, limit } } }),
    enabled: text.length > 0,
    staleTime: 15_000,
    placeholderData: keepPreviousData,
  });
}
