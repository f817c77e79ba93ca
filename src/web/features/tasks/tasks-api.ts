import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Task, type TaskPatch, taskSchema } from '../../../shared/tasks';
import { api } from '../../api/client';
import { callListQueryKey } from '../calls/calls-api';

export const tasksQueryKey = ['tasks'] as const;
export type TaskWhen = 'overdue' | 'today' | 'upcoming' | 'all';

const taskListSchema = z.union([
  z.object({ items: z.array(taskSchema) }).transform((r) => r.items),
  z.object({ tasks: z.array(taskSchema) }).transform((r) => r.tasks),
  z.array(taskSchema),
]);

/** Open follow-ups: mine, or (managers) `ownerId`'s, or everyone's when ownerId is empty. */
export function useTasks(
  when: TaskWhen,
  ownerId?: string | null,
  options: { refetchInterval?: number } = {},
) {
  const params = new URLSearchParams({ when, status: 'open' });
  if (ownerId) params.set('ownerId', ownerId);
  return useQuery({
    queryKey: [...tasksQueryKey, params.toString()],
    queryFn: async () => taskListSchema.parse(await api.get(`/api/tasks?${params}`)),
    refetchInterval: options.refetchInterval ?? 60_000,
  });
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: TaskPatch }) =>
      taskSchema.parse(await api.patch(`/api/tasks/${encodeURIComponent(id)}`, patch)),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: callListQueryKey });
    },
  });
}

export type { Task };
