import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, http, isSessionExpired } from '../api/client';
import { meQueryKey } from '../features/auth/auth-api';

/**
 * One place for what every request shares: a 401 anywhere means the session is over, so the person is
 * forgotten and RequireAuth sends them to sign-in (and back here afterwards).
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => endSessionOn(error) }),
    mutationCache: new MutationCache({ onError: (error) => endSessionOn(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network trouble and 5xx might.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });

  // A 401 may be stale: a request sent before the person signed in again (polling, a live stream) can answer
  // after the new sign-in. Ask the server once whether this session is really over before forgetting anyone.
  let checking = false;
  function endSessionOn(error: unknown): void {
    if (checking || !isSessionExpired(error) || !client.getQueryData(meQueryKey)) return;
    checking = true;
    http
      .GET('/api/me')
      .then(({ response }) => {
        if (response.status === 401) forgetPerson();
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  }

  function forgetPerson(): void {
    if (!client.getQueryData(meQueryKey)) return;
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    client.setQueryData(meQueryKey, null);
    notifications.show({
      id: 'session-ended',
      color: 'gray',
      title: 'Your session ended',
      message: 'Sign in again to continue where you were.',
    });
  }

  return client;
}
