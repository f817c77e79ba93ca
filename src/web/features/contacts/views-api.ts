import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView, SavedViewInput } from '../../../shared/contacts';
import { api } from '../../api/client';

const viewsQueryKey = ['contacts', 'views'] as const;

export function useSavedViews() {
  return useQuery({
    queryKey: viewsQueryKey,
    queryFn: async () => (await api.get('/api/contacts/views')).views,
    staleTime: 5 * 60_000,
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: Partial<SavedViewInput> }): Promise<SavedView> =>
      id
        ? api.patch('/api/contacts/views/{id}', { params: { path: { id } }, body: input })
        : api.post('/api/contacts/views', { body: input as SavedViewInput }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsQueryKey }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.delete('/api/contacts/views/{id}', { params: { path: { id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsQueryKey }),
  });
}
