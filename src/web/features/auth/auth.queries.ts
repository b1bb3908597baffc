import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type LoginInput, type SetupInput, sessionSchema } from '../../../shared/api/auth.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';
import { useAdoptSession } from '../../ui/session/session.queries.ts';

export function useSetup() {
  const queryClient = useQueryClient();
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post('/setup', sessionSchema, input),
    onSuccess: (session) => {
      adopt(session);
      queryClient.setQueryData(queryKeys.setupStatus, { needsSetup: false });
    },
  });
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post('/auth/login', sessionSchema, input),
    onSuccess: adopt,
  });
}
