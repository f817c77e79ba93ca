import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiData, api } from '../../api/client';
import { contactQueryKey, contactsQueryKey, timelineQueryKey } from './contacts-api';

export type TimelineEvent = ApiData<'get', '/api/contacts/{id}/timeline'>['items'][number];

const PAGE_SIZE = 25;

/** The contact's timeline, newest first, a page at a time; `kinds` empty means every kind. */
export function useTimeline(contactId: string, kinds: readonly string[]) {
  return useInfiniteQuery({
    queryKey: [...timelineQueryKey(contactId), kinds.join(',')],
    queryFn: async ({ pageParam }) => {
      const query = {
        limit: PAGE_SIZE,
        ...(kinds.length ? { kind: kinds.join(',') } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      };
      return api.get('/api/contacts/{id}/timeline', { params: { path: { id: contactId }, query } });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAddNote(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) => {
      await api.post('/api/contacts/{id}/notes', { params: { path: { id: contactId } }, body: { body } });
    },
    onSuccess: () => {
      // A note touches the lead: its "last activity" moves too.
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(contactId) });
      void queryClient.invalidateQueries({ queryKey: contactQueryKey(contactId) });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey, refetchType: 'none' });
    },
  });
}
