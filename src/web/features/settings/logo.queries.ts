import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import { type LogoMediaType, logoSummarySchema } from '../../../shared/api/workspace-logo.schemas.ts';
import { api, apiUrl } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

const path = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/logo`;

/** The image address; the change time makes a replaced logo a new address, so no cache shows the old one. */
export function logoUrl(workspaceId: string, updatedAt: string): string {
  return `${apiUrl(path(workspaceId))}?v=${encodeURIComponent(updatedAt)}`;
}

// The workspace answer carries logoUpdatedAt, so it is what changes after an upload or removal.
function useRefreshWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId), exact: true });
}

export function useUploadLogo(workspaceId: string) {
  const refresh = useRefreshWorkspace(workspaceId);
  return useMutation({
    mutationFn: (input: { mediaType: LogoMediaType; dataBase64: string }) => api.put(path(workspaceId), logoSummarySchema, input),
    onSuccess: refresh,
  });
}

export function useRemoveLogo(workspaceId: string) {
  const refresh = useRefreshWorkspace(workspaceId);
  return useMutation({
    mutationFn: () => api.delete(path(workspaceId), okSchema),
    onSuccess: refresh,
  });
}
