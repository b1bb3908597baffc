import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBookmarkPlus, IconTrendingUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import { mentionParams } from './listening-params.ts';
import type { DashboardQuery } from './listening.queries.ts';
import type { ListeningLabels, ListeningNumbers } from './use-listening-labels.ts';
import type { SpikeRef } from './volume-chart.tsx';

/** The mentions behind a spike: that day, that topic, and the dashboard's other filters. */
export function spikeLink(workspaceId: string, spike: SpikeRef, query: DashboardQuery): string {
  const params = mentionParams({ topicId: spike.topicId ?? undefined, channel: query.channel, language: query.language, from: spike.day, to: spike.day });
  return `/w/${workspaceId}/listening/mentions?${params.toString()}`;
}

type SpikeListProps = {
  workspaceId: string;
  spikes: Dashboard['spikes'];
  query: DashboardQuery;
  labels: ListeningLabels;
  numbers: ListeningNumbers;
  onEvidence?: () => void;
};

/** Days far above their rolling baseline, newest first, each a link to the mentions that caused it. */
export function SpikeList({ workspaceId, spikes, query, labels, numbers, onEvidence }: SpikeListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t('listening.dashboard.spikes.title');
  const newestFirst = [...spikes].sort((a, b) => b.day.localeCompare(a.day) || b.factor - a.factor);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {onEvidence && spikes.length > 0 && (
          <Button variant="light" size="compact-sm" leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={onEvidence} aria-label={t('listening.dashboard.evidence.saveFor', { chart: title })}>
            {t('listening.dashboard.evidence.save')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('listening.dashboard.spikes.help')}
      </Text>
      {newestFirst.length === 0 ? (
        <Text size="sm">{t('listening.dashboard.spikes.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {newestFirst.map((spike) => (
            <li key={`${spike.day}-${spike.topicId ?? 'all'}`}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <IconTrendingUp size={18} color="var(--mantine-color-red-7)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <div>
                  <Anchor component={Link} to={spikeLink(workspaceId, spike, query)} fw={600} size="sm">
                    {`${labels.day(spike.day)} · ${labels.topic(spike.topicId)}`}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('listening.dashboard.spikes.detail', {
                      count: spike.mentions,
                      mentions: numbers.count(spike.mentions),
                      baseline: numbers.factor(spike.baseline),
                      factor: numbers.factor(spike.factor),
                    })}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
