import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type Deal,
  type DealStage,
  type dealInputSchema,
  type dealPatchSchema,
  dealSchema,
} from '../../../shared/deals';
import { api } from '../../api/client';
import { timelineEventSchema } from '../contacts/timeline-api';

export type DealInput = z.input<typeof dealInputSchema>;
export type DealPatch = z.input<typeof dealPatchSchema>;
export type DealFilters = { ownerId?: string | null; contactId?: string; q?: string };

export const dealsQueryKey = ['deals'] as const;
const dealQueryKey = (id: string) => ['deals', 'one', id] as const;

const dealListSchema = z.object({ items: z.array(dealSchema) });

function listPath(filters: DealFilters): string {
  const params = new URLSearchParams({ limit: '500' });
  if (filters.ownerId) params.set('ownerId', filters.ownerId);
  if (filters.contactId) params.set('contactId', filters.contactId);
  if (filters.q) params.set('q', filters.q);
  return `/api/deals?${params}`;
}

/** Deals the viewer may see (a rep: their own), newest first. */
export function useDeals(filters: DealFilters = {}) {
  return useQuery({
    queryKey: [...dealsQueryKey, 'list', filters],
    queryFn: async () => dealListSchema.parse(await api.get(listPath(filters))).items,
  });
}

export function useDeal(id: string) {
  return useQuery({
    queryKey: dealQueryKey(id),
    queryFn: async () => dealSchema.parse(await api.get(`/api/deals/${encodeURIComponent(id)}`)),
  });
}

const dealTimelineSchema = z.object({ items: z.array(timelineEventSchema) });

export function useDealTimeline(id: string) {
  return useQuery({
    queryKey: [...dealQueryKey(id), 'timeline'],
    queryFn: async () =>
      dealTimelineSchema.parse(await api.get(`/api/deals/${encodeURIComponent(id)}/timeline`)).items,
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
    mutationFn: async (input: DealInput) => dealSchema.parse(await api.post('/api/deals', input)),
    onSuccess: refresh,
  });
}

export function useUpdateDeal(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (patch: DealPatch) =>
      dealSchema.parse(await api.patch(`/api/deals/${encodeURIComponent(id)}`, patch)),
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
    mutationFn: async ({ deal, stage, lostReason }: StageChange) =>
      dealSchema.parse(
        await api.post(`/api/deals/${encodeURIComponent(deal.id)}/stage`, {
          stage,
          version: deal.version,
          ...(lostReason ? { lostReason } : {}),
        }),
      ),
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
