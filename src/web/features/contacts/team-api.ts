import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { usersQueryKey } from '../users/users-api';

/** The active people a manager can pick as an owner; reps may not list users, so they get none. */
export function useTeam() {
  const me = useCurrentUser();
  const manager = canManageUsers(me);
  const users = useQuery({
    queryKey: usersQueryKey,
    queryFn: async () => (await api.get('/api/users')).users,
    enabled: manager,
    staleTime: 5 * 60_000,
  });
  return { manager, people: (users.data ?? []).filter((u) => u.active) };
}
