import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallMetrics, LogCallInput } from '../../../shared/calls';
import { api, http, isApiError } from '../../api/client';
import { contactQueryKey, contactsQueryKey, timelineQueryKey } from '../contacts/contacts-api';

export const callListQueryKey = ['call-list'] as const;
const byContact = (id: string) => ({ params: { path: { id } } });

/** The prioritized call list: mine, or (managers) a rep's with `repId`. */
export function useCallList(repId?: string | null) {
  return useQuery({
    queryKey: [...callListQueryKey, repId ?? 'mine'],
    queryFn: () => api.get('/api/call-list', { params: { query: repId ? { repId } : {} } }),
    refetchInterval: 60_000,
  });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, input }: { contactId: string; input: LogCallInput }) =>
      api.post('/api/contacts/{id}/calls', { ...byContact(contactId), body: input }),
    onSuccess: ({ contact }) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(contact.id), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: callListQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['metrics'], refetchType: 'none' });
    },
  });
}

export type LeaseHolder = { id: string; name: string };

/** Takes the lead for the call flow; `holder` is who has it when someone else does (409 lead_leased). */
export async function takeLease(
  contactId: string,
): Promise<{ ok: true } | { ok: false; holder: LeaseHolder | null; message: string }> {
  try {
    await api.post('/api/contacts/{id}/lease', byContact(contactId));
    return { ok: true };
  } catch (error) {
    if (isApiError(error, 'lead_leased') || isApiError(error, 'lead_already_claimed')) {
      return { ok: false, holder: leaseHolder(error.details), message: error.message };
    }
    throw error;
  }
}

/** A 409 lead_leased names who has the lead open (`userId`, `userName`; src/server/modules/calls/log-call.ts). */
function leaseHolder(details: unknown): LeaseHolder | null {
  const parsed = z.object({ userId: z.string(), userName: z.string() }).safeParse(details);
  return parsed.success ? { id: parsed.data.userId, name: parsed.data.userName } : null;
}

/** Lets the lead go; with a reason it is a skip. `keepalive` lets it finish while the page closes. */
export function releaseLease(contactId: string, reason?: string, keepalive = false): Promise<unknown> {
  if (keepalive) {
    return http
      .DELETE('/api/contacts/{id}/lease', { ...release(contactId, reason), keepalive })
      .catch(() => undefined);
  }
  return api.delete('/api/contacts/{id}/lease', release(contactId, reason));
}

/** Without a reason the request has no body at all (a plain release), not a JSON null. */
function release(contactId: string, reason: string | undefined) {
  return { ...byContact(contactId), body: (reason ? { reason } : undefined) as { reason: string } | null };
}

const talkingPointsKey = ['talking-points'] as const;

export function useTalkingPoints() {
  return useQuery({
    queryKey: talkingPointsKey,
    queryFn: () => api.get('/api/talking-points'),
    staleTime: 5 * 60_000,
  });
}

export function useSaveTalkingPoints() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put('/api/talking-points', { body: { text } }),
    onSuccess: (points) => queryClient.setQueryData(talkingPointsKey, points),
  });
}

/** Call figures for a period; `repId` null is the whole team (managers), undefined is me. */
export function useCallMetrics(range: { from: string; to: string }, repId?: string | null) {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  if (repId) params.set('repId', repId);
  const query = { from: range.from, to: range.to, ...(repId ? { repId } : {}) };
  return useQuery<CallMetrics>({
    queryKey: ['metrics', 'calls', params.toString()],
    // The document states `outcomes` as a record without its keys; CallMetrics (src/shared) names them.
    queryFn: async () => (await api.get('/api/metrics/calls', { params: { query } })) as CallMetrics,
    placeholderData: (previous) => previous,
  });
}
