import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/api/listening.schemas.ts';
import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { ALL, choices, fromChoice } from './filter-choices.ts';
import type { MentionFilters } from './listening-params.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

const SEARCH_DELAY_MS = 400;

type MentionFilterBarProps = {
  filters: MentionFilters;
  topics: readonly Topic[];
  channels: string[];
  languages: string[];
  labels: ListeningLabels;
  onChange: (filters: MentionFilters) => void;
};

/** Topic, language, sentiment, channel, days and words; the search waits until typing pauses. */
export function MentionFilterBar({ filters, topics, channels, languages, labels, onChange }: MentionFilterBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const latest = useRef({ filters, onChange });
  latest.current = { filters, onChange };

  // The address may change under the field (a link, the back button): the field follows it.
  useEffect(() => {
    setText((current) => (current.trim() === (filters.q ?? '') ? current : (filters.q ?? '')));
  }, [filters.q]);

  useEffect(() => {
    const { filters: current, onChange: change } = latest.current;
    if ((current.q ?? '') !== debounced) change({ ...current, q: debounced || undefined });
  }, [debounced]);

  const set = <K extends keyof MentionFilters>(key: K, value: MentionFilters[K]) => onChange({ ...filters, [key]: value || undefined });
  const dateError = filters.from && filters.to && filters.from > filters.to ? t('listening.common.toBeforeFrom') : null;
  const any = Object.values(filters).some((v) => v !== undefined);

  return (
    <Group gap="md" align="flex-end" wrap="wrap" mb="md">
      <TextInput
        label={t('listening.mentions.filters.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={200}
        type="search"
        w={240}
      />
      <Select label={t('listening.common.topic')} value={filters.topicId ?? ALL} onChange={(v) => set('topicId', fromChoice(v))} data={choices(t('listening.common.allTopics'), topics.map((topic) => topic.id), (id) => labels.topic(id), filters.topicId)} allowDeselect={false} w={190} />
      <Select
        label={t('listening.mentions.filters.sentiment')}
        value={filters.sentiment ?? ALL}
        onChange={(v) => set('sentiment', fromChoice(v) as SentimentLabel | undefined)}
        data={choices(t('listening.mentions.filters.anySentiment'), [...SENTIMENT_LABELS].reverse(), (label) => labels.sentiment(label as SentimentLabel))}
        allowDeselect={false}
        w={150}
      />
      <Select label={t('listening.common.channel')} value={filters.channel ?? ALL} onChange={(v) => set('channel', fromChoice(v))} data={choices(t('listening.common.allChannels'), channels, labels.channel, filters.channel)} allowDeselect={false} w={160} />
      <Select label={t('listening.common.language')} value={filters.language ?? ALL} onChange={(v) => set('language', fromChoice(v))} data={choices(t('listening.common.allLanguages'), languages, labels.language, filters.language)} allowDeselect={false} w={160} />
      <TextInput type="date" label={t('listening.common.from')} value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} error={dateError !== null} w={160} />
      <TextInput type="date" label={t('listening.common.to')} value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} error={dateError} w={160} />
      {any && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          {t('listening.mentions.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
