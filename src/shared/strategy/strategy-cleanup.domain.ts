import type { Strategy } from './strategy.schemas.ts';

/**
 * One reference that was cleaned up. `path` is where the reference was in the strategy as passed
 * in; `itemId` is the stable id of the item that held it (the subject for comparison rows), which
 * still identifies it after the edit.
 */
export type CleanupEntry = { path: string; itemId: string; action: 'removed' | 'unlinked' };
export type CleanupResult = { strategy: Strategy; removed: boolean; cleaned: CleanupEntry[] };

// All functions return new objects and leave the input untouched, so callers can diff or undo.

/** Removes a persona and takes it out of every channel that targeted it. */
export function removePersona(s: Strategy, personaId: string): CleanupResult {
  const cleaned: CleanupEntry[] = [];
  const channels = s.channels.channels.map((c, i) => {
    if (!c.personaIds.includes(personaId)) return c;
    c.personaIds.forEach((id, j) => {
      if (id === personaId) cleaned.push({ path: `channels.channels[${i}].personaIds[${j}]`, itemId: c.id, action: 'removed' });
    });
    return { ...c, personaIds: c.personaIds.filter((id) => id !== personaId) };
  });
  const personas = s.audience.personas.filter((p) => p.id !== personaId);
  return {
    strategy: { ...s, audience: { ...s.audience, personas }, channels: { ...s.channels, channels } },
    removed: personas.length !== s.audience.personas.length,
    cleaned,
  };
}

/** Removes a competitor and its row in the one-thing comparison. */
export function removeCompetitor(s: Strategy, competitorId: string): CleanupResult {
  const cleaned: CleanupEntry[] = [];
  s.oneThing.comparison.rows.forEach((row, i) => {
    if (row.subject === competitorId) cleaned.push({ path: `oneThing.comparison.rows[${i}]`, itemId: row.subject, action: 'removed' });
  });
  const rows = s.oneThing.comparison.rows.filter((row) => row.subject !== competitorId);
  const competitors = s.listening.competitors.filter((c) => c.id !== competitorId);
  return {
    strategy: {
      ...s,
      listening: { ...s.listening, competitors },
      oneThing: { ...s.oneThing, comparison: { ...s.oneThing.comparison, rows } },
    },
    removed: competitors.length !== s.listening.competitors.length,
    cleaned,
  };
}

/** Removes an objective; KPIs and tactics that served it keep existing, unlinked (objectiveId null). */
export function removeObjective(s: Strategy, objectiveId: string): CleanupResult {
  const cleaned: CleanupEntry[] = [];
  const kpis = s.metrics.kpis.map((k, i) => {
    if (k.objectiveId !== objectiveId) return k;
    cleaned.push({ path: `metrics.kpis[${i}].objectiveId`, itemId: k.id, action: 'unlinked' });
    return { ...k, objectiveId: null };
  });
  const tactics = s.goals.tactics.map((t, i) => {
    if (t.objectiveId !== objectiveId) return t;
    cleaned.push({ path: `goals.tactics[${i}].objectiveId`, itemId: t.id, action: 'unlinked' });
    return { ...t, objectiveId: null };
  });
  const objectives = s.goals.objectives.filter((o) => o.id !== objectiveId);
  return {
    strategy: { ...s, goals: { ...s.goals, objectives, tactics }, metrics: { ...s.metrics, kpis } },
    removed: objectives.length !== s.goals.objectives.length,
    cleaned,
  };
}

/** Removes a goal; its objectives stay, unlinked, so the SMART check asks for a new goal. */
export function removeGoal(s: Strategy, goalId: string): CleanupResult {
  const cleaned: CleanupEntry[] = [];
  const objectives = s.goals.objectives.map((o, i) => {
    if (o.goalId !== goalId) return o;
    cleaned.push({ path: `goals.objectives[${i}].goalId`, itemId: o.id, action: 'unlinked' });
    return { ...o, goalId: null };
  });
  const goals = s.goals.goals.filter((g) => g.id !== goalId);
  return {
    strategy: { ...s, goals: { ...s.goals, goals, objectives } },
    removed: goals.length !== s.goals.goals.length,
    cleaned,
  };
}

/** Removes a comparison attribute and every score given for it. */
export function removeComparisonAttribute(s: Strategy, attributeId: string): CleanupResult {
  const cleaned: CleanupEntry[] = [];
  const rows = s.oneThing.comparison.rows.map((row, i) => {
    if (!(attributeId in row.scores)) return row;
    cleaned.push({ path: `oneThing.comparison.rows[${i}].scores["${attributeId}"]`, itemId: row.subject, action: 'removed' });
    const { [attributeId]: _dropped, ...scores } = row.scores;
    return { ...row, scores };
  });
  const attributes = s.oneThing.comparison.attributes.filter((a) => a.id !== attributeId);
  return {
    strategy: { ...s, oneThing: { ...s.oneThing, comparison: { attributes, rows } } },
    removed: attributes.length !== s.oneThing.comparison.attributes.length,
    cleaned,
  };
}
