import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useRequestRetag, useRetagStatus } from './listening-manage.queries.ts';
import { isRetagActive, retagPercent } from './retag-progress.ts';

/**
 * After a topic is created, deleted or its query changed, the mentions already stored are matched
 * again in the background: a progress bar while that runs, then when it finished. Editors can ask
 * for it by hand (after a failure, or for mentions stored before their topic existed).
 */
export function RetagStatusPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const retag = useRetagStatus(workspace.id);
  const request = useRequestRetag(workspace.id);
  const status = retag.data;
  if (!status) return null;

  const again = canEdit && (
    <Button size="xs" variant="subtle" leftSection={<IconRefresh size={16} aria-hidden />} loading={request.isPending} onClick={() => request.mutate()}>
      {t('listening.retag.again')}
    </Button>
  );

  if (isRetagActive(status)) {
    const percent = retagPercent(status);
    const running = status.status === 'running';
    return (
      <Stack gap={4} data-testid="retag-progress">
        <Text size="sm" fw={500}>
          {running ? t('listening.retag.running', { percent: format.number(percent) }) : t('listening.retag.queued')}
        </Text>
        <Progress value={running ? percent : 100} striped={!running} animated aria-label={t('listening.retag.label')} />
        {running ? (
          <Text size="xs" c="dimmed">
            {t('listening.retag.counts', { done: format.number(Math.min(status.processed, status.total)), total: format.number(status.total) })}
          </Text>
        ) : (
          // Queued by a change whose job never reached the queue (the server stopped in between) stays queued: start it by hand.
          <Group>{again}</Group>
        )}
        <ErrorAlert error={request.error} />
      </Stack>
    );
  }

  return (
    <Stack gap="xs" data-testid="retag-status" role="status">
      {status.status === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('listening.retag.failedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('listening.retag.failedBody')}</Text>
            {status.error && (
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {status.error}
              </Text>
            )}
            {again}
          </Stack>
        </Alert>
      )}
      {status.status === 'done' && status.finishedAt && (
        <Group gap="xs" wrap="wrap">
          <IconCheck size={16} aria-hidden color="var(--mantine-color-teal-7)" />
          <Text size="sm" c="dimmed">
            {t('listening.retag.done', { when: format.dateTime(status.finishedAt), changed: format.number(status.changed) })}
          </Text>
          {again}
        </Group>
      )}
      {status.status === 'idle' && canEdit && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('listening.retag.idle')}
          </Text>
          {again}
        </Group>
      )}
      <ErrorAlert error={request.error} />
    </Stack>
  );
}
