import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { formatFileSize } from './file-size.ts';
import { importPercent } from './import-progress.ts';
import { ImportCounts, ImportStatusBadge, RejectionsLink } from './import-status.tsx';
import { useImportProgress } from './listening-sources.queries.ts';

type ImportProgressStepProps = { importId: string; onAnother: () => void; onClose: () => void };

/** Step 3: the import runs as a background job; this follows it until it ends, then sums it up. */
export function ImportProgressStep({ importId, onAnother, onClose }: ImportProgressStepProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const progress = useImportProgress(workspace.id, importId);
  const summary = progress.data;

  if (progress.isPending) return <LoadingState />;
  if (!summary) return <RetryableError error={progress.error} onRetry={() => progress.refetch()} />;

  const percent = importPercent(summary);
  const finished = summary.status === 'done' || summary.status === 'failed';

  return (
    <Stack gap="md" maw={720} data-testid="import-progress">
      <Group gap="sm">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {summary.fileName}
        </Text>
        <ImportStatusBadge status={summary.status} />
      </Group>
      <Stack gap={4}>
        <Progress value={percent} animated={!finished} color={summary.status === 'failed' ? 'red' : undefined} aria-label={t('listening.imports.progress.label')} />
        <Text size="sm">
          {t('listening.imports.progress.bytes', {
            done: formatFileSize(summary.status === 'done' ? summary.byteSize : summary.bytesProcessed, format.locale),
            total: formatFileSize(summary.byteSize, format.locale),
            percent: format.number(percent),
          })}
        </Text>
      </Stack>
      <ImportCounts summary={summary} />
      {summary.status === 'done' && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} title={t('listening.imports.progress.doneTitle')} role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('listening.imports.progress.doneBody', {
                imported: format.number(summary.rowsImported),
                duplicates: format.number(summary.rowsDuplicate),
                rejected: format.number(summary.rowsRejected),
              })}
            </Text>
            {summary.rowsRejected > 0 && <Text size="sm">{t('listening.imports.progress.rejectedHelp')}</Text>}
            <RejectionsLink workspaceId={workspace.id} summary={summary} size="sm" />
          </Stack>
        </Alert>
      )}
      {summary.status === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('listening.imports.progress.failedTitle')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('listening.imports.progress.failedBody')}</Text>
            {summary.error && (
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {summary.error}
              </Text>
            )}
            <RejectionsLink workspaceId={workspace.id} summary={summary} size="sm" />
          </Stack>
        </Alert>
      )}
      {!finished && <Text size="sm" c="dimmed">{t('listening.imports.progress.background')}</Text>}
      <Group>
        {finished && <Button onClick={onAnother}>{t('listening.imports.progress.another')}</Button>}
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
