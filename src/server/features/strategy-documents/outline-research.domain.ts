import { CHANNEL_LABELS, KPI_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import { fiscalQuarterRange } from '../../../shared/strategy/strategy-fiscal.domain.ts';
import { US } from '../../../shared/strategy/strategy-one-thing.schemas.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { type Block, bullets, facts, heading, muted, orEmpty, table } from './outline.domain.ts';
import type { Format } from './outline-format.domain.ts';
import { objectiveTitle, prose } from './outline-plan.domain.ts';
import { JOURNEY_LABELS } from './strategy-document-values.messages.ts';

const QUARTERS = [1, 2, 3, 4] as const;

export function listeningBlocks(s: Strategy, f: Format): Block[] {
  const { brandTerms, competitors, categoryTerms, topicTerms, questions, findings } = s.listening;
  const empty = f.t('nothingYet');
  return [
    facts([
      { label: f.t('brandTerms'), value: f.list(brandTerms) },
      { label: f.t('categoryTerms'), value: f.list(categoryTerms) },
      { label: f.t('topicTerms'), value: f.list(topicTerms) },
    ]),
    heading(f.t('competitors')),
    ...orEmpty(competitors, () => [table([f.t('name'), f.t('handles'), f.t('terms')], competitors.map((c) => [f.text(c.name), f.list(c.handles), f.list(c.terms)]))], empty),
    heading(f.t('questions')),
    ...orEmpty(questions, () => [bullets(questions.map((q) => ({ text: q })))], empty),
    heading(f.t('findings')),
    ...orEmpty(findings, () => [bullets(findings.map((x) => ({ lead: f.day(x.createdAt), text: x.text.trim() })))], empty),
  ];
}

export function audienceBlocks(s: Strategy, f: Format): Block[] {
  const { personas } = s.audience;
  return orEmpty(
    personas,
    () =>
      personas.flatMap((p) => [
        heading(p.name.trim() || f.t('untitled')),
        facts([
          { label: f.t('ageBand'), value: f.text(p.demographics.ageBand) },
          { label: f.t('location'), value: f.text(p.demographics.location) },
          { label: f.t('languages'), value: f.list(p.demographics.languages.map((tag) => f.language(tag))) },
          { label: f.t('occupation'), value: f.text(p.demographics.occupation) },
          { label: f.t('incomeBand'), value: f.text(p.demographics.incomeBand) },
          { label: f.t('values'), value: f.list(p.psychographics.values) },
          { label: f.t('interests'), value: f.list(p.psychographics.interests) },
          { label: f.t('motivations'), value: f.list(p.psychographics.motivations) },
          { label: f.t('challenges'), value: f.list(p.psychographics.challenges) },
          { label: f.t('personaChannels'), value: f.list(p.onlineBehaviour.channels.map((c) => f.label(CHANNEL_LABELS, c))) },
          { label: f.t('activeHours'), value: f.text(p.onlineBehaviour.activeHours) },
          { label: f.t('preferredFormats'), value: f.list(p.onlineBehaviour.preferredFormats) },
          { label: f.t('follows'), value: f.list(p.onlineBehaviour.follows) },
          { label: f.t('journeyStage'), value: p.journeyStage ? f.label(JOURNEY_LABELS, p.journeyStage) : '—' },
          { label: f.t('howToTalk'), value: f.text(p.howToTalk) },
        ]),
      ]),
    f.t('nothingYet'),
  );
}

/** The fiscal year as the reader's calendar writes it, with the dates it runs between. */
function fiscalYearText(fiscalYear: number | null, startMonth: number, f: Format): string {
  if (fiscalYear === null) return f.t('notSet');
  const { start } = fiscalQuarterRange(fiscalYear, 1, startMonth);
  const { end } = fiscalQuarterRange(fiscalYear, 4, startMonth);
  return `${f.year(end)} (${f.date(start)} – ${f.date(end)})`;
}

export function metricsBlocks(s: Strategy, f: Format, fiscalYearStartMonth: number): Block[] {
  const { fiscalYear, kpis } = s.metrics;
  return [
    facts([{ label: f.t('fiscalYear'), value: fiscalYearText(fiscalYear, fiscalYearStartMonth, f) }]),
    ...orEmpty(kpis, () => [
      table(
        [f.t('kpi'), f.t('objective'), ...QUARTERS.map((quarter) => f.t('quarter', { quarter })), f.t('dataSource'), f.t('owner')],
        kpis.map((k) => [
          f.label(KPI_LABELS, k.kpi),
          objectiveTitle(s.goals.objectives, k.objectiveId, f),
          ...k.quarterlyTargets.map((target) => f.number(target)),
          f.text(k.dataSource),
          f.person(k.ownerUserId),
        ]),
        [false, false, true, true, true, true, false, false],
      ),
    ], f.t('nothingYet')),
  ];
}

export function oneThingBlocks(s: Strategy, f: Format): Block[] {
  const { differentiator, proofPoints, comparison } = s.oneThing;
  const subject = (id: string) => (id === US ? f.t('us') : (s.listening.competitors.find((c) => c.id === id)?.name.trim() || f.t('removedCompetitor')));
  const hasMatrix = comparison.attributes.length > 0 && comparison.rows.length > 0;
  return [
    heading(f.t('differentiator')),
    prose(differentiator, f),
    heading(f.t('proofPoints')),
    ...orEmpty(proofPoints, () => [bullets(proofPoints.map((p) => ({ text: p })))], f.t('nothingYet')),
    heading(f.t('comparison')),
    ...(hasMatrix
      ? [
          table(
            [f.t('name'), ...comparison.attributes.map((a) => a.name.trim() || f.t('untitled'))],
            comparison.rows.map((row) => [subject(row.subject), ...comparison.attributes.map((a) => f.number(row.scores[a.id] ?? null))]),
            [false, ...comparison.attributes.map(() => true)],
          ),
          muted(f.t('scoreScale')),
        ]
      : [muted(f.t('nothingYet'))]),
  ];
}
