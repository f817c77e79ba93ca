import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { suppressionSchema } from '../../../shared/email';
import { api } from '../../api/client';

const suppressionsQueryKey = ['suppressions'] as const;
export type Suppression = z.infer<typeof suppressionSchema>;

export function useSuppressions() {
  return useQuery({
    queryKey: suppressionsQueryKey,
    queryFn: async () => (await api.get('/api/suppressions')).items,
  });
}

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; note: string }) =>
      api.post('/api/suppressions', { body: { email: input.email, note: input.note || null } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
}

export function useRemoveSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => {
      await api.delete('/api/suppressions/{email}', { params: { path: { email } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
}
