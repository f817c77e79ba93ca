import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type Contact,
  type ContactInput,
  type ContactPage,
  contactSchema,
  duplicateMatchesSchema,
} from '../../../shared/contacts';
import { type ApiData, api, isApiError } from '../../api/client';

export const contactsQueryKey = ['contacts'] as const;
export const contactQueryKey = (id: string) => ['contacts', 'one', id] as const;

export type { ContactPage };

/** The list's query string as built (filters, sort, cursor, limit), sent as it is. */
const rawQuery = (query: string) => ({ querySerializer: () => query });

/** One page of the list; `query` is the API query string (filters, sort, cursor, limit). */
export function useContactList(query: string) {
  return useQuery({
    queryKey: [...contactsQueryKey, 'list', query],
    queryFn: (): Promise<ContactPage> => api.get('/api/contacts', rawQuery(query)),
    placeholderData: keepPreviousData,
  });
}

/** The exact number of matches (the list's own count stops at 10,000); asked only when `enabled`. */
export function useExactContactCount(filterQuery: string, enabled: boolean) {
  return useQuery({
    queryKey: [...contactsQueryKey, 'count', filterQuery],
    queryFn: async () => (await api.get('/api/contacts/count', rawQuery(filterQuery))).total,
    enabled,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactQueryKey(id),
    queryFn: () => api.get('/api/contacts/{id}', { params: { path: { id } } }),
  });
}

export type NewContactRequest = ContactInput & { ownerId?: string | null; allowDuplicate?: boolean };

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewContactRequest) => api.post('/api/contacts', { body: input }),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
    },
  });
}

export type ContactPatch = Partial<ContactInput> & { version: number };

/** Every edit carries the version it was based on; a stale one fails with 409 (see staleContact). */
export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: ContactPatch }) =>
      api.patch('/api/contacts/{id}', { params: { path: { id } }, body: patch }),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(contact.id) });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
    },
  });
}

export const timelineQueryKey = (id: string) => ['contacts', 'timeline', id] as const;

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.delete('/api/contacts/{id}', { params: { path: { id } } });
    },
    // Not awaited: the open contact page would refetch into "not found" before the caller navigates away.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}

export function useRestoreContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/contacts/{id}/restore', { params: { path: { id } } }),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactQueryKey(contact.id), contact);
      return queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
}

export type DuplicateMatch = ApiData<'post', '/api/contacts/duplicates'>['matches'][number];

/** Contacts that look like the one being typed; `input` is null until there is something to compare. */
export function useDuplicateCheck(input: ContactInput | null) {
  return useQuery({
    queryKey: ['contacts', 'duplicates', input],
    queryFn: async () =>
      (await api.post('/api/contacts/duplicates', { body: input as ContactInput })).matches,
    enabled: input !== null,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
}

/** The matches of a 409 possible_duplicate, or null for any other error. */
export function duplicateMatches(error: unknown): DuplicateMatch[] | null {
  if (!isApiError(error, 'possible_duplicate')) return null;
  // A 409 possible_duplicate carries the same matches in its details (typed `unknown` by the contract).
  const parsed = duplicateMatchesSchema.safeParse(error.details);
  return parsed.success ? parsed.data.matches : null;
}

export type StaleContact = { current: Contact | null; changedBy: string | null; changedAt: string | null };

/** What a 409 stale_version says: the record as stored now and who changed it; null for other errors. */
export function staleContact(error: unknown): StaleContact | null {
  if (!isApiError(error, 'stale_version')) return null;
  const parsed = z
    .object({
      current: contactSchema.nullable(),
      changedBy: z.string().nullable().optional(),
      changedAt: z.string().nullable().optional(),
    })
    .safeParse(error.details);
  if (!parsed.success) return null;
  return {
    current: parsed.data.current,
    changedBy: parsed.data.changedBy ?? null,
    changedAt: parsed.data.changedAt ?? null,
  };
}
