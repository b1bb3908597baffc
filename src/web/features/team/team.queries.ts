import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  type CreateInvitationInput,
  createdInvitationSchema,
  invitationListSchema,
  memberSchema,
  type Team,
  teamSchema,
  type UpdateMemberInput,
} from '../../../shared/api/workspace.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export function useTeam(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.team(workspaceId),
    queryFn: () => api.get(`${base(workspaceId)}/team`, teamSchema),
    // Colleagues join from their own browsers: whenever a page with member pickers opens, the list is
    // asked for again, so someone who accepted an invitation a moment ago can already be chosen.
    staleTime: 0,
  });
}

/** Team changes can touch the caller's own role, so everything derived from memberships is refreshed. */
function useRefreshTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.session }),
    ]);
  };
}

export function useUpdateMember(workspaceId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshTeam(workspaceId);
  const key = queryKeys.team(workspaceId);
  return useMutation({
    mutationFn: ({ userId, input }: { userId: string; input: UpdateMemberInput }) =>
      api.patch(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, memberSchema, input),
    // The inline selects show the new value at once; a refusal (last owner, say) puts the old one back.
    onMutate: async ({ userId, input }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Team>(key);
      if (previous) {
        queryClient.setQueryData<Team>(key, {
          ...previous,
          members: previous.members.map((member) => (member.userId === userId ? { ...member, ...input } : member)),
        });
      }
      return { previous };
    },
    onError: (_error, _variables, result) => {
      if (result?.previous) queryClient.setQueryData(key, result.previous);
    },
    onSettled: refresh,
  });
}

export function useRemoveMember(workspaceId: string) {
  const refresh = useRefreshTeam(workspaceId);
  return useMutation({
    mutationFn: (userId: string) => api.delete(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, okSchema),
    onSettled: refresh,
  });
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(workspaceId),
    queryFn: async () => (await api.get(`${base(workspaceId)}/invitations`, invitationListSchema)).invitations,
    enabled,
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) => api.post(`${base(workspaceId)}/invitations`, createdInvitationSchema, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`, okSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId) }),
  });
}
