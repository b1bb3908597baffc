import { CHANNEL_LABELS, KPI_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { type Block, facts, heading, orEmpty, table } from './outline.domain.ts';
import type { Format } from './outline-format.domain.ts';
import { prose } from './outline-plan.domain.ts';
import { EMOJI_LABELS, FORMALITY_LABELS, FREQUENCY_LABELS, GOVERNANCE_LABELS, RELATIONSHIP_LABELS } from './strategy-document-values.messages.ts';

export function channelsBlocks(s: Strategy, f: Format): Block[] {
  const currency = s.context.planning.budget.currency;
  const personaName = (id: string) => s.audience.personas.find((p) => p.id === id)?.name.trim() || f.t('untitled');
  return orEmpty(
    s.channels.channels,
    () =>
      s.channels.channels.flatMap((plan) => [
        heading(f.label(CHANNEL_LABELS, plan.channel)),
        facts([
          { label: f.t('channelReason'), value: f.text(plan.reason) },
          { label: f.t('personas'), value: f.list(plan.personaIds.map(personaName)) },
          { label: f.t('pillars'), value: f.list(plan.pillars) },
          { label: f.t('formats'), value: f.list(plan.formats) },
          { label: f.t('postsPerWeek'), value: f.number(plan.postsPerWeek) },
          { label: f.t('hoursPerPost'), value: f.hours(plan.hoursPerPost) },
          { label: f.t('owner'), value: f.person(plan.resources.ownerUserId) },
          { label: f.t('hoursPerWeek'), value: f.hours(plan.resources.hoursPerWeek) },
          { label: f.t('budgetPerMonth'), value: f.money(plan.resources.budgetPerMonth, currency) },
          { label: f.t('kpis'), value: f.list(plan.kpis.map((k) => (k.target === null ? f.label(KPI_LABELS, k.kpi) : `${f.label(KPI_LABELS, k.kpi)}: ${f.number(k.target)}`))) },
        ]),
      ]),
    f.t('nothingYet'),
  );
}

export function voiceBlocks(s: Strategy, f: Format): Block[] {
  const v = s.voice;
  const languages = Object.entries(v.perLanguage);
  return [
    facts([
      { label: f.t('weAre'), value: f.list(v.weAre) },
      { label: f.t('weAreNot'), value: f.list(v.weAreNot) },
      { label: f.t('vocabularyUse'), value: f.list(v.vocabularyUse) },
      { label: f.t('vocabularyAvoid'), value: f.list(v.vocabularyAvoid) },
      { label: f.t('responsePromise'), value: f.hours(v.responseTimePromiseHours) },
    ]),
    heading(f.t('brandPersona')),
    prose(v.brandPersona, f),
    heading(f.t('perLanguage')),
    ...orEmpty(languages, () => [
      table(
        [f.t('language'), f.t('formality'), f.t('emoji'), f.t('notes')],
        languages.map(([tag, voice]) => [f.language(tag), f.label(FORMALITY_LABELS, voice.formality), f.label(EMOJI_LABELS, voice.emoji), f.text(voice.notes)]),
      ),
    ], f.t('nothingYet')),
  ];
}

export function governanceBlocks(s: Strategy, f: Format): Block[] {
  const { items, crisis } = s.governance;
  const levels = [...crisis.levels].sort((a, b) => a.level - b.level);
  return [
    ...orEmpty(items, () =>
      items.flatMap((item) => [
        heading(`${f.label(GOVERNANCE_LABELS, item.kind)}: ${item.title.trim() || f.t('untitled')}`),
        facts([
          { label: f.t('owner'), value: f.person(item.ownerUserId) },
          { label: f.t('reviewDate'), value: f.date(item.reviewDate) },
        ]),
        prose(item.body, f),
      ]), f.t('nothingYet')),
    heading(f.t('crisis')),
    ...orEmpty(levels, () => [
      table(
        [f.t('level'), f.t('description'), f.t('whoIsCalled'), f.t('responseTime')],
        levels.map((c) => [f.number(c.level), f.text(c.description), f.list(c.whoIsCalled), f.minutes(c.responseTimeMinutes)]),
        [true, false, false, true],
      ),
    ], f.t('nothingYet')),
  ];
}

export function relationshipsBlocks(s: Strategy, f: Format): Block[] {
  const { relationships } = s.relationships;
  return orEmpty(
    relationships,
    () =>
      relationships.flatMap((r) => [
        heading(r.name.trim() || f.t('untitled')),
        facts([
          { label: f.t('kind'), value: f.label(RELATIONSHIP_LABELS, r.kind) },
          { label: f.t('count'), value: f.number(r.count) },
          { label: f.t('value'), value: f.number(r.value) },
          { label: f.t('valueReason'), value: f.text(r.valueReason) },
          { label: f.t('context'), value: f.text(r.context) },
          { label: f.t('relevance'), value: f.text(r.relevance) },
          { label: f.t('channel'), value: r.flow.channel ? f.label(CHANNEL_LABELS, r.flow.channel) : '—' },
          { label: f.t('frequency'), value: r.flow.frequency ? f.label(FREQUENCY_LABELS, r.flow.frequency) : '—' },
          { label: f.t('owner'), value: f.person(r.flow.ownerUserId) },
        ]),
      ]),
    f.t('nothingYet'),
  );
}
