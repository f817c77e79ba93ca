import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type CreateUserInput, type UpdateUserInput, type User, userSchema } from '../../../shared/users';
import { api, isApiError } from '../../api/client';

export const usersQueryKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: async () => (await api.get('/api/users')).users,
    // Other screens keep the team list for pickers; the Users page itself always asks again, so it shows who
    // changed meanwhile and notices a session that has ended.
    refetchOnMount: 'always',
  });
}

function useReplaceCachedUser() {
  const queryClient = useQueryClient();
  return (user: User) =>
    queryClient.setQueryData<User[]>(usersQueryKey, (list) => {
      if (!list) return list;
      return list.some((u) => u.id === user.id)
        ? list.map((u) => (u.id === user.id ? user : u))
        : [...list, user];
    });
}

/** Form values as typed (strings); the server trims and turns an empty phone into null. */
export type CreateUserRequest = Omit<CreateUserInput, 'phone'> & { phone: string };

export function useCreateUser() {
  const replaceCachedUser = useReplaceCachedUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserRequest) => api.post('/api/users', { body: input }),
    onSuccess: (user) => {
      replaceCachedUser(user);
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
  });
}

export type UpdateUserRequest = { id: string; patch: Omit<UpdateUserInput, 'phone'> & { phone?: string } };

/** Every edit carries the version it was based on; a stale one fails with the current record (see staleUser). */
export function useUpdateUser() {
  const replaceCachedUser = useReplaceCachedUser();
  return useMutation({
    mutationFn: async ({ id, patch }: UpdateUserRequest) =>
      api.patch('/api/users/{id}', { params: { path: { id } }, body: patch }),
    onSuccess: replaceCachedUser,
    onError: (error) => {
      const current = staleUser(error);
      if (current) replaceCachedUser(current);
    },
  });
}

/** The fresh record from a 409 stale_version, or null for any other error. */
export function staleUser(error: unknown): User | null {
  if (!isApiError(error, 'stale_version')) return null;
  const parsed = z.object({ current: userSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}
