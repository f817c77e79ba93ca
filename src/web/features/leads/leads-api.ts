import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '../../api/client';
import { contactQueryKey, contactsQueryKey } from '../contacts/contacts-api';

const territoriesQueryKey = ['territories'] as const;

/** Every lead move changes lists, counts and the territory metrics. */
function useRefreshLeads() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    void queryClient.invalidateQueries({ queryKey: territoriesQueryKey });
  };
}

export function useClaimLead() {
  const refresh = useRefreshLeads();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      (await api.post('/api/contacts/{id}/claim', { params: { path: { id } } })).contact,
    onSuccess: (contact) => queryClient.setQueryData(contactQueryKey(contact.id), contact),
    // Won or lost, the lists now differ from what the rep saw.
    onSettled: refresh,
  });
}

export function useClaimNext() {
  const refresh = useRefreshLeads();
  return useMutation({
    mutationFn: async (count: number) =>
      (await api.post('/api/leads/claim-next', { body: { count } })).claimed,
    onSettled: refresh,
  });
}

export function useReleaseLead() {
  const refresh = useRefreshLeads();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      (await api.post('/api/contacts/{id}/release', { params: { path: { id } }, body: { reason } })).contact,
    onSuccess: (contact, { id }) => {
      if (contact) queryClient.setQueryData(contactQueryKey(id), contact);
      void queryClient.invalidateQueries({ queryKey: ['contacts', 'timeline', id] });
    },
    onSettled: refresh,
  });
}

/** Chosen leads, or every lead matching the list's filter, to a rep or (repId null) back to the pool. */
export type AssignRequest = (
  | { contactIds: string[] }
  | { filter: Record<string, string | string[]>; allMatching: true }
) & {
  repId: string | null;
};

export function useAssignLeads() {
  const refresh = useRefreshLeads();
  return useMutation({
    mutationFn: (input: AssignRequest) => api.post('/api/leads/assign', { body: input }),
    onSettled: refresh,
  });
}

/** What to tell a rep whose claim failed: who owns it now, or which limit stopped them. */
export function claimFailure(error: Error): { title: string; message: string } {
  if (isApiError(error, 'lead_already_claimed')) {
    const owner = z.object({ ownerName: z.string().nullable() }).safeParse(error.details);
    const name = owner.success && owner.data.ownerName ? owner.data.ownerName : 'another rep';
    return { title: `Already claimed by ${name}`, message: 'The pool has been refreshed.' };
  }
  if (isApiError(error, 'open_lead_limit'))
    return { title: 'Open-lead limit reached', message: error.message };
  if (isApiError(error, 'daily_claim_limit'))
    return { title: 'Daily claim limit reached', message: error.message };
  return { title: 'Could not claim this lead', message: error.message };
}

/** The states the signed-in rep works (the API answers a rep with their own territory only). */
export function useMyStates(repId: string) {
  return useQuery({
    queryKey: [...territoriesQueryKey, 'mine', repId],
    queryFn: async () => (await api.get('/api/territories')).find((t) => t.repId === repId)?.states ?? [],
  });
}
