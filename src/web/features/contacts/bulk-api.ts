import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { contactsQueryKey } from './contacts-api';

/** The contacts a bulk action applies to: chosen ones, or every one matching the list's filter. */
/** Chosen contacts, or every one matching the filter, said explicitly (no selection is a 400). */
export type BulkTarget = { ids: string[] } | { filter: Record<string, string | string[]>; allMatching: true };

export function useBulkTags() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkTarget & { add: string[]; remove: string[] }) =>
      api.post('/api/contacts/bulk/tags', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
