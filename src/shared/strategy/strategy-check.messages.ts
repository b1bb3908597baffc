import { formatNumber, intlLocale, type Locale } from '../locales.ts';
import type { Finding, FindingParam, RuleId } from './strategy-check.schemas.ts';
import { GOAL_RULE_MESSAGES } from './strategy-check-goals.messages.ts';
import { PLAN_RULE_MESSAGES } from './strategy-check-plan.messages.ts';
import {
  BUSINESS_FUNCTION_LABELS,
  CHANNEL_LABELS,
  GOAL_TYPE_LABELS,
  KPI_LABELS,
  type Labels,
  REFERENCE_TARGET_LABELS,
  type RuleMessages,
  type RuleText,
  SECTION_LABELS,
} from './strategy-labels.messages.ts';

/** Message and fix hint of every rule in every locale; the Record type makes a gap a type error. */
export const STRATEGY_CHECK_MESSAGES: Readonly<Record<RuleId, RuleMessages>> = {
  ...GOAL_RULE_MESSAGES,
  ...PLAN_RULE_MESSAGES,
};

/**
 * Params whose values are catalogue keys and are shown by their localized label. Lists of
 * alternatives ("sales or marketing") are joined with "or", other lists with "and".
 */
export const LABELLED_PARAMS: Readonly<Record<string, { labels: Labels<string>; list?: 'disjunction' }>> = {
  channel: { labels: CHANNEL_LABELS },
  goalType: { labels: GOAL_TYPE_LABELS },
  kpi: { labels: KPI_LABELS },
  kpis: { labels: KPI_LABELS, list: 'disjunction' },
  functions: { labels: BUSINESS_FUNCTION_LABELS, list: 'disjunction' },
  section: { labels: SECTION_LABELS },
  target: { labels: REFERENCE_TARGET_LABELS },
};

function renderParam(name: string, value: FindingParam, locale: Locale): string {
  const spec = LABELLED_PARAMS[name];
  const label = (key: string) => spec?.labels[key]?.[locale] ?? key;
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') return label(value);
  return new Intl.ListFormat(intlLocale(locale), { type: spec?.list ?? 'conjunction' }).format(value.map(label));
}

/** Replaces {name} placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** The finding as a sentence and a fix hint in the reader's language. */
export function formatFinding(finding: Finding, locale: Locale): RuleText {
  const text = STRATEGY_CHECK_MESSAGES[finding.ruleId][locale];
  const values = Object.fromEntries(Object.entries(finding.params).map(([name, value]) => [name, renderParam(name, value, locale)]));
  return { message: interpolate(text.message, values), fix: interpolate(text.fix, values) };
}
