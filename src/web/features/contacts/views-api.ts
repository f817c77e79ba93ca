import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type SavedView, type SavedViewInput, savedViewSchema } from '../../../shared/contacts';
import { api, apiRequest } from '../../api/client';

const viewsQueryKey = ['contacts', 'views'] as const;

export function useSavedViews() {
  return useQuery({
    queryKey: viewsQueryKey,
    queryFn: async () =>
      z.object({ views: z.array(savedViewSchema) }).parse(await api.get('/api/contacts/views')).views,
    staleTime: 5 * 60_000,
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: Partial<SavedViewInput> }): Promise<SavedView> =>
      savedViewSchema.parse(
        id
          ? await api.patch(`/api/contacts/views/${encodeURIComponent(id)}`, input)
          : await api.post('/api/contacts/views', input),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsQueryKey }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', `/api/contacts/views/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsQueryKey }),
  });
}
