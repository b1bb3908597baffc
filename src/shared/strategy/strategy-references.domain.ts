import type { Strategy } from './strategy.schemas.ts';
import { US } from './strategy-one-thing.schemas.ts';
import { RACI_ROLES, RACI_SECTION_KEYS } from './strategy-team.schemas.ts';
import type { StrategyStep } from './strategy-steps.data.ts';

export const REFERENCE_TARGETS = ['persona', 'objective', 'competitor', 'attribute'] as const;
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

export type DanglingReference = { path: string; step: StrategyStep; target: ReferenceTarget; id: string };
export type UserReference = { path: string; step: StrategyStep; userId: string };

/**
 * Links between items that point at nothing. An objective's goal link is judged by the SMART
 * "relevant" rule instead, so it is not repeated here.
 */
export function danglingReferences(s: Strategy): DanglingReference[] {
  const personas = new Set(s.audience.personas.map((p) => p.id));
  const objectives = new Set(s.goals.objectives.map((o) => o.id));
  const competitors = new Set(s.listening.competitors.map((c) => c.id));
  const attributes = new Set(s.oneThing.comparison.attributes.map((a) => a.id));
  const found: DanglingReference[] = [];

  s.goals.tactics.forEach((t, i) => {
    if (t.objectiveId !== null && !objectives.has(t.objectiveId)) {
      found.push({ path: `goals.tactics[${i}].objectiveId`, step: 2, target: 'objective', id: t.objectiveId });
    }
  });
  s.metrics.kpis.forEach((k, i) => {
    if (k.objectiveId !== null && !objectives.has(k.objectiveId)) {
      found.push({ path: `metrics.kpis[${i}].objectiveId`, step: 5, target: 'objective', id: k.objectiveId });
    }
  });
  s.oneThing.comparison.rows.forEach((row, i) => {
    if (row.subject !== US && !competitors.has(row.subject)) {
      found.push({ path: `oneThing.comparison.rows[${i}].subject`, step: 6, target: 'competitor', id: row.subject });
    }
    for (const attributeId of Object.keys(row.scores)) {
      if (!attributes.has(attributeId)) {
        found.push({ path: `oneThing.comparison.rows[${i}].scores["${attributeId}"]`, step: 6, target: 'attribute', id: attributeId });
      }
    }
  });
  s.channels.channels.forEach((c, i) => {
    c.personaIds.forEach((personaId, j) => {
      if (!personas.has(personaId)) {
        found.push({ path: `channels.channels[${i}].personaIds[${j}]`, step: 7, target: 'persona', id: personaId });
      }
    });
  });
  return found;
}

/** Every place the document names a workspace member, so departed members can be found. */
export function userReferences(s: Strategy): UserReference[] {
  const refs: UserReference[] = [];
  const add = (path: string, step: StrategyStep, userId: string | null) => {
    if (userId !== null) refs.push({ path, step, userId });
  };
  for (const section of RACI_SECTION_KEYS) {
    for (const role of RACI_ROLES) {
      for (const [i, userId] of s.team.raci[section][role].entries()) add(`team.raci.${section}.${role}[${i}]`, 1, userId);
    }
  }
  for (const [i, o] of s.goals.objectives.entries()) add(`goals.objectives[${i}].ownerUserId`, 2, o.ownerUserId);
  for (const [i, k] of s.metrics.kpis.entries()) add(`metrics.kpis[${i}].ownerUserId`, 5, k.ownerUserId);
  for (const [i, c] of s.channels.channels.entries()) add(`channels.channels[${i}].resources.ownerUserId`, 7, c.resources.ownerUserId);
  for (const [i, g] of s.governance.items.entries()) add(`governance.items[${i}].ownerUserId`, 'governance', g.ownerUserId);
  for (const [i, r] of s.relationships.relationships.entries()) {
    add(`relationships.relationships[${i}].flow.ownerUserId`, 'relationships', r.flow.ownerUserId);
  }
  return refs;
}
