import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  alertListSchema,
  type alertRuleInputSchema,
  alertRuleSchema,
  createdTokenSchema,
  listeningSettingsSchema,
  type TopicInput,
  tokenListSchema,
  topicListSchema,
  topicSchema,
  topicsFromStrategyResultSchema,
} from '../../../shared/api/listening.schemas.ts';
import { api } from '../../ui/api/api-client.ts';

export type ListeningSettings = z.infer<typeof listeningSettingsSchema>;
export type AlertRuleInput = z.input<typeof alertRuleInputSchema>;
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const listeningBase = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/listening`;

/** Under one prefix, so a topic change can refresh everything that names topics (dashboard, mentions). */
export const listeningKeys = {
  all: (workspaceId: string) => ['workspace', workspaceId, 'listening'] as const,
  topics: (workspaceId: string) => ['workspace', workspaceId, 'listening', 'topics'] as const,
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

export function useCreateToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post(`${listeningBase(workspaceId)}/tokens`, createdTokenSchema, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listeningKeys.tokens(workspaceId) }),
  });
}

export function useRevokeToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`${listeningBase(workspaceId)}/tokens/${encodeURIComponent(tokenId)}`, okSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listeningKeys.tokens(workspaceId) }),
  });
}
