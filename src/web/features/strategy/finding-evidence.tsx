import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../shared/locales.ts';
import type { FindingEvidence as Evidence } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';

/** The dashboard view a finding was saved from, with the numbers it showed then (they do not change later). */
export function FindingEvidence({ workspaceId, evidence }: { workspaceId: string; evidence: Evidence }) {
  const { t } = useTranslation();
  const { locale, calendar } = useFormatters();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const { query, chart, series } = evidence;
  const day = (iso: string) => formatDate(`${iso}T00:00:00Z`, locale, calendar, 'UTC');
  const params = new URLSearchParams({ range: 'custom', from: query.from, to: query.to });
  if (query.topicId) params.set('topic', query.topicId);
  if (query.channel) params.set('channel', query.channel);
  if (query.language) params.set('language', query.language);
  const share = chart === 'share_of_voice';

  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <IconChartBar size={16} aria-hidden />
        <Text size="xs" c="dimmed">
          {t('listening.common.evidence.from', { chart: t(`listening.common.evidence.charts.${chart}`), from: day(query.from), to: day(query.to) })}
        </Text>
        <Anchor component={Link} to={`/w/${workspaceId}/listening/dashboard?${params.toString()}`} size="xs">
          {t('listening.common.evidence.open')}
        </Anchor>
        {series.length > 0 && (
          <Button variant="subtle" size="compact-xs" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((shown) => !shown)}>
            {open ? t('listening.common.evidence.hideNumbers') : t('listening.common.evidence.showNumbers', { count: series.length })}
          </Button>
        )}
      </Group>
      <div id={tableId} hidden={!open}>
        <ScrollTable label={t('listening.common.evidence.numbers')} minWidth={280}>
          <Table striped withTableBorder fz="xs">
            <Table.Tbody>
              {series.map((point) => (
                <Table.Tr key={point.label}>
                  <Table.Th scope="row">{point.label}</Table.Th>
                  <Table.Td>{formatNumber(point.value, locale, share ? { style: 'percent', maximumFractionDigits: 1 } : undefined)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </div>
    </div>
  );
}
