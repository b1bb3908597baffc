import { type CalendarSystem, formatDate, type Locale } from '../../locales.ts';
import { emptyRaci } from '../strategy-team.schemas.ts';
import { fiscalQuarterOf, fiscalQuarterRange } from '../strategy-fiscal.domain.ts';
import { STRATEGY_SCHEMA_VERSION, type Strategy } from '../strategy.schemas.ts';
import type { PersonaSpec, Ref, TemplateSpec, Text } from './template-spec.domain.ts';

export type TemplateOptions = {
  locale: Locale;
  /** The workspace's date (YYYY-MM-DD): deadlines and the planned fiscal year follow from it. */
  today: string;
  fiscalYearStartMonth: number;
  /** ISO 4217 code the budgets are kept in. */
  currency: string;
  newId?: () => string;
};

// Thai businesses date their plans in the Buddhist era; the others in the Gregorian calendar.
const CALENDAR_OF: Readonly<Record<Locale, CalendarSystem>> = { en: 'gregory', th: 'buddhist', 'zh-Hant': 'gregory', 'zh-Hans': 'gregory' };

/**
 * The fiscal year a template plans for: the current one while at least half of it is ahead,
 * otherwise the next, so the team never starts from a plan that is mostly over.
 */
export function plannedFiscalYear(today: string, fiscalYearStartMonth: number): number {
  const { fiscalYear, quarter } = fiscalQuarterOf(today, fiscalYearStartMonth);
  return quarter <= 2 ? fiscalYear : fiscalYear + 1;
}

/** The last day of the month `months` after today's month (ISO date). */
export function monthEndAfter(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months + 1, 0)).toISOString().slice(0, 10);
}

/** Hands out one fresh id per ref, and refuses a ref nobody declared (it would dangle). */
function refIds(newId: () => string) {
  const ids = new Map<Ref, string>();
  return {
    declare: (ref: Ref) => {
      if (ids.has(ref)) throw new Error(`template ref declared twice: ${ref}`);
      const id = newId();
      ids.set(ref, id);
      return id;
    },
    of: (ref: Ref) => {
      const id = ids.get(ref);
      if (id === undefined) throw new Error(`template ref not declared: ${ref}`);
      return id;
    },
  };
}

/** Turns a template into a strategy document in one language, with fresh ids and dates ahead. */
export function buildFromSpec(spec: TemplateSpec, options: TemplateOptions): Strategy {
  const { locale, currency } = options;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const ids = refIds(newId);
  const t = (text: Text) => text[locale];
  const ts = (texts: readonly Text[]) => texts.map(t);
  const slot = (name: string) => {
    const found = spec.slots[name];
    if (!found) throw new Error(`template channel slot not declared: ${name}`);
    return found[locale];
  };
  const fiscalYear = plannedFiscalYear(options.today, options.fiscalYearStartMonth);
  const quarterEnd = (quarter: 3 | 4) => fiscalQuarterRange(fiscalYear, quarter, options.fiscalYearStartMonth).end;
  const deadline = formatDate(`${quarterEnd(4)}T12:00:00Z`, locale, CALENDAR_OF[locale], 'UTC');

  // Declared first, in document order, so later sections can point at them.
  const goals = spec.goals.map((g) => ({ id: ids.declare(g.ref), type: g.type, priority: g.priority, description: t(g.description) }));
  const objectives = spec.objectives.map((o) => ({
    id: ids.declare(o.ref),
    goalId: ids.of(o.goal),
    title: t(o.title),
    metric: t(o.metric),
    baseline: o.baseline,
    target: o.target,
    unit: o.unit,
    deadline: quarterEnd(o.dueQuarter),
    ownerUserId: null,
    description: t(o.description),
  }));
  const competitors = spec.listening.competitors.map((c) => ({ id: ids.declare(c.ref), name: t(c.name), handles: ts(c.handles), terms: ts(c.terms) }));
  const personas = spec.personas.map((p) => persona(p, ids.declare(p.ref), locale, slot));
  const attributes = spec.oneThing.attributes.map((name) => ({ id: newId(), name: t(name) }));
  const money = { amount: null, currency };

  return {
    schemaVersion: STRATEGY_SCHEMA_VERSION,
    team: { raci: emptyRaci() },
    goals: {
      reasons: spec.reasons.map((r) => ({ id: newId(), reason: r.reason, scope: r.scope, description: t(r.description) })),
      goals,
      statement: t(spec.statement).replace('{deadline}', deadline),
      objectives,
      tactics: spec.tactics.map((x) => ({ id: newId(), title: t(x.title), description: t(x.description), objectiveId: ids.of(x.objective), channels: x.slots.map(slot) })),
    },
    context: {
      customers: { segments: spec.context.segments.map((s) => ({ id: newId(), name: t(s.name), description: t(s.description) })) },
      analysis: { marketSummary: t(spec.context.marketSummary), findings: spec.context.swot.map(([kind, text]) => ({ id: newId(), kind, text: t(text) })) },
      valueProposition: t(spec.context.valueProposition),
      planning: {
        // How much to spend is the business's own decision; the template leaves it open.
        budget: money,
        risks: spec.context.risks.map((r) => ({ id: newId(), description: t(r.description), likelihood: r.likelihood, impact: r.impact, mitigation: t(r.mitigation) })),
        strategicOptions: spec.context.options.map((o) => ({ id: newId(), title: t(o.title), description: t(o.description) })),
      },
      resources: {
        skills: ts(spec.context.skills),
        headcount: spec.context.headcount,
        hoursPerWeek: spec.context.hoursPerWeek,
        money,
        suppliers: ts(spec.context.suppliers),
        partners: ts(spec.context.partners),
      },
    },
    listening: {
      brandTerms: ts(spec.listening.brandTerms),
      competitors,
      categoryTerms: ts(spec.listening.categoryTerms),
      topicTerms: ts(spec.listening.topicTerms),
      questions: ts(spec.listening.questions),
      findings: [],
    },
    audience: { personas },
    metrics: {
      fiscalYear,
      kpis: spec.kpis.map((k) => ({ id: newId(), kpi: k.kpi, objectiveId: ids.of(k.objective), quarterlyTargets: k.quarterlyTargets, dataSource: t(k.dataSource), ownerUserId: null })),
    },
    oneThing: {
      differentiator: t(spec.oneThing.differentiator),
      proofPoints: ts(spec.oneThing.proofPoints),
      // One row per subject, not scored yet: how the competitors compare is for the team to judge.
      comparison: { attributes, rows: [{ subject: 'us', scores: {} }, ...competitors.map((c) => ({ subject: c.id, scores: {} }))] },
    },
    channels: {
      channels: spec.channels.map((c) => ({
        id: newId(),
        channel: slot(c.slot),
        reason: t(c.reason),
        personaIds: c.personas.map(ids.of),
        pillars: ts(c.pillars),
        formats: ts(c.formats),
        postsPerWeek: c.postsPerWeek,
        hoursPerPost: c.hoursPerPost,
        resources: { ownerUserId: null, hoursPerWeek: c.hoursPerWeek, budgetPerMonth: 0 },
        kpis: c.kpis.map(([kpi, target]) => ({ id: newId(), kpi, target })),
      })),
    },
    voice: {
      weAre: ts(spec.voice.weAre),
      weAreNot: ts(spec.voice.weAreNot),
      vocabularyUse: ts(spec.voice.vocabularyUse),
      vocabularyAvoid: ts(spec.voice.vocabularyAvoid),
      perLanguage: { [locale]: { formality: spec.voice.formality, emoji: spec.voice.emoji, notes: t(spec.voice.languageNotes) } },
      responseTimePromiseHours: spec.voice.responseTimePromiseHours,
      brandPersona: t(spec.voice.brandPersona),
    },
    governance: {
      items: spec.governance.items.map((g) => ({ id: newId(), kind: g.kind, title: t(g.title), body: t(g.body), ownerUserId: null, reviewDate: monthEndAfter(options.today, g.reviewInMonths) })),
      crisis: { levels: spec.governance.crisis.map((c) => ({ id: newId(), level: c.level, description: t(c.description), whoIsCalled: ts(c.whoIsCalled), responseTimeMinutes: c.responseTimeMinutes })) },
    },
    relationships: {
      relationships: spec.relationships.map((r) => ({
        id: newId(),
        name: t(r.name),
        kind: r.kind,
        count: r.count,
        context: t(r.context),
        relevance: t(r.relevance),
        value: r.value,
        valueReason: t(r.valueReason),
        flow: { channel: slot(r.slot), frequency: r.frequency, ownerUserId: null },
      })),
    },
  };
}

function persona(p: PersonaSpec, id: string, locale: Locale, slot: (name: string) => Strategy['channels']['channels'][number]['channel']): Strategy['audience']['personas'][number] {
  const t = (text: Text) => text[locale];
  return {
    id,
    name: t(p.name),
    // The people a template describes speak the language it is written in.
    demographics: { ageBand: p.ageBand, location: t(p.location), languages: [locale], occupation: t(p.occupation), incomeBand: t(p.incomeBand) },
    psychographics: { values: p.values.map(t), interests: p.interests.map(t), motivations: p.motivations.map(t), challenges: p.challenges.map(t) },
    onlineBehaviour: { channels: p.slots.map(slot), activeHours: t(p.activeHours), preferredFormats: p.preferredFormats.map(t), follows: p.follows.map(t) },
    journeyStage: p.journeyStage,
    howToTalk: t(p.howToTalk),
  };
}
