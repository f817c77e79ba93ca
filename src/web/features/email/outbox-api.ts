import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { emailMessageSchema } from '../../../shared/email';
import { api } from '../../api/client';

export const outboxQueryKey = ['outbox'] as const;

const outboxPageSchema = z.object({
  items: z.array(emailMessageSchema),
  nextCursor: z.string().nullable().optional(),
});

/** Messages, newest first; `status` narrows to one status. Polls while something waits to go out. */
export function useOutbox(status: string | null) {
  return useQuery({
    queryKey: [...outboxQueryKey, status],
    queryFn: async () => {
      const params = new URLSearchParams({ limit: '100' });
      if (status) params.set('status', status);
      return outboxPageSchema.parse(await api.get(`/api/outbox?${params}`)).items;
    },
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.status === 'queued' || m.status === 'sending') ? 3000 : false,
  });
}
