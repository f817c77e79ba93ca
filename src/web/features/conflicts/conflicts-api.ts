import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { contactSchema } from '../../../shared/contacts';
import { api } from '../../api/client';
import { contactQueryKey, contactsQueryKey } from '../contacts/contacts-api';

const matched = z.enum(['phone', 'email']);
const conflictListSchema = z.object({
  items: z.array(
    z.object({ matchedOn: matched, value: z.string(), contacts: z.tuple([contactSchema, contactSchema]) }),
  ),
});
export type OwnershipConflict = z.infer<typeof conflictListSchema>['items'][number];

const flagsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      company: z.string().nullable(),
      owner: z.object({ id: z.string(), name: z.string() }),
      matchedOn: z.array(matched),
    }),
  ),
});
export type ConflictFlag = z.infer<typeof flagsSchema>['items'][number];

// Under the contacts key, so any contact change (edit, assign, merge, delete) refreshes conflicts too.
const conflictsKey = [...contactsQueryKey, 'conflicts'] as const;

export function useConflicts() {
  return useQuery({
    queryKey: conflictsKey,
    queryFn: async () => conflictListSchema.parse(await api.get('/api/leads/conflicts')).items,
  });
}

export function useConflictFlags(contactId: string) {
  return useQuery({
    queryKey: [...conflictsKey, contactId],
    queryFn: async () =>
      flagsSchema.parse(await api.get(`/api/contacts/${encodeURIComponent(contactId)}/conflicts`)).items,
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
      contactSchema.parse(
        await api.post(`/api/contacts/${encodeURIComponent(m.keepId)}/merge`, {
          duplicateId: m.duplicateId,
          version: m.version,
          duplicateVersion: m.duplicateVersion,
        }),
      ),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      return queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
}

export function useGiveBothTo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (m: { contactIds: string[]; repId: string }) => api.post('/api/leads/assign', m),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
