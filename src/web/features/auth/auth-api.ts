import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { demoProfileSchema, type Me, meSchema } from '../../../shared/users';
import { api, isApiError } from '../../api/client';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when there is no session (401 is an answer here, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    return meSchema.parse(await api.get('/api/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

const demoProfilesResponse = z.object({
  profiles: z.array(demoProfileSchema),
  // Not served yet; shown on the sign-in page when the server starts sending it.
  orgName: z.string().nullish(),
});

export function useDemoProfiles() {
  return useQuery({
    queryKey: ['auth', 'demo-profiles'],
    queryFn: async () => demoProfilesResponse.parse(await api.get('/api/auth/demo-profiles')),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export type SignInInput = { email: string; password: string };

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) =>
      z.object({ user: meSchema }).parse(await api.post('/api/auth/login', input)).user,
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
        await api.post<void>('/api/auth/logout');
      } catch (error) {
        if (!(isApiError(error) && error.status === 401)) throw error; // already signed out is fine
      }
    },
    onSuccess: () => window.location.replace('/login'),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/me/password', input),
  });
}
