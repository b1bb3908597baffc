import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  alertListSchema,
  type alertRuleInputSchema,
  alertRuleSchema,
  createdTokenSchema,
  listeningSettingsSchema,
  type RetagStatus,
  retagStatusSchema,
  type TopicInput,
  tokenListSchema,
  topicListSchema,
  topicSchema,
  topicsFromStrategyResultSchema,
} from '../../../shared/api/listening.schemas.ts';
import { api } from '../../ui/api/api-client.ts';
import { isRetagActive } from './retag-progress.ts';

export type ListeningSettings = z.infer<typeof listeningSettingsSchema>;
export type AlertRuleInput = z.input<typeof alertRuleInputSchema>;
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const listeningBase = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/listening`;

/** Under one prefix, so a topic change can refresh everything that names topics (dashboard, mentions). */
export const listeningKeys = {
  all: (workspaceId: string) => ['workspace', workspaceId, 'listening'] as const,
  topics: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'topics'] as const,
  retag: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'retag'] as const,
  settings: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'settings'] as const,
  alerts: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'alerts'] as const,
  tokens: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'tokens'] as const,
  sources: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'sources'] as const,
  imports: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'imports'] as const,
};

// ---- Topics ----
export function useTopics(workspaceId: string) {
  return useQuery({ queryKey: listeningKeys.topics(workspaceId), queryFn: () => api.get(`${listeningBase(workspaceId)}/topics`, topicListSchema) });
}

function useRefreshListening(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: listeningKeys.all(workspaceId) });
}

export function useSaveTopic(workspaceId: string) {
  const refresh = useRefreshListening(workspaceId);
  return useMutation({
    mutationFn: ({ topicId, input }: { topicId: string | null; input: TopicInput }) =>
      topicId === null
        ? api.post(`${listeningBase(workspaceId)}/topics`, topicSchema, input)
        : api.put(`${listeningBase(workspaceId)}/topics/${encodeURIComponent(topicId)}`, topicSchema, input),
    onSuccess: refresh,
  });
}

export function useDeleteTopic(workspaceId: string) {
  const refresh = useRefreshListening(workspaceId);
  return useMutation({
    mutationFn: (topicId: string) => api.delete(`${listeningBase(workspaceId)}/topics/${encodeURIComponent(topicId)}`, okSchema),
    onSuccess: refresh,
  });
}

export function useTopicsFromStrategy(workspaceId: string) {
  const refresh = useRefreshListening(workspaceId);
  return useMutation({
    mutationFn: () => api.post(`${listeningBase(workspaceId)}/topics/from-strategy`, topicsFromStrategyResultSchema),
    onSuccess: refresh,
  });
}

/**
 * How far re-tagging the stored mentions after a topic change got: polled only while it runs.
 * When it ends, everything that shows tags or counts (stream, dashboard) is read again.
 */
export function useRetagStatus(workspaceId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: listeningKeys.retag(workspaceId),
    queryFn: () => api.get(`${listeningBase(workspaceId)}/retag`, retagStatusSchema),
    refetchInterval: (q) => (q.state.data && isRetagActive(q.state.data) ? 1_500 : false),
  });
  const status = query.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if ((was === 'queued' || was === 'running') && status === 'done') {
      void queryClient.invalidateQueries({ queryKey: listeningKeys.all(workspaceId), predicate: (q) => q.queryKey[3] !== 'retag' });
    }
  }, [status, workspaceId, queryClient]);
  return query;
}

export function useRequestRetag(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(`${listeningBase(workspaceId)}/retag`, retagStatusSchema),
    onSuccess: (status: RetagStatus) => queryClient.setQueryData(listeningKeys.retag(workspaceId), status),
  });
}

// ---- Settings ----
export function useListeningSettings(workspaceId: string) {
  return useQuery({ queryKey: listeningKeys.settings(workspaceId), queryFn: () => api.get(`${listeningBase(workspaceId)}/settings`, listeningSettingsSchema) });
}

export function useSaveListeningSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ListeningSettings) => api.put(`${listeningBase(workspaceId)}/settings`, listeningSettingsSchema, input),
    onSuccess: (saved) => queryClient.setQueryData(listeningKeys.settings(workspaceId), saved),
  });
}

// ---- Alerts ----
export function useAlerts(workspaceId: string) {
  return useQuery({ queryKey: listeningKeys.alerts(workspaceId), queryFn: () => api.get(`${listeningBase(workspaceId)}/alerts`, alertListSchema) });
}

/**
 * How many alerts nobody has read yet, for a badge next to the Alerts tab. Shares the alerts
 * query, so the badge and the page never disagree; refreshed every minute while a page shows it.
 */
export function useUnreadAlerts(workspaceId: string): number {
  const alerts = useQuery({
    queryKey: listeningKeys.alerts(workspaceId),
    queryFn: () => api.get(`${listeningBase(workspaceId)}/alerts`, alertListSchema),
    refetchInterval: 60_000,
  });
  return alerts.data?.unread ?? 0;
}

function useRefreshAlerts(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: listeningKeys.alerts(workspaceId) });
}

export function useSaveAlertRule(workspaceId: string) {
  const refresh = useRefreshAlerts(workspaceId);
  return useMutation({
    mutationFn: ({ ruleId, input }: { ruleId: string | null; input: AlertRuleInput }) =>
      ruleId === null
        ? api.post(`${listeningBase(workspaceId)}/alerts/rules`, alertRuleSchema, input)
        : api.put(`${listeningBase(workspaceId)}/alerts/rules/${encodeURIComponent(ruleId)}`, alertRuleSchema, input),
    onSuccess: refresh,
  });
}

export function useDeleteAlertRule(workspaceId: string) {
  const refresh = useRefreshAlerts(workspaceId);
  return useMutation({
    mutationFn: (ruleId: string) => api.delete(`${listeningBase(workspaceId)}/alerts/rules/${encodeURIComponent(ruleId)}`, okSchema),
    onSuccess: refresh,
  });
}

export function useMarkAlertRead(workspaceId: string) {
  const refresh = useRefreshAlerts(workspaceId);
  return useMutation({
    mutationFn: (alertId: string) => api.post(`${listeningBase(workspaceId)}/alerts/${encodeURIComponent(alertId)}/read`, okSchema),
    onSuccess: refresh,
  });
}

// ---- Webhook tokens ----
export function useTokens(workspaceId: string, enabled: boolean) {
  return useQuery({ queryKey: listeningKeys.tokens(workspaceId), queryFn: () => api.get(`${listeningBase(workspaceId)}/tokens`, tokenListSchema), enabled });
}

/** A token comes and goes with its source (kept, paused, on revoking): both lists change. */
function useRefreshTokens(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: listeningKeys.tokens(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: listeningKeys.sources(workspaceId) }),
    ]);
}

export function useCreateToken(workspaceId: string) {
  const refresh = useRefreshTokens(workspaceId);
  return useMutation({
    mutationFn: (name: string) => api.post(`${listeningBase(workspaceId)}/tokens`, createdTokenSchema, { name }),
    onSuccess: refresh,
  });
}

export function useRevokeToken(workspaceId: string) {
  const refresh = useRefreshTokens(workspaceId);
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`${listeningBase(workspaceId)}/tokens/${encodeURIComponent(tokenId)}`, okSchema),
    onSuccess: refresh,
  });
}
