import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ImportStrategyInput,
  strategyDiffSchema,
  strategyStateSchema,
  versionListSchema,
  versionSchema,
  versionSummarySchema,
} from '../../../shared/api/strategy.schemas.ts';
import { api, apiUrl } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';
import { useStrategyCache } from './strategy.queries.ts';

/** A published version number, or the draft. */
export type VersionRef = number | 'current';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/strategy`;

// Apart from the strategy key, so a section save (which rewrites that key) does not refetch the version list.
const keys = {
  versions: (workspaceId: string) => ['workspace', workspaceId, 'strategy-versions'] as const,
  version: (workspaceId: string, number: number) => ['workspace', workspaceId, 'strategy-versions', number] as const,
  diffs: (workspaceId: string) => ['workspace', workspaceId, 'strategy-diff'] as const,
};

export function useVersions(workspaceId: string) {
  return useQuery({ queryKey: keys.versions(workspaceId), queryFn: () => api.get(`${base(workspaceId)}/versions`, versionListSchema) });
}

function versionQuery(workspaceId: string, number: number) {
  return {
    queryKey: keys.version(workspaceId, number),
    queryFn: () => api.get(`${base(workspaceId)}/versions/${number}`, versionSchema),
    // A published version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  };
}

/** One version with its document; nothing is fetched for the draft, which useStrategy already holds. */
export function useVersion(workspaceId: string, ref: VersionRef) {
  const number = ref === 'current' ? 0 : ref;
  return useQuery({ ...versionQuery(workspaceId, number), enabled: ref !== 'current' });
}

export function useFetchVersion(workspaceId: string) {
  const queryClient = useQueryClient();
  return (number: number) => queryClient.fetchQuery(versionQuery(workspaceId, number));
}

export function useDiff(workspaceId: string, from: VersionRef, to: VersionRef) {
  return useQuery({
    queryKey: [...keys.diffs(workspaceId), from, to],
    queryFn: () => api.get(`${base(workspaceId)}/diff?from=${from}&to=${to}`, strategyDiffSchema),
  });
}

/**
 * Asking to compare with the draft means the draft as it is now: a colleague may have saved since
 * this page loaded it, and an unchanged pair of refs would otherwise keep showing the cached diff.
 */
export function useRefreshComparison(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.diffs(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.strategy(workspaceId), exact: true }),
    ]);
}

export function usePublishVersion(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { label: string; revision: number }) => api.post(`${base(workspaceId)}/versions`, versionSummarySchema, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.versions(workspaceId) }),
  });
}

/** Replaces the draft; the answer is the new state, so every page shows the imported strategy at once. */
export function useImportStrategy(workspaceId: string) {
  const queryClient = useQueryClient();
  const cache = useStrategyCache(workspaceId);
  return useMutation({
    mutationFn: (input: ImportStrategyInput) => api.post(`${base(workspaceId)}/import`, strategyStateSchema, input),
    onSuccess: async (state) => {
      cache.setState(state);
      await queryClient.invalidateQueries({ queryKey: keys.diffs(workspaceId) });
    },
  });
}

export function exportUrl(workspaceId: string, format: 'json' | 'yaml'): string {
  return apiUrl(`${base(workspaceId)}/export.${format}`);
}
