import { useMutation } from '@tanstack/react-query';
import { SHORT_TEXT_MAX } from '../../../shared/strategy/strategy-common.schemas.ts';
import type { Relationship } from '../../../shared/strategy/strategy-relationships.schemas.ts';
import { putSection, useStrategyCache } from '../strategy/strategy.queries.ts';

/** The name an author is kept under in the relationships, compared without case or spaces around it. */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function isInRelationships(relationships: readonly Relationship[], author: string): boolean {
  return relationships.some((r) => sameName(r.name, author));
}

/**
 * Adds a frequent author to the strategy's relationships as an influencer, through the same
 * revision check as any strategy edit. The strategy is read afresh first, so a colleague's recent
 * save is built upon instead of refused; someone saving in between still gets a stale revision.
 */
export function useAddInfluencer(workspaceId: string) {
  const cache = useStrategyCache(workspaceId);
  return useMutation({
    mutationFn: async ({ author, context }: { author: string; context: string }) => {
      const state = await cache.refetch();
      const section = state.document.relationships;
      if (isInRelationships(section.relationships, author)) return null;
      const relationship: Relationship = {
        id: crypto.randomUUID(),
        name: author.trim().slice(0, SHORT_TEXT_MAX),
        kind: 'influencer',
        count: 1,
        context,
        relevance: '',
        value: null,
        valueReason: '',
        flow: { channel: null, frequency: null, ownerUserId: null },
      };
      const value = { ...section, relationships: [...section.relationships, relationship] };
      const result = await putSection(workspaceId, 'relationships', state.revision, value);
      cache.applySection('relationships', value, result);
      return relationship;
    },
    onError: () => cache.invalidate(),
  });
}
