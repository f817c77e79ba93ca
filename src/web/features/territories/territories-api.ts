import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TerritoryMetrics } from '../../../shared/territories';
import { type ApiData, api } from '../../api/client';
import { contactsQueryKey } from '../contacts/contacts-api';

export const territoriesQueryKey = ['territories'] as const;
const metricsQueryKey = [...territoriesQueryKey, 'metrics'] as const;

export type { TerritoryMetrics };
export type StateMetrics = TerritoryMetrics['states'][number];
export type RepMetrics = TerritoryMetrics['reps'][number];

/** Per state and per rep (managers); every active rep is listed with the states they work. */
export function useTerritoryMetrics() {
  return useQuery({
    queryKey: metricsQueryKey,
    queryFn: (): Promise<TerritoryMetrics> => api.get('/api/territories/metrics'),
  });
}

export type TerritoryChange = { repId: string; states: string[] };

/**
 * Saves new state lists for the reps a map click changed, one PUT each. The map shows the change at once;
 * on any failure it goes back to what it was and then to what the server holds (some PUTs may have landed).
 */
export function useSetTerritories() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: TerritoryChange[]) =>
      Promise.all(
        changes.map((c) =>
          api.put('/api/territories/{repId}', {
            params: { path: { repId: c.repId } },
            body: { states: c.states },
          }),
        ),
      ),
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey: metricsQueryKey });
      const before = queryClient.getQueryData<TerritoryMetrics>(metricsQueryKey);
      if (before) {
        const next = new Map(changes.map((c) => [c.repId, c.states]));
        queryClient.setQueryData<TerritoryMetrics>(metricsQueryKey, {
          ...before,
          reps: before.reps.map((r) => ({ ...r, states: next.get(r.repId) ?? r.states })),
        });
      }
      return { before };
    },
    onError: (_error, _changes, context) => {
      if (context?.before) queryClient.setQueryData(metricsQueryKey, context.before);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: territoriesQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
}

export type AutoAssignPlan = ApiData<'post', '/api/leads/auto-assign'>;

/** dryRun: the plan only; otherwise the leads are handed out and the metrics refresh. */
export function useAutoAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { states: string[]; dryRun: boolean }) =>
      api.post('/api/leads/auto-assign', { body: input }),
    onSuccess: (_plan, input) => {
      if (input.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: territoriesQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
}
