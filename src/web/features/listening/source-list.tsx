import { ActionIcon, Group, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconRefresh, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/api/listening.schemas.ts';
import { EditDeleteActions } from '../../ui/components/edit-delete-actions.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { SOURCE_ICONS, SourceStatus } from './source-status.tsx';

/** Where a source reads from, in a line: the feed, `#tag @ instance`, the search, or the token that posts to it. */
function configSummary(source: Source, t: TFunction): string {
  const c = source.config;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  if (source.kind === 'rss') return str(c.url);
  if (source.kind === 'mastodon') {
    const host = str(c.instanceUrl).replace(/^https?:\/\//, '');
    return c.mode === 'hashtag' ? `#${str(c.query)} · ${host}` : `“${str(c.query)}” · ${host}`;
  }
  if (source.kind === 'bluesky') return `“${str(c.query)}” · ${str(c.serviceUrl).replace(/^https?:\/\//, '')}`;
  if (source.kind === 'webhook') return source.enabled ? t('listening.sources.webhookSource.active') : t('listening.sources.webhookSource.revoked');
  return '';
}

type SourceListProps = {
  sources: Source[];
  canEdit: boolean;
  pollingId: string | null;
  onToggle: (source: Source) => void;
  onPoll: ((source: Source) => void) | null;
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
};

/**
 * Every source with its health; polled ones can be paused, polled now, changed or removed. A
 * webhook token's source only shows what arrived: it goes with its token, and may be removed once
 * the token is revoked.
 */
export function SourceList({ sources, canEdit, pollingId, onToggle, onPoll, onEdit, onDelete }: SourceListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ScrollTable label={t('listening.sources.list.title')} minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('listening.sources.list.source')}</Table.Th>
            <Table.Th scope="col">{t('listening.sources.list.status')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('listening.sources.list.mentions')}
            </Table.Th>
            <Table.Th scope="col">{t('listening.sources.list.enabled')}</Table.Th>
            {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((source) => {
            const Icon = SOURCE_ICONS[source.kind];
            const polled = source.kind === 'rss' || source.kind === 'mastodon' || source.kind === 'bluesky';
            return (
              <Table.Tr key={source.id} data-testid="source-row">
                <Table.Td maw={360}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Tooltip label={t(`listening.sources.kinds.${source.kind}`)}>
                      <Icon size={22} aria-label={t(`listening.sources.kinds.${source.kind}`)} role="img" style={{ flexShrink: 0 }} />
                    </Tooltip>
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {source.name}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {configSummary(source, t)}
                      </Text>
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <SourceStatus source={source} />
                </Table.Td>
                <Table.Td ta="end">{format.number(source.mentions)}</Table.Td>
                <Table.Td>
                  {polled && (
                    <Switch
                      checked={source.enabled}
                      onChange={() => onToggle(source)}
                      disabled={!canEdit}
                      aria-label={t('listening.sources.list.enabledOf', { name: source.name })}
                    />
                  )}
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    {polled && (
                      <Group gap={4} wrap="nowrap">
                        {onPoll && (
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            onClick={() => onPoll(source)}
                            loading={pollingId === source.id}
                            disabled={!source.enabled}
                            aria-label={t('listening.sources.list.pollNow', { name: source.name })}
                          >
                            <IconRefresh size={18} aria-hidden />
                          </ActionIcon>
                        )}
                        <EditDeleteActions
                          onEdit={() => onEdit(source)}
                          onDelete={() => onDelete(source)}
                          editLabel={t('listening.sources.list.edit', { name: source.name })}
                          deleteLabel={t('listening.sources.list.delete', { name: source.name })}
                        />
                      </Group>
                    )}
                    {source.kind === 'webhook' && !source.enabled && (
                      <ActionIcon variant="subtle" color="red" size="lg" onClick={() => onDelete(source)} aria-label={t('listening.sources.list.delete', { name: source.name })}>
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
