import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AcceptInvitationInput,
  acceptedInvitationSchema,
  invitationPreviewSchema,
} from '../../../shared/api/workspace.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`;

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: () => api.get(path(token), invitationPreviewSchema),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => api.post(`${path(token)}/accept`, acceptedInvitationSchema, input),
    // Accepting may have created the account and signed in, and always adds a membership.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  });
}
