import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  type CreateWorkspaceInput,
  type DeleteWorkspaceInput,
  demoResultSchema,
  type UpdateWorkspaceInput,
  type Workspace,
  workspaceSchema,
} from '../../../shared/api/workspace.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';
import { forgetWorkspace } from '../../ui/lib/last-workspace.ts';

const path = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: () => api.get(path(workspaceId), workspaceSchema),
  });
}

/** New workspaces show up in the session's membership list, which feeds the switcher. */
function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.session });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  const refreshSession = useRefreshSession();
  return useMutation({
    mutationFn: (input: CreateWorkspaceInput) => api.post('/workspaces', workspaceSchema, input),
    onSuccess: async (workspace) => {
      queryClient.setQueryData(queryKeys.workspace(workspace.id), workspace);
      await refreshSession();
    },
  });
}

export function useUpdateWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  const refreshSession = useRefreshSession();
  return useMutation({
    mutationFn: (input: UpdateWorkspaceInput) => api.patch(path(workspaceId), workspaceSchema, input),
    onSuccess: async (workspace: Workspace) => {
      queryClient.setQueryData(queryKeys.workspace(workspaceId), workspace);
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit(workspaceId) });
      await refreshSession();
    },
  });
}

export function useLoadDemo() {
  const refreshSession = useRefreshSession();
  return useMutation({
    mutationFn: (organizationId: string) => api.post('/demo', demoResultSchema, { organizationId }),
    onSuccess: async () => {
      await refreshSession();
    },
  });
}

/**
 * Owners only. Resolves once the session has been refetched without the workspace, so the start
 * page that follows picks one of the remaining workspaces rather than the one just deleted.
 */
export function useDeleteWorkspace(workspaceId: string) {
  const refreshSession = useRefreshSession();
  return useMutation({
    mutationFn: (input: DeleteWorkspaceInput) => api.delete(path(workspaceId), okSchema, input),
    onSuccess: async () => {
      forgetWorkspace(workspaceId);
      await refreshSession();
    },
  });
}
