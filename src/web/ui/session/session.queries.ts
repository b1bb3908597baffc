import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  okSchema,
  type Session,
  sessionSchema,
  setupStatusSchema,
  type UpdateProfileInput,
  userSchema,
} from '../../../shared/api/auth.schemas.ts';
import { ApiError, api, setCsrfToken } from '../api/api-client.ts';
import { queryKeys } from '../api/query-keys.ts';

// The session is read by the gates, the header and the formatters, so it lives with the shared
// building blocks; the sign-in and setup forms that create one live in features/auth.

export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => api.get('/setup/status', setupStatusSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in session, or null when nobody is signed in (a 401 is an answer here, not a failure). */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api.get('/session', sessionSchema);
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Puts a session the server just issued (setup, sign-in) in place without another round trip. */
export function useAdoptSession() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(queryKeys.session, session);
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', okSchema),
    // Signing out must never leave another user's data in the cache, even if the request failed.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ queryKey: ['workspace'] });
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}

/** Used by the profile page and by the language switcher, which saves the choice for signed-in users. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => api.patch('/me', userSchema, input),
    onSuccess: (user) => {
      queryClient.setQueryData<Session | null>(queryKeys.session, (session) => (session ? { ...session, user } : session));
    },
  });
}
