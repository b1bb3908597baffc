import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconBookmarkPlus, IconTable } from '@tabler/icons-react';
import { type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';

export type ChartTable = { head: string[]; rows: { key: string; cells: ReactNode[] }[] };

type ChartCardProps = {
  title: string;
  /** The chart's message in one or two sentences: read out with the chart, shown under it. */
  summary: ReactNode;
  /** The same numbers as the chart, for anyone who cannot or would rather not read the picture. */
  table: ChartTable;
  /** Offers "Save as evidence" when given. */
  onSaveEvidence?: () => void;
  children: (summaryId: string) => ReactNode;
};

/** A dashboard chart with its heading, its summary in words, a table to show instead, and the evidence button. */
export function ChartCard({ title, summary, table, onSaveEvidence, children }: ChartCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {onSaveEvidence && (
            <Button variant="light" size="compact-sm" leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={onSaveEvidence} aria-label={t('listening.dashboard.evidence.saveFor', { chart: title })}>
              {t('listening.dashboard.evidence.save')}
            </Button>
          )}
        </Group>
        <Suspense fallback={<LoadingState />}>{children(summaryId)}</Suspense>
        <Text id={summaryId} size="sm" c="dimmed">
          {summary}
        </Text>
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconTable size={16} aria-hidden />}
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('listening.common.hideTable') : t('listening.common.showTable')}
          </Button>
        </div>
        <div id={tableId} hidden={!showTable}>
          <ScrollTable label={t('listening.common.tableOf', { chart: title })} minWidth={360}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {table.head.map((cell) => (
                    <Table.Th key={cell} scope="col">
                      {cell}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row) => (
                  <Table.Tr key={row.key}>
                    {row.cells.map((cell, index) =>
                      index === 0 ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                        <Table.Th key={index} scope="row">
                          {cell}
                        </Table.Th>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                        <Table.Td key={index}>{cell}</Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </div>
      </Stack>
    </Card>
  );
}
