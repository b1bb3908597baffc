import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/api/listening.schemas.ts';
import { type DashboardView, daysBetween, MAX_RANGE_DAYS, presetRange, RANGE_PRESETS, type RangeChoice } from './listening-params.ts';
import { ALL, choices, fromChoice } from './filter-choices.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

type DashboardFilterBarProps = {
  view: DashboardView;
  today: string;
  topics: readonly Topic[];
  channels: string[];
  languages: string[];
  labels: ListeningLabels;
  onChange: (view: DashboardView) => void;
};

/** The period (presets or two dates), topic, channel and language the whole dashboard is about. */
export function DashboardFilterBar({ view, today, topics, channels, languages, labels, onChange }: DashboardFilterBarProps) {
  const { t } = useTranslation();
  const { query } = view;
  const [draft, setDraft] = useState({ from: query.from, to: query.to });
  const rangeError = draft.from > draft.to ? t('listening.common.toBeforeFrom') : daysBetween(draft.from, draft.to) >= MAX_RANGE_DAYS ? t('listening.dashboard.filters.tooLong', { days: MAX_RANGE_DAYS }) : null;

  const setRange = (range: RangeChoice) => {
    if (range === 'custom') {
      setDraft({ from: query.from, to: query.to });
      onChange({ range, query });
    } else {
      onChange({ range, query: { ...query, ...presetRange(Number(range), today) } });
    }
  };
  const setDay = (field: 'from' | 'to', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (/^\d{4}-\d{2}-\d{2}$/.test(next.from) && /^\d{4}-\d{2}-\d{2}$/.test(next.to) && next.from <= next.to && daysBetween(next.from, next.to) < MAX_RANGE_DAYS) {
      onChange({ range: 'custom', query: { ...query, ...next } });
    }
  };
  const set = (field: 'topicId' | 'channel' | 'language', value: string | null) => onChange({ ...view, query: { ...query, [field]: fromChoice(value) } });

  return (
    <Stack gap="sm" mb="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="listening-range-label">
            {t('listening.dashboard.filters.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="listening-range-label"
            value={view.range}
            onChange={(value) => setRange(value as RangeChoice)}
            data={[...RANGE_PRESETS.map((days) => ({ value: days, label: t('listening.dashboard.filters.lastDays', { count: Number(days) }) })), { value: 'custom', label: t('listening.dashboard.filters.custom') }]}
          />
        </Stack>
        {view.range === 'custom' && (
          <>
            <TextInput type="date" label={t('listening.common.from')} value={draft.from} max={today} onChange={(e) => setDay('from', e.currentTarget.value)} error={rangeError !== null} w={170} />
            <TextInput type="date" label={t('listening.common.to')} value={draft.to} max={today} onChange={(e) => setDay('to', e.currentTarget.value)} error={rangeError} w={170} />
          </>
        )}
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('listening.common.topic')}
          value={query.topicId ?? ALL}
          onChange={(value) => set('topicId', value)}
          data={choices(t('listening.common.allTopics'), topics.map((topic) => topic.id), (id) => labels.topic(id), query.topicId)}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('listening.common.channel')}
          value={query.channel ?? ALL}
          onChange={(value) => set('channel', value)}
          data={choices(t('listening.common.allChannels'), channels, labels.channel, query.channel)}
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t('listening.common.language')}
          value={query.language ?? ALL}
          onChange={(value) => set('language', value)}
          data={choices(t('listening.common.allLanguages'), languages, labels.language, query.language)}
          allowDeselect={false}
          w={170}
        />
      </Group>
    </Stack>
  );
}
