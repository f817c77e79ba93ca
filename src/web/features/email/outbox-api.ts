import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EmailMessage } from '../../../shared/email';
import { api } from '../../api/client';

export const outboxQueryKey = ['outbox'] as const;

/** Messages, newest first; `status` narrows to one status. Polls while something waits to go out. */
export function useOutbox(status: string | null) {
  return useQuery({
    queryKey: [...outboxQueryKey, status],
    queryFn: async () => {
      const query = { limit: 100, ...(status ? { status: status as EmailMessage['status'] } : {}) };
      return (await api.get('/api/outbox', { params: { query } })).items;
    },
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.status === 'queued' || m.status === 'sending') ? 3000 : false,
  });
}
