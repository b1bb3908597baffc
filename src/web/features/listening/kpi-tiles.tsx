import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard, Topic } from '../../../shared/api/listening.schemas.ts';
import { brandShare, totalNet } from './dashboard-series.ts';
import type { ListeningNumbers } from './use-listening-labels.ts';

function Tile({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Card withBorder padding="md">
      {/* A description list keeps each number tied to its name for screen readers. */}
      <dl style={{ margin: 0 }}>
        <Text component="dt" size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
          {value}
        </Text>
        <Text component="dd" m={0} size="xs" c="dimmed">
          {note}
        </Text>
      </dl>
    </Card>
  );
}

/** The period in four numbers: how much, how far, how people feel, and how much of it is about the brand. */
export function KpiTiles({ dashboard, topics, numbers }: { dashboard: Dashboard; topics: readonly Topic[]; numbers: ListeningNumbers }) {
  const { t } = useTranslation();
  const { totals } = dashboard;
  const net = totalNet(totals);
  const share = brandShare(dashboard, topics);
  const part = (count: number) => numbers.percent(totals.mentions === 0 ? 0 : count / totals.mentions);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      <Tile label={t('listening.dashboard.tiles.mentions')} value={numbers.count(totals.mentions)} note={t('listening.dashboard.tiles.mentionsNote')} />
      <Tile label={t('listening.dashboard.tiles.reach')} value={numbers.compact(totals.reach)} note={t('listening.dashboard.tiles.reachNote', { reach: numbers.count(totals.reach) })} />
      <Tile
        label={t('listening.common.netSentiment')}
        value={net === null ? '–' : numbers.signed(net)}
        note={t('listening.dashboard.tiles.netNote', { pos: part(totals.pos), neg: part(totals.neg) })}
      />
      <Tile
        label={t('listening.dashboard.tiles.brandShare')}
        value={share === null ? '–' : numbers.percent(share)}
        note={share === null ? t('listening.dashboard.tiles.brandShareMissing') : t('listening.dashboard.tiles.brandShareNote')}
      />
    </SimpleGrid>
  );
}
