import { useInfiniteQuery } from '@tanstack/react-query';
import { auditListSchema } from '../../../shared/api/workspace.schemas.ts';
import { api, apiUrl } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

const PAGE_SIZE = 50;

export function useAuditLog(workspaceId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(workspaceId),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get(`/workspaces/${encodeURIComponent(workspaceId)}/audit?${params}`, auditListSchema);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
    enabled,
  });
}

export function auditCsvUrl(workspaceId: string): string {
  return apiUrl(`/workspaces/${encodeURIComponent(workspaceId)}/audit.csv`);
}
