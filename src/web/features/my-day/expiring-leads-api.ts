import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { contactsQueryKey } from '../contacts/contacts-api';

/** The rep's leads about to go back to the pool; under the contacts key, so a note or a claim refreshes it. */
export function useExpiringLeads() {
  return useQuery({
    queryKey: [...contactsQueryKey, 'expiring'],
    queryFn: async () => (await api.get('/api/leads/expiring')).items,
  });
}
