import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  importListSchema,
  importSummarySchema,
  type Source,
  type SourceInput,
  sourceListSchema,
  sourceSchema,
  type startImportInputSchema,
} from '../../../shared/api/listening.schemas.ts';
import { api, apiUrl } from '../../ui/api/api-client.ts';
import { isImportActive } from './import-progress.ts';
import { listeningBase, listeningKeys } from './listening-manage.queries.ts';

export type StartImportInput = z.input<typeof startImportInputSchema>;

const sourcePath = (workspaceId: string, sourceId: string) => `${listeningBase(workspaceId)}/sources/${encodeURIComponent(sourceId)}`;
const importPath = (workspaceId: string, importId: string) => `${listeningBase(workspaceId)}/imports/${encodeURIComponent(importId)}`;


// ---- Sources ----
const POLLED: readonly string[] = ['rss', 'mastodon', 'bluesky'];
function pollingSoon(source: Source): boolean {
  if (!source.enabled || !POLLED.includes(source.kind)) return false;
  if (source.nextPollAt === null) return source.status === 'idle';
  // Long overdue means no worker is polling: asking every few seconds would not change that.
  const due = Date.parse(source.nextPollAt) - Date.now();
  return due <= 5_000 && due >= -120_000;
}

export function useSources(workspaceId: string) {
  return useQuery({
    queryKey: listeningKeys.sources(workspaceId),
    queryFn: () => api.get(`${listeningBase(workspaceId)}/sources`, sourceListSchema),
    // Polls happen in the background: a failing source should show as failing without a reload,
    // and a source about to be polled (new, just edited, "poll now") should show how it went soon.
    refetchInterval: (query) => (query.state.data?.sources.some(pollingSoon) ? 3_000 : 30_000),
  });
}

function useRefreshSources(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: listeningKeys.sources(workspaceId) });
}

export function useSaveSource(workspaceId: string) {
  const refresh = useRefreshSources(workspaceId);
  return useMutation({
    mutationFn: ({ sourceId, input }: { sourceId: string | null; input: SourceInput }) =>
      sourceId === null ? api.post(`${listeningBase(workspaceId)}/sources`, sourceSchema, input) : api.put(sourcePath(workspaceId, sourceId), sourceSchema, input),
    onSuccess: refresh,
  });
}

export function useDeleteSource(workspaceId: string) {
  const refresh = useRefreshSources(workspaceId);
  return useMutation({ mutationFn: (sourceId: string) => api.delete(sourcePath(workspaceId, sourceId), okSchema), onSuccess: refresh });
}

export function usePollSource(workspaceId: string) {
  const refresh = useRefreshSources(workspaceId);
  return useMutation({ mutationFn: (source: Source) => api.post(`${sourcePath(workspaceId, source.id)}/poll`, sourceSchema), onSuccess: refresh });
}

// ---- File imports ----
export function useImports(workspaceId: string) {
  return useQuery({
    queryKey: listeningKeys.imports(workspaceId),
    queryFn: () => api.get(`${listeningBase(workspaceId)}/imports`, importListSchema),
    // Only while an import runs does the list change by itself: then every few seconds, else never.
    refetchInterval: (query) => (query.state.data?.imports.some(isImportActive) ? 3_000 : false),
  });
}

/** One import's progress, asked for every second until it is done or failed. */
export function useImportProgress(workspaceId: string, importId: string) {
  const queryClient = useQueryClient();
  const key = [...listeningKeys.imports(workspaceId), importId];
  const progress = useQuery({
    queryKey: key,
    queryFn: () => api.get(importPath(workspaceId, importId), importSummarySchema),
    refetchInterval: (query) => (query.state.data && !isImportActive(query.state.data) ? false : 1_000),
  });
  const finished = progress.data !== undefined && !isImportActive(progress.data);
  useEffect(() => {
    if (!finished) return;
    // New mentions change the import list, the sources' counts, the dashboard and the mention list; not this import.
    void queryClient.invalidateQueries({
      queryKey: listeningKeys.all(workspaceId),
      predicate: (query) => !(query.queryKey.length === key.length && query.queryKey[key.length - 1] === importId),
    });
  }, [finished, queryClient, workspaceId, importId, key.length]);
  return progress;
}

export function useStartImport(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, input }: { importId: string; input: StartImportInput }) => api.post(`${importPath(workspaceId, importId)}/start`, importSummarySchema, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listeningKeys.imports(workspaceId), exact: true }),
  });
}

export function rejectionsUrl(workspaceId: string, importId: string): string {
  return apiUrl(`${importPath(workspaceId, importId)}/rejections.csv`);
}
