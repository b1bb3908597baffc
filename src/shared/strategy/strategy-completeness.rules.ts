import type { CheckFacts } from './strategy-check.schemas.ts';
import { hasText, isBlank } from './strategy-check-rule.domain.ts';
import { US } from './strategy-one-thing.schemas.ts';
import type { Strategy } from './strategy.schemas.ts';
import { smartFailures } from './strategy-smart.domain.ts';
import type { StrategyStep } from './strategy-steps.data.ts';
import { RACI_SECTION_KEYS } from './strategy-team.schemas.ts';

export type CompletenessPart = { id: string; isFilled: (s: Strategy, facts: CheckFacts) => boolean };
export type StepRequirements = { step: StrategyStep; weight: number; parts: readonly CompletenessPart[] };

/** "All of them" that is false for none: an empty list is not a finished list. */
const all = <T>(items: readonly T[], ok: (item: T) => boolean) => items.length > 0 && items.every(ok);
const part = (id: string, isFilled: CompletenessPart['isFilled']): CompletenessPart => ({ id, isFilled });
const ofKind = (s: Strategy, kind: Strategy['governance']['items'][number]['kind']) =>
  s.governance.items.some((g) => g.kind === kind);

/**
 * What "filled in" means per step. A step's score is the share of its parts that are filled; the
 * overall score weighs steps by how much of the plan rests on them: goals and channels carry the
 * plan, audience and metrics shape it, the rest supports it.
 */
export const COMPLETENESS_REQUIREMENTS: readonly StepRequirements[] = [
  { step: 1, weight: 1, parts: [
    part('cross_functional', (_, f) => new Set(f.members.map((m) => m.businessFunction)).size >= 2),
    part('accountable', (s) => RACI_SECTION_KEYS.every((k) => s.team.raci[k].accountable.length > 0)),
    part('responsible', (s) => RACI_SECTION_KEYS.every((k) => s.team.raci[k].responsible.length > 0)),
  ] },
  { step: 2, weight: 3, parts: [
    part('reasons', (s) => s.goals.reasons.length > 0),
    part('one_primary_goal', (s) => s.goals.goals.filter((g) => g.priority === 'primary').length === 1),
    part('statement', (s) => !isBlank(s.goals.statement)),
    part('smart_objectives', (s, f) => all(s.goals.objectives, (o) => smartFailures(o, s.goals.goals, f.today).length === 0)),
    part('tactics', (s) => s.goals.tactics.length > 0),
  ] },
  { step: 'context', weight: 1, parts: [
    part('customers', (s) => s.context.customers.segments.length > 0),
    part('market_summary', (s) => !isBlank(s.context.analysis.marketSummary)),
    part('swot', (s) => s.context.analysis.findings.length > 0),
    part('value_proposition', (s) => !isBlank(s.context.valueProposition)),
    part('budget', (s) => s.context.planning.budget.amount !== null),
    part('resources', (s) => s.context.resources.headcount > 0 || s.context.resources.hoursPerWeek > 0),
  ] },
  { step: 3, weight: 1, parts: [
    part('brand_terms', (s) => hasText(s.listening.brandTerms)),
    part('competitors', (s) => s.listening.competitors.length > 0),
    part('category_or_topic_terms', (s) => hasText(s.listening.categoryTerms) || hasText(s.listening.topicTerms)),
    part('questions', (s) => hasText(s.listening.questions)),
  ] },
  { step: 4, weight: 2, parts: [
    part('personas', (s) => s.audience.personas.length > 0),
    part('persona_profiles', (s) =>
      all(s.audience.personas, (p) => !isBlank(p.name) && (hasText(p.psychographics.motivations) || hasText(p.psychographics.challenges)))),
    part('journey_stages', (s) => all(s.audience.personas, (p) => p.journeyStage !== null)),
    part('how_to_talk', (s) => all(s.audience.personas, (p) => !isBlank(p.howToTalk))),
  ] },
  { step: 5, weight: 2, parts: [
    part('kpis', (s) => s.metrics.kpis.length > 0),
    part('kpi_objectives', (s) => all(s.metrics.kpis, (k) => s.goals.objectives.some((o) => o.id === k.objectiveId))),
    part('kpi_targets', (s) => all(s.metrics.kpis, (k) => k.quarterlyTargets.every((t) => t !== null))),
    part('kpi_owners', (s) => all(s.metrics.kpis, (k) => k.ownerUserId !== null)),
  ] },
  { step: 6, weight: 1, parts: [
    part('differentiator', (s) => !isBlank(s.oneThing.differentiator)),
    part('proof_points', (s) => hasText(s.oneThing.proofPoints)),
    part('comparison', (s) => {
      const scored = s.oneThing.comparison.rows.filter((r) => Object.keys(r.scores).length > 0);
      return s.oneThing.comparison.attributes.length > 0 && scored.some((r) => r.subject === US) && scored.some((r) => r.subject !== US);
    }),
  ] },
  { step: 7, weight: 3, parts: [
    part('channels', (s) => s.channels.channels.length > 0),
    part('channel_reasons', (s) => all(s.channels.channels, (c) => !isBlank(c.reason))),
    part('channel_personas', (s) => all(s.channels.channels, (c) => c.personaIds.some((id) => s.audience.personas.some((p) => p.id === id)))),
    part('channel_kpis', (s) => all(s.channels.channels, (c) => c.kpis.length > 0)),
    part('channel_capacity', (s) =>
      all(s.channels.channels, (c) => c.postsPerWeek > 0 && c.postsPerWeek * c.hoursPerPost <= c.resources.hoursPerWeek + 1e-9)),
  ] },
  { step: 'voice', weight: 1, parts: [
    part('we_are', (s) => hasText(s.voice.weAre)),
    part('we_are_not', (s) => hasText(s.voice.weAreNot)),
    part('per_language', (s) => Object.keys(s.voice.perLanguage).length > 0),
    part('response_time', (s) => s.voice.responseTimePromiseHours !== null),
    part('brand_persona', (s) => !isBlank(s.voice.brandPersona)),
  ] },
  { step: 'governance', weight: 1, parts: [
    part('policy', (s) => ofKind(s, 'policy')),
    part('guideline', (s) => ofKind(s, 'guideline')),
    part('approval_process', (s) => ofKind(s, 'approval_process')),
    part('crisis_levels', (s) => s.governance.crisis.levels.length > 0),
    part('training', (s) => ofKind(s, 'training')),
  ] },
  { step: 'relationships', weight: 1, parts: [
    part('relationships', (s) => s.relationships.relationships.length > 0),
    part('valued', (s) => all(s.relationships.relationships, (r) => r.value !== null)),
    part('flows', (s) => all(s.relationships.relationships, (r) => r.flow.channel !== null && r.flow.frequency !== null)),
  ] },
];
