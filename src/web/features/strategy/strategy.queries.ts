import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  removeItemResultSchema,
  type StrategySectionState,
  type StrategyState,
  strategySectionStateSchema,
  strategyStateSchema,
} from '../../../shared/api/strategy.schemas.ts';
import { type Strategy, strategySchema } from '../../../shared/strategy/strategy.schemas.ts';
import type { StrategySectionKey } from '../../../shared/strategy/strategy-steps.data.ts';
import { api } from '../../ui/api/api-client.ts';
import { queryKeys } from '../../ui/api/query-keys.ts';

/** Every section can be saved on its own (PUT /strategy/sections/:section). */
export type EditableSection = StrategySectionKey;
export type RemovableKind = 'personas' | 'objectives' | 'goals' | 'competitors';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/strategy`;

export function fetchStrategy(workspaceId: string): Promise<StrategyState> {
  return api.get(base(workspaceId), strategyStateSchema);
}

export function useStrategy(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.strategy(workspaceId), queryFn: () => fetchStrategy(workspaceId) });
}

/** PUT one section with the revision the editor started from; a stale one is refused by the server (409). */
export function putSection<K extends EditableSection>(workspaceId: string, section: K, revision: number, value: Strategy[K]) {
  return api.put(`${base(workspaceId)}/sections/${section}`, strategySectionStateSchema, { revision, value });
}

export function deleteItem(workspaceId: string, kind: RemovableKind, id: string, revision: number) {
  return api.delete(`${base(workspaceId)}/${kind}/${encodeURIComponent(id)}`, removeItemResultSchema, { revision });
}

/**
 * Writes what a section save answered into the cached strategy, so the overview, findings and
 * progress follow without another round trip.
 */
export function useStrategyCache(workspaceId: string) {
  const queryClient = useQueryClient();
  // Stable identity: the autosave hook's callbacks (and its flush on unmount) depend on it.
  return useMemo(() => {
    const key = queryKeys.strategy(workspaceId);
    return {
    get: () => queryClient.getQueryData<StrategyState>(key),
    setState: (state: StrategyState) => queryClient.setQueryData<StrategyState>(key, state),
    applySection: <K extends EditableSection>(section: K, value: Strategy[K], result: StrategySectionState) => {
      const parsed = strategySchema.shape[section].safeParse(result.value);
      queryClient.setQueryData<StrategyState>(key, (old) =>
        old
          ? {
              ...old,
              revision: result.revision,
              updatedAt: result.updatedAt,
              updatedBy: result.updatedBy,
              findings: result.findings,
              completeness: result.completeness,
              document: { ...old.document, [section]: parsed.success ? parsed.data : value },
            }
          : old,
      );
    },
    refetch: () => queryClient.fetchQuery({ queryKey: key, queryFn: () => fetchStrategy(workspaceId), staleTime: 0 }),
    invalidate: () => queryClient.invalidateQueries({ queryKey: key }),
    };
  }, [queryClient, workspaceId]);
}
