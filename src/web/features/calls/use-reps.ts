import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { canManageUsers, useCurrentUser } from '../auth/current-user';

/**
 * The active reps, for a manager's rep pickers. Its own cache entry, not the Users page's: a picker on My day
 * must not make the Users page skip its own request (and miss, say, that the session has ended).
 */
export function useReps(): { id: string; name: string }[] {
  const me = useCurrentUser();
  const users = useQuery({
    queryKey: ['calls', 'reps'],
    queryFn: async () => (await api.get('/api/users')).users,
    enabled: canManageUsers(me),
    staleTime: 5 * 60_000,
  });
  return (users.data ?? [])
    .filter((u) => u.active && u.role === 'rep')
    .map((u) => ({ id: u.id, name: u.name }));
}
