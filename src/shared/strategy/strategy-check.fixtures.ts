import type { CheckFacts, RuleId } from './strategy-check.schemas.ts';
import type { Strategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, ID, PLOY, SOMCHAI, uid } from './strategy.fixtures.ts';

// Test data only. One case per rule, each a small edit of the complete (finding-free) strategy.
export type Case = { strategy: Strategy; facts: CheckFacts };

const edit = (change: (s: Strategy) => void, facts: CheckFacts = FACTS): Case => {
  const strategy = completeStrategy();
  change(strategy);
  return { strategy, facts };
};
const first = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
};

export const TRIGGERS: Readonly<Record<RuleId, () => Case>> = {
  'team-function-missing': () => edit(() => {}, { ...FACTS, members: FACTS.members.filter((m) => m.businessFunction !== 'sales') }),
  'team-member-unknown': () => edit((s) => { s.team.raci.voice.informed = [uid(999)]; }),
  'team-multiple-accountable': () => edit((s) => { s.team.raci.channels.accountable = [PLOY, SOMCHAI]; }),
  'goal-primary-missing': () => edit((s) => { first(s.goals.goals).priority = 'secondary'; }),
  'goal-primary-multiple': () => edit((s) => { for (const g of s.goals.goals) g.priority = 'primary'; }),
  'objective-not-specific': () => edit((s) => { first(s.goals.objectives).metric = '  '; }),
  'objective-not-measurable': () => edit((s) => { first(s.goals.objectives).baseline = null; }),
  'objective-target-unchanged': () => edit((s) => { first(s.goals.objectives).target = 40; }),
  'objective-target-out-of-range': () => edit((s) => { s.goals.objectives[1]!.target = 120; }),
  'objective-not-relevant': () => edit((s) => { first(s.goals.objectives).goalId = null; }),
  'objective-no-deadline': () => edit((s) => { first(s.goals.objectives).deadline = null; }),
  'objective-deadline-past': () => edit((s) => { first(s.goals.objectives).deadline = '2026-03-14'; }),
  'tactic-no-objective': () => edit((s) => { first(s.goals.tactics).objectiveId = null; }),
  'risk-without-mitigation': () => edit((s) => { first(s.context.planning.risks).mitigation = ''; }),
  'listening-no-competitor': () => edit((s) => { s.listening.competitors = []; s.oneThing.comparison.rows = s.oneThing.comparison.rows.filter((r) => r.subject === 'us'); }),
  'persona-unreached': () => edit((s) => { s.channels.channels[1]!.personaIds = [ID.officeWorker]; }),
  'kpi-no-quarterly-targets': () => edit((s) => { first(s.metrics.kpis).quarterlyTargets = [60, null, 100, null]; }),
  'kpi-no-objective': () => edit((s) => { first(s.metrics.kpis).objectiveId = null; }),
  'kpi-maturity-too-low': () => edit((s) => { s.metrics.kpis = s.metrics.kpis.filter((k) => k.kpi === 'engagement_rate'); }),
  'metrics-fiscal-year-past': () => edit((s) => { s.metrics.fiscalYear = 2025; }),
  'one-thing-no-differentiator': () => edit((s) => { s.oneThing.differentiator = ''; }),
  'channel-no-reason': () => edit((s) => { first(s.channels.channels).reason = ''; }),
  'channel-no-persona': () => edit((s) => { first(s.channels.channels).personaIds = []; }),
  'channel-no-kpi': () => edit((s) => { first(s.channels.channels).kpis = []; }),
  'channel-over-capacity': () => edit((s) => { first(s.channels.channels).postsPerWeek = 7; }),
  'voice-missing': () => edit((s) => { s.voice.weAre = ['', ' ']; }),
  'crisis-process-missing': () => edit((s) => { s.governance.crisis.levels = []; }),
  'relationship-no-owner': () => edit((s) => { first(s.relationships.relationships).flow.ownerUserId = null; }),
  'reference-dangling': () => edit((s) => { first(s.channels.channels).personaIds.push(uid(998)); }),
};
