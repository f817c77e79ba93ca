import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { contactQueryKey, contactsQueryKey, timelineQueryKey } from './contacts-api';

export const timelineEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

const timelinePageSchema = z.object({
  items: z.array(timelineEventSchema),
  nextCursor: z.string().nullable(),
});

const PAGE_SIZE = 25;

/** The contact's timeline, newest first, a page at a time; `kinds` empty means every kind. */
export function useTimeline(contactId: string, kinds: readonly string[]) {
  return useInfiniteQuery({
    queryKey: [...timelineQueryKey(contactId), kinds.join(',')],
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (kinds.length) params.set('kind', kinds.join(','));
      if (pageParam) params.set('cursor', pageParam);
      const path = `/api/contacts/${encodeURIComponent(contactId)}/timeline?${params}`;
      return timelinePageSchema.parse(await api.get(path));
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAddNote(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<void>(`/api/contacts/${encodeURIComponent(contactId)}/notes`, { body }),
    onSuccess: () => {
      // A note touches the lead: its "last activity" moves too.
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(contactId) });
      void queryClient.invalidateQueries({ queryKey: contactQueryKey(contactId) });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey, refetchType: 'none' });
    },
  });
}
