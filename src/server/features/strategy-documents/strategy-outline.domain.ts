import type { CalendarSystem, Locale } from '../../../shared/locales.ts';
import type { CheckFacts } from '../../../shared/strategy/strategy-check.schemas.ts';
import { checkStrategy } from '../../../shared/strategy/strategy-check.domain.ts';
import { completeness } from '../../../shared/strategy/strategy-completeness.domain.ts';
import { SECTION_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { STEP_SECTIONS, type StrategySectionKey, type StrategyStep, stepOfSection } from '../../../shared/strategy/strategy-steps.data.ts';
import type { Block, StrategyOutline } from './outline.domain.ts';
import { checkBlocks } from './outline-check.domain.ts';
import { channelsBlocks, governanceBlocks, relationshipsBlocks, voiceBlocks } from './outline-delivery.domain.ts';
import { createFormat, type Format } from './outline-format.domain.ts';
import { contextBlocks, goalsBlocks, teamBlocks, threadBlocks } from './outline-plan.domain.ts';
import { audienceBlocks, listeningBlocks, metricsBlocks, oneThingBlocks } from './outline-research.domain.ts';

export type OutlineSource = { kind: 'draft'; revision: number } | { kind: 'version'; number: number; label: string; publishedAt: Date | string };

export type OutlineInput = {
  strategy: Strategy;
  workspaceName: string;
  /** Display names of the workspace's members by user id; RACI and owners are stored as ids. */
  memberNames: Readonly<Record<string, string>>;
  locale: Locale;
  /** Members' business functions, today and the fiscal year start, as the method check needs them. */
  facts: CheckFacts;
  source: OutlineSource;
  generatedAt: Date;
  calendar: CalendarSystem;
  timeZone: string;
};

/** The thread sits right after the goals it follows; the method check closes the document. */
export const OUTLINE_SECTION_IDS = [
  'team',
  'goals',
  'thread',
  'context',
  'listening',
  'audience',
  'metrics',
  'oneThing',
  'channels',
  'voice',
  'governance',
  'relationships',
  'check',
] as const;
export type OutlineSectionId = (typeof OUTLINE_SECTION_IDS)[number];

function sectionTitle(key: StrategySectionKey, f: Format): string {
  const title = key === 'team' ? f.t('team') : f.label(SECTION_LABELS, key);
  const step = stepOfSection(key);
  // Numbered steps keep the method's numbers; the supporting sections are named only.
  return typeof step === 'number' ? `${f.number(step)}. ${title}` : title;
}

/** The whole strategy as a neutral outline in one language, in the method's order. */
export function buildStrategyOutline(input: OutlineInput): StrategyOutline {
  const { strategy: s, locale, facts } = input;
  const f = createFormat({ locale, calendar: input.calendar, timeZone: input.timeZone, memberNames: input.memberNames });
  const findings = checkStrategy(s, facts);
  const score = completeness(s, facts);
  const stepTitle = (step: StrategyStep) => sectionTitle(STEP_SECTIONS[step], f);

  const blocks: Record<OutlineSectionId, () => Block[]> = {
    team: () => teamBlocks(s, f),
    goals: () => goalsBlocks(s, f),
    thread: () => threadBlocks(s, f),
    context: () => contextBlocks(s, f),
    listening: () => listeningBlocks(s, f),
    audience: () => audienceBlocks(s, f),
    metrics: () => metricsBlocks(s, f, facts.fiscalYearStartMonth),
    oneThing: () => oneThingBlocks(s, f),
    channels: () => channelsBlocks(s, f),
    voice: () => voiceBlocks(s, f),
    governance: () => governanceBlocks(s, f),
    relationships: () => relationshipsBlocks(s, f),
    check: () => checkBlocks(findings, score, stepTitle, f),
  };
  const title = (id: OutlineSectionId) => (id === 'thread' ? f.t('thread') : id === 'check' ? f.t('check') : sectionTitle(id, f));

  const { source } = input;
  const meta =
    source.kind === 'draft'
      ? [f.t('draftRevision', { revision: source.revision })]
      : [f.t('version', { number: source.number, label: source.label }), f.t('publishedOn', { date: f.day(source.publishedAt) })];
  meta.push(f.t('exportedOn', { date: f.moment(input.generatedAt) }));

  return {
    locale,
    title: f.t('title'),
    workspaceName: input.workspaceName,
    meta,
    contents: f.t('contents'),
    sections: OUTLINE_SECTION_IDS.map((id) => ({ id, title: title(id), blocks: blocks[id]() })),
  };
}
