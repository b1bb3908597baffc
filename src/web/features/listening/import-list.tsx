import { Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/api/listening.schemas.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { formatFileSize } from './file-size.ts';
import { importPercent, isImportActive } from './import-progress.ts';
import { ImportStatusBadge, RejectionsLink } from './import-status.tsx';
import { useImports } from './listening-sources.queries.ts';

function ImportRow({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const running = isImportActive(summary);
  return (
    <Table.Tr data-testid="import-row">
      <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm" fw={600}>
          {summary.fileName}
        </Text>
        <Text size="xs" c="dimmed">
          {[formatFileSize(summary.byteSize, format.locale), summary.format.toUpperCase(), summary.encoding].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(summary.createdAt)}</Table.Td>
      <Table.Td miw={130}>
        <Stack gap={4} align="flex-start">
          <ImportStatusBadge status={summary.status} />
          {running && <Progress w="100%" value={importPercent(summary)} size="sm" aria-label={t('listening.imports.progress.labelOf', { name: summary.fileName })} />}
        </Stack>
      </Table.Td>
      <Table.Td ta="end">{format.number(summary.rowsImported)}</Table.Td>
      <Table.Td ta="end">{format.number(summary.rowsDuplicate)}</Table.Td>
      <Table.Td ta="end">{format.number(summary.rowsRejected)}</Table.Td>
      <Table.Td>
        <RejectionsLink workspaceId={workspace.id} summary={summary} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Recent imports, newest first, with the same numbers the wizard showed. */
export function ImportList() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const imports = useImports(workspace.id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="imports-heading">
      <Title order={3} size="h4" id="imports-heading">
        {t('listening.imports.list.title')}
      </Title>
      {imports.isPending && <LoadingState />}
      {imports.isError && <RetryableError error={imports.error} onRetry={() => imports.refetch()} />}
      {imports.data && imports.data.imports.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('listening.imports.list.empty')}
        </Text>
      )}
      {imports.data && imports.data.imports.length > 0 && (
        <ScrollTable label={t('listening.imports.list.title')} minWidth={860}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('listening.imports.list.file')}</Table.Th>
                <Table.Th scope="col">{t('listening.imports.list.uploadedAt')}</Table.Th>
                <Table.Th scope="col">{t('listening.imports.list.status')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('listening.imports.list.imported')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('listening.imports.list.duplicates')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('listening.imports.list.rejected')}
                </Table.Th>
                <Table.Th scope="col">{t('listening.imports.list.rejectedRows')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.imports.map((summary) => (
                <ImportRow key={summary.id} summary={summary} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
