import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Deal, DealStage, dealInputSchema, dealPatchSchema } from '../../../shared/deals';
import { type ApiBody, api } from '../../api/client';

export type DealInput = z.input<typeof dealInputSchema>;
export type DealPatch = z.input<typeof dealPatchSchema>;
export type DealFilters = { ownerId?: string | null; contactId?: string; q?: string };

export const dealsQueryKey = ['deals'] as const;
const dealQueryKey = (id: string) => ['deals', 'one', id] as const;

function listQuery(filters: DealFilters) {
  return {
    limit: 500,
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.contactId ? { contactId: filters.contactId } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}

/** Deals the viewer may see (a rep: their own), newest first. */
export function useDeals(filters: DealFilters = {}) {
  return useQuery({
    queryKey: [...dealsQueryKey, 'list', filters],
    queryFn: async () => (await api.get('/api/deals', { params: { query: listQuery(filters) } })).items,
  });
}

export function useDeal(id: string) {
  return useQuery({
    queryKey: dealQueryKey(id),
    queryFn: () => api.get('/api/deals/{id}', { params: { path: { id } } }),
  });
}

export function useDealTimeline(id: string) {
  return useQuery({
    queryKey: [...dealQueryKey(id), 'timeline'],
    queryFn: async () => (await api.get('/api/deals/{id}/timeline', { params: { path: { id } } })).items,
  });
}

/** After any write the lists, the deal, the contact's timeline and the reports are stale. */
function useRefreshAfterWrite() {
  const queryClient = useQueryClient();
  return (deal: Deal) => {
    queryClient.setQueryData(dealQueryKey(deal.id), deal);
    void queryClient.invalidateQueries({ queryKey: dealsQueryKey });
    void queryClient.invalidateQueries({ queryKey: ['reports'] });
    if (deal.contact) void queryClient.invalidateQueries({ queryKey: ['contacts', deal.contact.id] });
  };
}

export function useCreateDeal() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    // The form's type allows any stage; a new deal is only ever opened in an open stage, as the route checks.
    mutationFn: (input: DealInput) =>
      api.post('/api/deals', { body: input as ApiBody<'post', '/api/deals'> }),
    onSuccess: refresh,
  });
}

export function useUpdateDeal(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (patch: DealPatch) => api.patch('/api/deals/{id}', { params: { path: { id } }, body: patch }),
    onSuccess: refresh,
  });
}

export type StageChange = { deal: Deal; stage: DealStage; lostReason?: string };

/**
 * Moves a deal to another stage. The board moves the card at once (optimistic) and puts it back if the server
 * refuses (a stale version, a missing reason).
 */
export function useChangeStage() {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ deal, stage, lostReason }: StageChange) =>
      api.post('/api/deals/{id}/stage', {
        params: { path: { id: deal.id } },
        body: { stage, version: deal.version, ...(lostReason ? { lostReason } : {}) },
      }),
    onMutate: async ({ deal, stage }) => {
      await queryClient.cancelQueries({ queryKey: dealsQueryKey });
      const lists = queryClient.getQueriesData<Deal[]>({ queryKey: [...dealsQueryKey, 'list'] });
      for (const [key, items] of lists) {
        if (!items) continue;
        queryClient.setQueryData(
          key,
          items.map((d) => (d.id === deal.id ? { ...d, stage } : d)),
        );
      }
      return { lists };
    },
    onError: (_error, _change, context) => {
      for (const [key, items] of context?.lists ?? []) queryClient.setQueryData(key, items);
    },
    onSuccess: refresh,
    onSettled: () => queryClient.invalidateQueries({ queryKey: dealsQueryKey }),
  });
}
