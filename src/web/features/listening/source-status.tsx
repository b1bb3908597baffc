import { Badge, Stack, Text } from '@mantine/core';
import { type Icon, IconBrandBluesky, IconBrandMastodon, IconFileSpreadsheet, IconRss, IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Source, SourceKind } from '../../../shared/api/listening.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';

export const SOURCE_ICONS: Record<SourceKind, Icon> = {
  file: IconFileSpreadsheet,
  rss: IconRss,
  mastodon: IconBrandMastodon,
  bluesky: IconBrandBluesky,
  webhook: IconWebhook,
};

const STATUS_COLORS: Record<Source['status'], string> = { ok: 'teal', failing: 'red', idle: 'gray' };

/** A token's source: receiving while the token works, and when mentions last came. */
function WebhookStatus({ source }: { source: Source }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={4} maw={360}>
      <Badge variant="light" color={source.enabled ? 'teal' : 'gray'} data-testid="source-status">
        {source.enabled ? t('listening.sources.status.receiving') : t('listening.sources.status.revoked')}
      </Badge>
      <Text size="xs" c="dimmed">
        {source.lastReceivedAt ? t('listening.sources.lastReceived', { when: format.dateTime(source.lastReceivedAt) }) : t('listening.sources.nothingReceived')}
      </Text>
    </Stack>
  );
}

/** What a polled source is doing: fine, failing (why, how often in a row, when it tries again) or not polled yet. */
export function SourceStatus({ source }: { source: Source }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (source.kind === 'webhook') return <WebhookStatus source={source} />;
  const polled = source.kind !== 'file';
  return (
    <Stack gap={4} maw={360}>
      <Badge variant="light" color={source.enabled ? STATUS_COLORS[source.status] : 'gray'} data-testid="source-status">
        {source.enabled ? t(`listening.sources.status.${source.status}`) : t('listening.sources.status.disabled')}
      </Badge>
      {source.status === 'failing' && source.lastErrorCode && (
        <Text size="xs" c="red.8">
          {t(`listening.sources.errors.${source.lastErrorCode}`)}
        </Text>
      )}
      {source.status === 'failing' && source.lastError && (
        // The server's own words (English) name the address and the answer, for whoever fixes it.
        <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {source.lastError}
        </Text>
      )}
      {source.consecutiveFailures > 0 && (
        <Text size="xs" c="dimmed">
          {t('listening.sources.failures', { number: format.number(source.consecutiveFailures) })}
        </Text>
      )}
      {source.lastPolledAt && (
        <Text size="xs" c="dimmed">
          {t('listening.sources.lastPolled', { when: format.dateTime(source.lastPolledAt) })}
        </Text>
      )}
      {source.lastReceivedAt && (
        <Text size="xs" c="dimmed">
          {t('listening.sources.lastReceived', { when: format.dateTime(source.lastReceivedAt) })}
        </Text>
      )}
      {polled && source.enabled && source.nextPollAt && (
        <Text size="xs" c="dimmed">
          {t('listening.sources.nextPoll', { when: format.dateTime(source.nextPollAt) })}
        </Text>
      )}
    </Stack>
  );
}
