import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DealStage } from '../../../shared/deals';
import { api } from '../../api/client';

export type StageProbabilities = Record<DealStage, number>;
const key = ['deals', 'probabilities'] as const;

/**
 * The win chance per stage, percent (setting `deals.probabilities`); everyone reads them. Read afresh each time
 * they are shown (`enabled`): a manager may have just changed them.
 */
export function useStageProbabilities(enabled = true) {
  return useQuery({
    queryKey: key,
    queryFn: () => api.get('/api/deals/probabilities'),
    enabled,
    staleTime: 0,
  });
}

/** Managers replace them; every deal's probability and the weighted numbers change with them. */
export function useSaveStageProbabilities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (next: StageProbabilities) => api.put('/api/deals/probabilities', { body: next }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}
