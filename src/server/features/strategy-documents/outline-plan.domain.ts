import { SWOT_KINDS } from '../../../shared/strategy/strategy-context.schemas.ts';
import type { ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import type { Goal, Objective } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { CHANNEL_LABELS, GOAL_TYPE_LABELS, KPI_LABELS, SECTION_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { RACI_ROLES, RACI_SECTION_KEYS } from '../../../shared/strategy/strategy-team.schemas.ts';
import { type Block, bullets, facts, heading, muted, orEmpty, paragraph, table } from './outline.domain.ts';
import type { Format } from './outline-format.domain.ts';
import { RACI_ROLE_LABELS, REASON_LABELS, SCOPE_LABELS, SWOT_LABELS, UNIT_LABELS } from './strategy-document-values.messages.ts';

/** A paragraph of free text, or the muted "nothing here yet" when it is blank. */
export function prose(text: string, f: Format): Block {
  return text.trim() ? paragraph(text.trim()) : muted(f.t('nothingYet'));
}

export function objectiveTitle(objectives: readonly Objective[], id: string | null, f: Format): string {
  const objective = objectives.find((o) => o.id === id);
  return objective ? objective.title.trim() || f.t('untitled') : '—';
}

const byPriority = (goals: readonly Goal[]) => [...goals].sort((a, b) => (a.priority === b.priority ? 0 : a.priority === 'primary' ? -1 : 1));

export function teamBlocks(s: Strategy, f: Format): Block[] {
  const rows = RACI_SECTION_KEYS.map((key) => [f.label(SECTION_LABELS, key), ...RACI_ROLES.map((role) => f.people(s.team.raci[key][role]))]);
  return [table([f.t('section'), ...RACI_ROLES.map((role) => f.label(RACI_ROLE_LABELS, role))], rows)];
}

export function goalsBlocks(s: Strategy, f: Format): Block[] {
  const { reasons, goals, statement, objectives, tactics } = s.goals;
  const goalItems = (list: Goal[]) => list.map((g) => ({ lead: f.label(GOAL_TYPE_LABELS, g.type), text: f.text(g.description) }));
  const primary = goals.filter((g) => g.priority === 'primary');
  const secondary = goals.filter((g) => g.priority === 'secondary');
  const goalName = (id: string | null) => {
    const goal = goals.find((g) => g.id === id);
    return goal ? f.label(GOAL_TYPE_LABELS, goal.type) : '—';
  };
  const empty = f.t('nothingYet');
  return [
    heading(f.t('whySocial')),
    ...orEmpty(reasons, () => [table([f.t('reason'), f.t('scope'), f.t('description')], reasons.map((r) => [f.label(REASON_LABELS, r.reason), f.label(SCOPE_LABELS, r.scope), f.text(r.description)]))], empty),
    heading(f.t('primaryGoal')),
    ...orEmpty(primary, () => [bullets(goalItems(primary))], empty),
    ...(secondary.length > 0 ? [heading(f.t('secondaryGoals')), bullets(goalItems(secondary))] : []),
    heading(f.t('statement')),
    prose(statement, f),
    heading(f.t('objectives')),
    ...orEmpty(objectives, () => [
      table(
        [f.t('objective'), f.t('goal'), f.t('metric'), f.t('baselineTarget'), f.t('deadline'), f.t('owner')],
        objectives.map((o) => [
          o.title.trim() || f.t('untitled'),
          goalName(o.goalId),
          f.text(o.metric),
          `${f.number(o.baseline)} → ${f.number(o.target)}${o.unit ? ` (${f.label(UNIT_LABELS, o.unit)})` : ''}`,
          f.date(o.deadline),
          f.person(o.ownerUserId),
        ]),
      ),
    ], empty),
    heading(f.t('tactics')),
    ...orEmpty(tactics, () => [
      bullets(
        tactics.map((tactic) => ({
          lead: tactic.title.trim() || f.t('untitled'),
          text: [
            tactic.description.trim(),
            `${f.t('objective')}: ${objectiveTitle(objectives, tactic.objectiveId, f)}`,
            `${f.t('channels')}: ${f.list(tactic.channels.map((c) => f.label(CHANNEL_LABELS, c)))}`,
          ].filter(Boolean).join(' · '),
        })),
      ),
    ], empty),
  ];
}

/**
 * The strategy's thread, one row per objective: the goal it serves, the KPIs measuring it and the
 * channels delivering it (those its tactics use and those tracking one of its KPIs).
 */
export function threadBlocks(s: Strategy, f: Format): Block[] {
  const { goals, objectives, tactics } = s.goals;
  const rowFor = (goal: Goal | null, objective: Objective | null): string[] => {
    const kpis = objective ? s.metrics.kpis.filter((k) => k.objectiveId === objective.id) : [];
    const channels = new Set<ChannelKey>();
    for (const tactic of tactics) if (objective && tactic.objectiveId === objective.id) for (const c of tactic.channels) channels.add(c);
    for (const plan of s.channels.channels) if (plan.kpis.some((k) => kpis.some((m) => m.kpi === k.kpi))) channels.add(plan.channel);
    return [
      goal ? `${f.label(GOAL_TYPE_LABELS, goal.type)}${goal.description.trim() ? `: ${goal.description.trim()}` : ''}` : '—',
      objective ? objective.title.trim() || f.t('untitled') : '—',
      f.list(kpis.map((k) => f.label(KPI_LABELS, k.kpi))),
      f.list([...channels].map((c) => f.label(CHANNEL_LABELS, c))),
    ];
  };
  const rows: string[][] = [];
  for (const goal of byPriority(goals)) {
    const served = objectives.filter((o) => o.goalId === goal.id);
    if (served.length === 0) rows.push(rowFor(goal, null));
    for (const objective of served) rows.push(rowFor(goal, objective));
  }
  for (const objective of objectives.filter((o) => !goals.some((g) => g.id === o.goalId))) rows.push(rowFor(null, objective));
  return orEmpty(rows, () => [table([f.t('goal'), f.t('objective'), f.t('kpis'), f.t('channels')], rows)], f.t('nothingYet'));
}

export function contextBlocks(s: Strategy, f: Format): Block[] {
  const { customers, analysis, valueProposition, planning, resources } = s.context;
  const empty = f.t('nothingYet');
  const swot = [...analysis.findings].sort((a, b) => SWOT_KINDS.indexOf(a.kind) - SWOT_KINDS.indexOf(b.kind));
  return [
    heading(f.t('segments')),
    ...orEmpty(customers.segments, () => [bullets(customers.segments.map((c) => ({ lead: c.name.trim() || f.t('untitled'), text: c.description.trim() })))], empty),
    heading(f.t('marketSummary')),
    prose(analysis.marketSummary, f),
    heading(f.t('swot')),
    ...orEmpty(swot, () => [table([f.t('kind'), f.t('finding')], swot.map((x) => [f.label(SWOT_LABELS, x.kind), f.text(x.text)]))], empty),
    heading(f.t('valueProposition')),
    prose(valueProposition, f),
    facts([{ label: f.t('budget'), value: f.money(planning.budget.amount, planning.budget.currency) }]),
    heading(f.t('risks')),
    ...orEmpty(planning.risks, () => [
      table(
        [f.t('risk'), f.t('likelihood'), f.t('impact'), f.t('mitigation')],
        planning.risks.map((r) => [f.text(r.description), f.number(r.likelihood), f.number(r.impact), f.text(r.mitigation)]),
        [false, true, true, false],
      ),
    ], empty),
    heading(f.t('strategicOptions')),
    ...orEmpty(planning.strategicOptions, () => [bullets(planning.strategicOptions.map((o) => ({ lead: o.title.trim() || f.t('untitled'), text: o.description.trim() })))], empty),
    heading(f.t('resources')),
    facts([
      { label: f.t('skills'), value: f.list(resources.skills) },
      { label: f.t('headcount'), value: f.number(resources.headcount) },
      { label: f.t('hoursPerWeek'), value: f.hours(resources.hoursPerWeek) },
      { label: f.t('money'), value: f.money(resources.money.amount, resources.money.currency) },
      { label: f.t('suppliers'), value: f.list(resources.suppliers) },
      { label: f.t('partners'), value: f.list(resources.partners) },
    ]),
  ];
}
