import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskPatch } from '../../../shared/tasks';
import { api } from '../../api/client';
import { callListQueryKey } from '../calls/calls-api';

export const tasksQueryKey = ['tasks'] as const;
export type TaskWhen = 'overdue' | 'today' | 'upcoming' | 'all';

/** Open follow-ups: mine, or (managers) `ownerId`'s, or everyone's when ownerId is empty. */
export function useTasks(
  when: TaskWhen,
  ownerId?: string | null,
  options: { refetchInterval?: number } = {},
) {
  const params = new URLSearchParams({ when, status: 'open' });
  if (ownerId) params.set('ownerId', ownerId);
  const query = { when, status: 'open' as const, ...(ownerId ? { ownerId } : {}) };
  return useQuery({
    queryKey: [...tasksQueryKey, params.toString()],
    queryFn: async () => (await api.get('/api/tasks', { params: { query } })).items,
    refetchInterval: options.refetchInterval ?? 60_000,
  });
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskPatch }) =>
      api.patch('/api/tasks/{id}', { params: { path: { id } }, body: patch }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: callListQueryKey });
    },
  });
}

export type { Task };
