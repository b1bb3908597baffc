import { type InfiniteData, keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type Dashboard,
  dashboardSchema,
  type Mention,
  mentionPageSchema,
  mentionSchema,
  type saveEvidenceInputSchema,
  sentimentModelStatusSchema,
} from '../../../shared/api/listening.schemas.ts';
import { type StrategySectionState, strategySectionStateSchema } from '../../../shared/api/strategy.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { useStrategyCache } from '../strategy/strategy.queries.ts';
import { listeningBase, listeningKeys } from './listening-manage.queries.ts';
import { addDays, type DashboardQuery, MAX_RANGE_DAYS, type MentionFilters } from './listening-params.ts';

export type { DashboardQuery, MentionFilters };
export type SaveEvidenceInput = z.input<typeof saveEvidenceInputSchema>;
type MentionPage = z.infer<typeof mentionPageSchema>;

const PAGE_SIZE = 30;

/** Only the filters that are set, in a stable order, so equal filters share one cache entry. */
export function searchOf(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const keys = {
  dashboard: (workspaceId: string, query: DashboardQuery) => [...listeningKeys.all(workspaceId), 'dashboard', searchOf(query)] as const,
  mentions: (workspaceId: string) => [...listeningKeys.all(workspaceId), 'mentions'] as const,
  mentionList: (workspaceId: string, filters: MentionFilters) => [...listeningKeys.all(workspaceId), 'mentions', searchOf(filters)] as const,
  model: (workspaceId: string) => [...listeningKeys.all(workspaceId), 'sentiment-model'] as const,
};

export function fetchDashboard(workspaceId: string, query: DashboardQuery): Promise<Dashboard> {
  return api.get(`${listeningBase(workspaceId)}/dashboard${searchOf(query)}`, dashboardSchema);
}

/** The previous answer stays on screen while a new filter loads, so the charts do not blink away. */
export function useDashboard(workspaceId: string, query: DashboardQuery) {
  return useQuery({ queryKey: keys.dashboard(workspaceId, query), queryFn: () => fetchDashboard(workspaceId, query), placeholderData: keepPreviousData });
}

/**
 * What the workspace has heard over the last year, unfiltered: the channels and languages to
 * offer as filters, and whether there is any data at all (else the pages explain how to get some).
 */
export function useListeningFacets(workspaceId: string, today: string) {
  const query = { from: addDays(today, -(MAX_RANGE_DAYS - 1)), to: today };
  return useQuery({
    queryKey: keys.dashboard(workspaceId, query),
    queryFn: () => fetchDashboard(workspaceId, query),
    staleTime: 5 * 60_000,
    select: (d) => ({ mentions: d.totals.mentions, channels: d.channels.map((c) => c.channel), languages: d.languages.map((l) => l.language) }),
  });
}

export function useMentions(workspaceId: string, filters: MentionFilters) {
  return useInfiniteQuery({
    queryKey: keys.mentionList(workspaceId, filters),
    queryFn: ({ pageParam }) => api.get(`${listeningBase(workspaceId)}/mentions${searchOf({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE })}`, mentionPageSchema),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

function replaceMention(data: InfiniteData<MentionPage> | undefined, id: number, change: (mention: Mention) => Mention) {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, mentions: page.mentions.map((m) => (m.id === id ? change(m) : m)) })) };
}

/**
 * Corrects a mention's sentiment at once on screen; the server's answer (or the old label, if it
 * refuses) replaces the guess. Dashboards and the model status are refreshed afterwards.
 */
export function useCorrectSentiment(workspaceId: string) {
  const queryClient = useQueryClient();
  const prefix = keys.mentions(workspaceId);
  const setEverywhere = (id: number, change: (mention: Mention) => Mention) =>
    queryClient.setQueriesData<InfiniteData<MentionPage>>({ queryKey: prefix }, (data) => replaceMention(data, id, change));
  return useMutation({
    mutationFn: ({ mention, sentiment }: { mention: Mention; sentiment: SentimentLabel }) =>
      api.patch(`${listeningBase(workspaceId)}/mentions/${mention.id}/sentiment`, mentionSchema, { sentiment }),
    onMutate: async ({ mention, sentiment }) => {
      await queryClient.cancelQueries({ queryKey: prefix });
      setEverywhere(mention.id, (m) => ({ ...m, sentiment, corrected: true }));
      return { previous: mention };
    },
    onError: (_error, _input, context) => {
      if (context) setEverywhere(context.previous.id, () => context.previous);
    },
    onSuccess: (saved) => setEverywhere(saved.id, () => saved),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: [...listeningKeys.all(workspaceId), 'dashboard'] });
      void queryClient.invalidateQueries({ queryKey: keys.model(workspaceId) });
    },
  });
}

export function useSentimentModel(workspaceId: string) {
  return useQuery({ queryKey: keys.model(workspaceId), queryFn: () => api.get(`${listeningBase(workspaceId)}/sentiment-model`, sentimentModelStatusSchema) });
}

/** Appends a finding with the chart's numbers to the strategy; the answer updates the cached strategy's revision. */
export function useSaveEvidence(workspaceId: string) {
  const cache = useStrategyCache(workspaceId);
  return useMutation({
    mutationFn: (input: SaveEvidenceInput): Promise<StrategySectionState> => api.post(`${listeningBase(workspaceId)}/evidence`, strategySectionStateSchema, input),
    // Into the cache at once: the plan tab's editor starts from the cached revision and must see the new finding.
    onSuccess: (result) => {
      const current = cache.get()?.document.listening;
      if (current) cache.applySection('listening', current, result);
    },
    // Someone changed the strategy meanwhile: the next attempt needs the stored revision.
    onError: () => cache.invalidate(),
  });
}
