import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

function handleError(client: QueryClient, error: unknown): void {
  // A 401 anywhere means the session ended (expired, signed out in another tab): the guards then send the user to sign in.
  if (!(error instanceof ApiError)) return;
  if (error.status === 401) client.setQueryData(queryKeys.session, null);
  // A stale CSRF token (the session was renewed in another tab) heals by fetching the session again.
  if (error.code === 'csrf_failed') void client.invalidateQueries({ queryKey: queryKeys.session });
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => handleError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors will not change on retry; only network hiccups and 5xx deserve another go.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
