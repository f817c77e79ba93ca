import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../../shared/contacts';
import { type ApiData, api } from '../../api/client';
import { contactQueryKey, contactsQueryKey } from '../contacts/contacts-api';

type ConflictItem = ApiData<'get', '/api/leads/conflicts'>['items'][number];
/** Always two contacts: the document's schema has no tuples (OpenAPI 3.0), so the pair is stated here. */
export type OwnershipConflict = Omit<ConflictItem, 'contacts'> & { contacts: [Contact, Contact] };
export type ConflictFlag = ApiData<'get', '/api/contacts/{id}/conflicts'>['items'][number];

// Under the contacts key, so any contact change (edit, assign, merge, delete) refreshes conflicts too.
const conflictsKey = [...contactsQueryKey, 'conflicts'] as const;

export function useConflicts() {
  return useQuery({
    queryKey: conflictsKey,
    queryFn: async () => (await api.get('/api/leads/conflicts')).items as OwnershipConflict[],
  });
}

export function useConflictFlags(contactId: string) {
  return useQuery({
    queryKey: [...conflictsKey, contactId],
    queryFn: async () =>
      (await api.get('/api/contacts/{id}/conflicts', { params: { path: { id: contactId } } })).items,
  });
}

export function useMergeContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (m: {
      keepId: string;
      duplicateId: string;
      version: number;
      duplicateVersion: number;
    }) =>
      api.post('/api/contacts/{id}/merge', {
        params: { path: { id: m.keepId } },
        body: { duplicateId: m.duplicateId, version: m.version, duplicateVersion: m.duplicateVersion },
      }),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      return queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
}

export function useGiveBothTo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (m: { contactIds: string[]; repId: string }) => api.post('/api/leads/assign', { body: m }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
