import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { contactsQueryKey } from './contacts-api';

/** The contacts a bulk action applies to: chosen ones, or every one matching the list's filter. */
export type BulkTarget = { ids: string[] } | { filter: Record<string, string | string[]> };

export function useBulkTags() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BulkTarget & { add: string[]; remove: string[] }) =>
      z
        .object({ updated: z.number(), skipped: z.number() })
        .parse(await api.post('/api/contacts/bulk/tags', input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
