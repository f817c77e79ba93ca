import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CallMetrics,
  callListSchema,
  callMetricsSchema,
  callSchema,
  type LogCallInput,
  leaseSchema,
  talkingPointsSchema,
} from '../../../shared/calls';
import { contactSchema } from '../../../shared/contacts';
import { api, apiRequest, isApiError } from '../../api/client';
import { contactQueryKey, contactsQueryKey, timelineQueryKey } from '../contacts/contacts-api';

export const callListQueryKey = ['call-list'] as const;
const contactPath = (id: string, action: string) => `/api/contacts/${encodeURIComponent(id)}/${action}`;

/** The prioritized call list: mine, or (managers) a rep's with `repId`. */
export function useCallList(repId?: string | null) {
  return useQuery({
    queryKey: [...callListQueryKey, repId ?? 'mine'],
    queryFn: async () =>
      callListSchema.parse(
        await api.get(repId ? `/api/call-list?repId=${encodeURIComponent(repId)}` : '/api/call-list'),
      ),
    refetchInterval: 60_000,
  });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, input }: { contactId: string; input: LogCallInput }) =>
      z
        .object({ call: callSchema, contact: contactSchema })
        .parse(await api.post(contactPath(contactId, 'calls'), input)),
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
    leaseSchema.parse(await api.post(contactPath(contactId, 'lease')));
    return { ok: true };
  } catch (error) {
    if (isApiError(error, 'lead_leased') || isApiError(error, 'lead_already_claimed')) {
      return { ok: false, holder: leaseHolder(error.details), message: error.message };
    }
    throw error;
  }
}

function leaseHolder(details: unknown): LeaseHolder | null {
  const person = z.object({ id: z.string(), name: z.string() });
  const shapes = z.union([
    z
      .object({ userId: z.string(), userName: z.string() })
      .transform((d) => ({ id: d.userId, name: d.userName })),
    z.object({ user: person }).transform((d) => d.user),
    z.object({ leasedBy: person }).transform((d) => d.leasedBy),
    z.object({ holder: person }).transform((d) => d.holder),
    z.object({ lease: z.object({ user: person }) }).transform((d) => d.lease.user),
  ]);
  const parsed = shapes.safeParse(details);
  return parsed.success ? parsed.data : null;
}

/** Lets the lead go; with a reason it is a skip. `keepalive` lets it finish while the page closes. */
export function releaseLease(contactId: string, reason?: string, keepalive = false): Promise<unknown> {
  if (keepalive) {
    return fetch(contactPath(contactId, 'lease'), {
      method: 'DELETE',
      keepalive: true,
      credentials: 'same-origin',
      headers: reason ? { 'content-type': 'application/json' } : {},
      body: reason ? JSON.stringify({ reason }) : undefined,
    }).catch(() => undefined);
  }
  return apiRequest('DELETE', contactPath(contactId, 'lease'), reason ? { reason } : undefined);
}

const talkingPointsKey = ['talking-points'] as const;

export function useTalkingPoints() {
  return useQuery({
    queryKey: talkingPointsKey,
    queryFn: async () => talkingPointsSchema.parse(await api.get('/api/talking-points')),
    staleTime: 5 * 60_000,
  });
}

export function useSaveTalkingPoints() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      talkingPointsSchema.parse(await api.put('/api/talking-points', { text })),
    onSuccess: (points) => queryClient.setQueryData(talkingPointsKey, points),
  });
}

/** Call figures for a period; `repId` null is the whole team (managers), undefined is me. */
export function useCallMetrics(range: { from: string; to: string }, repId?: string | null) {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  if (repId) params.set('repId', repId);
  return useQuery<CallMetrics>({
    queryKey: ['metrics', 'calls', params.toString()],
    queryFn: async () => callMetricsSchema.parse(await api.get(`/api/metrics/calls?${params}`)),
    placeholderData: (previous) => previous,
  });
}
