import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallListItem } from '../../../shared/calls';
import { type ApiData, api } from '../../api/client';
import { contactQueryKey, timelineQueryKey } from '../contacts/contacts-api';
import { callListQueryKey, useCallList } from './calls-api';

export const RECENT_EVENTS = 6;

/**
 * The leads of one calling session, in the list's order, snapshotted when the session starts so the list
 * does not jump under the rep. At the end it looks at the list again for what came due meanwhile.
 */
export function useCallQueue(startId: string | undefined) {
  const list = useCallList();
  const queryClient = useQueryClient();
  const [queue, setQueue] = useState<CallListItem[] | null>(null);
  const [index, setIndex] = useState(0);
  const worked = useRef(new Set<string>());
  const [refilling, setRefilling] = useState(false);

  useEffect(() => {
    if (queue || !list.data) return;
    const items = list.data.items.filter((i) => !i.leasedBy);
    if (startId) {
      const at = items.findIndex((i) => i.contactId === startId);
      const start = at >= 0 ? items.splice(at, 1)[0]! : stubItem(startId);
      items.unshift(start);
    }
    setQueue(items);
  }, [list.data, queue, startId]);

  const current = queue?.[index] ?? null;

  // The next two leads' cards and activity are fetched ahead, so Save & next shows them at once.
  useEffect(() => {
    if (!queue) return;
    for (const item of queue.slice(index, index + 3)) prefetchLead(queryClient, item.contactId);
  }, [queue, index, queryClient]);

  const advance = useCallback(async () => {
    if (!queue) return;
    const here = queue[index];
    if (here) worked.current.add(here.contactId);
    if (index + 1 < queue.length) {
      setIndex(index + 1);
      return;
    }
    setRefilling(true);
    setIndex(index + 1);
    try {
      await queryClient.invalidateQueries({ queryKey: callListQueryKey });
      const fresh = queryClient.getQueryData<{ items: CallListItem[] }>([...callListQueryKey, 'mine']);
      const more = (fresh?.items ?? []).filter((i) => !i.leasedBy && !worked.current.has(i.contactId));
      if (more.length) setQueue([...queue, ...more]);
    } finally {
      setRefilling(false);
    }
  }, [queue, index, queryClient]);

  /** Puts a lead back on screen (its save failed), ahead of the one showing now. */
  const reopen = useCallback(
    (item: CallListItem) => {
      worked.current.delete(item.contactId);
      setQueue((q) => {
        const rest = (q ?? []).filter((i, at) => at < index || i.contactId !== item.contactId);
        return [...rest.slice(0, index), item, ...rest.slice(index)];
      });
    },
    [index],
  );

  /** Looks for leads that came due after the list ran out ("Check again"). */
  const checkAgain = useCallback(() => {
    worked.current.clear();
    setIndex(queue?.length ?? 0);
    void advance();
  }, [advance, queue]);

  return {
    loading: !queue,
    error: list.error,
    current,
    next: queue?.[index + 1] ?? null,
    position: index + 1,
    total: queue?.length ?? 0,
    workedCount: worked.current.size,
    refilling,
    advance,
    checkAgain,
    reopen,
  };
}

function prefetchLead(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  void queryClient.prefetchQuery({
    queryKey: contactQueryKey(id),
    queryFn: () => api.get('/api/contacts/{id}', { params: { path: { id } } }),
    staleTime: 30_000,
  });
  void queryClient.prefetchQuery({
    queryKey: recentActivityKey(id),
    queryFn: () => fetchRecentActivity(id),
    staleTime: 30_000,
  });
}

export type RecentEvent = ApiData<'get', '/api/contacts/{id}/timeline'>['items'][number];

export const recentActivityKey = (id: string) => [...timelineQueryKey(id), 'recent'] as const;

export async function fetchRecentActivity(id: string): Promise<RecentEvent[]> {
  const query = { limit: RECENT_EVENTS };
  return (await api.get('/api/contacts/{id}/timeline', { params: { path: { id }, query } })).items;
}

/** A lead opened by address that is not on today's list (from its contact page, say). */
function stubItem(contactId: string): CallListItem {
  return {
    contactId,
    name: '',
    company: null,
    title: null,
    phone: null,
    phoneE164: null,
    state: null,
    timeZone: null,
    localTime: null,
    group: 'new',
    reason: 'Opened from its contact page',
    status: 'not_called',
    attempts: 0,
    lastCallAt: null,
    dueAt: null,
    opensAt: null,
    leasedBy: null,
  };
}
