import { Badge, Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/api/listening.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { rejectionsUrl } from './listening-sources.queries.ts';

const STATUS_COLORS: Record<ImportSummary['status'], string> = {
  uploaded: 'gray',
  queued: 'blue',
  running: 'blue',
  done: 'teal',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: ImportSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`listening.imports.status.${status}`)}
    </Badge>
  );
}

/** New, skipped and refused rows, as one line. */
export function ImportCounts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Group gap="md" wrap="wrap" data-testid="import-counts">
      <Text size="sm">
        {t('listening.imports.counts.imported')} <strong data-testid="rows-imported">{format.number(summary.rowsImported)}</strong>
      </Text>
      <Text size="sm">
        {t('listening.imports.counts.duplicates')} <strong data-testid="rows-duplicate">{format.number(summary.rowsDuplicate)}</strong>
      </Text>
      <Text size="sm" c={summary.rowsRejected > 0 ? 'red.8' : undefined}>
        {t('listening.imports.counts.rejected')} <strong data-testid="rows-rejected">{format.number(summary.rowsRejected)}</strong>
      </Text>
    </Group>
  );
}

/** The refused rows with their line numbers and reasons, as a CSV the team can fix and import again. */
export function RejectionsLink({ workspaceId, summary, size = 'xs' }: { workspaceId: string; summary: ImportSummary; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  if (summary.rowsRejected === 0 || summary.status === 'uploaded') return null;
  return (
    <Button
      component="a"
      href={rejectionsUrl(workspaceId, summary.id)}
      download
      size={size}
      variant="light"
      color="red"
      leftSection={<IconDownload size={16} aria-hidden />}
      data-testid="download-rejections"
    >
      {t('listening.imports.downloadRejections')}
    </Button>
  );
}
