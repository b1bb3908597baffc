import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { strategyTemplateListSchema } from '../../../shared/api/strategy-templates.schemas.ts';
import { type StrategyState, strategyStateSchema } from '../../../shared/api/strategy.schemas.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { StrategyTemplateKey } from '../../../shared/strategy/templates/strategy-template-keys.data.ts';
import { api, isApiError } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/strategy/templates`;

/** The templates named in the UI language; they only change with a new release. */
export function useStrategyTemplates(workspaceId: string, locale: Locale) {
  return useQuery({
    queryKey: ['workspace', workspaceId, 'strategy-templates', locale] as const,
    queryFn: () => api.get(`${base(workspaceId)}?locale=${encodeURIComponent(locale)}`, strategyTemplateListSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type TemplateChoice = { key: StrategyTemplateKey; name: string; locale: Locale };

/** Replaces the draft with a template; the answer is the new strategy state, put straight into the cache. */
export function useApplyTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ choice, revision }: { choice: TemplateChoice; revision: number }) =>
      api.post(`${base(workspaceId)}/${encodeURIComponent(choice.key)}/apply`, strategyStateSchema, { revision, locale: choice.locale }),
    onSuccess: (state: StrategyState) => queryClient.setQueryData(queryKeys.strategy(workspaceId), state),
    // Someone saved meanwhile: load their revision so that confirming again replaces what is there now.
    onError: (error) => {
      if (isApiError(error, 'stale_revision')) void queryClient.invalidateQueries({ queryKey: queryKeys.strategy(workspaceId) });
    },
  });
}
