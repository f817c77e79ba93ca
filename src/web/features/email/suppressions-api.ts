import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { suppressionSchema } from '../../../shared/email';
import { api, apiRequest } from '../../api/client';

const suppressionsQueryKey = ['suppressions'] as const;
export type Suppression = z.infer<typeof suppressionSchema>;

export function useSuppressions() {
  return useQuery({
    queryKey: suppressionsQueryKey,
    queryFn: async () =>
      z.object({ items: z.array(suppressionSchema) }).parse(await api.get('/api/suppressions')).items,
  });
}

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; note: string }) =>
      api.post('/api/suppressions', { email: input.email, note: input.note || null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
}

export function useRemoveSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      apiRequest<void>('DELETE', `/api/suppressions/${encodeURIComponent(email)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
}
