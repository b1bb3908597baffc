import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconGitCompare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../shared/api/strategy.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { DocumentsMenu } from './documents-menu.tsx';
import { downloadTextFile } from './download-file.ts';
import { useFetchVersion } from './versions.queries.ts';

type VersionsTableProps = { versions: VersionSummary[]; onCompare: (number: number) => void };

/** Published versions, newest first, each with a comparison against the draft and its file. */
export function VersionsTable({ versions, onCompare }: VersionsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const fetchVersion = useFetchVersion(workspace.id);
  const [downloading, setDownloading] = useState<number | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  // The same bytes as the draft's JSON export, so a downloaded version can be imported again.
  const download = async (number: number) => {
    setDownloading(number);
    setDownloadError(null);
    try {
      const version = await fetchVersion(number);
      downloadTextFile(`strategy-v${number}.json`, `${JSON.stringify(version.document, null, 2)}\n`, 'application/json');
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="versions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="versions-heading">
          {t('strategy.versions.list.title')}
        </Title>
        <ErrorAlert error={downloadError} title={t('strategy.versions.list.downloadFailed')} />
        {versions.length === 0 ? (
          <Text c="dimmed">{t('strategy.versions.list.empty')}</Text>
        ) : (
          <ScrollTable label={t('strategy.versions.list.title')} minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('strategy.versions.list.number')}</Table.Th>
                  <Table.Th scope="col">{t('strategy.versions.list.label')}</Table.Th>
                  <Table.Th scope="col">{t('strategy.versions.list.publishedAt')}</Table.Th>
                  <Table.Th scope="col">{t('strategy.versions.list.publishedBy')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => {
                  const name = t('strategy.versions.versionName', { number: version.number });
                  return (
                    <Table.Tr key={version.number}>
                      <Table.Td>
                        <Text fw={600}>{format.number(version.number)}</Text>
                      </Table.Td>
                      <Table.Td miw={160} style={{ overflowWrap: 'break-word' }}>
                        {version.label}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(version.publishedAt)}</Table.Td>
                      <Table.Td>{version.publishedBy?.name ?? t('strategy.versions.list.formerMember')}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <Button variant="light" size="xs" leftSection={<IconGitCompare size={16} aria-hidden />} onClick={() => onCompare(version.number)}>
                            {t('strategy.versions.list.compare')}
                            <VisuallyHidden> {name}</VisuallyHidden>
                          </Button>
                          <Button
                            variant="default"
                            size="xs"
                            leftSection={<IconDownload size={16} aria-hidden />}
                            loading={downloading === version.number}
                            onClick={() => download(version.number)}
                          >
                            {t('strategy.versions.list.download')}
                            <VisuallyHidden> {name}</VisuallyHidden>
                          </Button>
                          <DocumentsMenu workspaceId={workspace.id} version={version.number} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
