import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../shared/users';
import { api, isApiError } from '../../api/client';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when there is no session (401 is an answer here, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get('/api/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export function useDemoProfiles() {
  return useQuery({
    queryKey: ['auth', 'demo-profiles'],
    queryFn: () => api.get('/api/auth/demo-profiles'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export type SignInInput = { email: string; password: string };

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => (await api.post('/api/auth/login', { body: input })).user,
    onSuccess: (user) => {
      // Nothing read as the previous person may leak into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

/**
 * Ends the session, then loads the sign-in page afresh: a full page load drops everything this person read,
 * and nothing is left half-signed-in in between.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post('/api/auth/logout');
      } catch (error) {
        if (!(isApiError(error) && error.status === 401)) throw error; // already signed out is fine
      }
    },
    onSuccess: () => window.location.replace('/login'),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: { currentPassword: string; newPassword: string }) => {
      await api.post('/api/me/password', { body: input });
    },
  });
}
