import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { auditCsvUrl, useAuditLog } from './audit.queries.ts';

const MAX_CHANGE_LENGTH = 160;

/** A compact, one-line rendering of what changed; the CSV export carries the full record. */
function describeChanges(changes: AuditEvent['changes']): string {
  const text = Object.entries(changes)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
  return text.length > MAX_CHANGE_LENGTH ? `${text.slice(0, MAX_CHANGE_LENGTH - 1)}…` : text;
}

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const changes = describeChanges(event.changes);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{event.actorName ?? t('settings.audit.system')}</Text>
        {event.actorEmail && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {event.actorEmail}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`auditActions.${event.action}`)}</Text>
        {/* The raw code stays visible: it is what admins search for in the CSV export. */}
        <Code fz="xs" translate="no">
          {event.action}
        </Code>
        {changes && (
          <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {changes}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{event.targetType}</Text>
        {event.targetId && (
          <Text size="xs" c="dimmed" title={event.targetId}>
            {event.targetId.slice(0, 8)}
          </Text>
        )}
      </Table.Td>
      <Table.Td title={event.userAgent ?? undefined}>{event.ip ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

export function AuditLog({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const log = useAuditLog(workspaceId, true);
  const events = log.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed">{t('settings.audit.intro')}</Text>
        <Button component="a" href={auditCsvUrl(workspaceId)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
          {t('settings.audit.exportCsv')}
        </Button>
      </Group>
      {log.isPending && <LoadingState />}
      <ErrorAlert error={log.error} />
      {log.isSuccess && events.length === 0 && <Text c="dimmed">{t('settings.audit.empty')}</Text>}
      {events.length > 0 && (
        <ScrollTable label={t('settings.tabs.audit')} minWidth={820}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.audit.time')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.action')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.target')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.ip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {log.hasNextPage && (
        <Button variant="default" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('settings.audit.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
