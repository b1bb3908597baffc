import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../ui/api/api-client.ts';
import { copyText } from '../../ui/lib/copy-text.ts';

type CreatedTokenProps = { workspaceId: string; name: string; token: string; onDismiss: () => void };
type CopyState = 'idle' | 'copied' | 'failed';

/** A call another tool can make as it is; the example mention is Thai because most of our teams' are. */
export function webhookCurl(workspaceId: string, token: string): string {
  const url = `${window.location.origin}${apiUrl(`/workspaces/${workspaceId}/mentions`)}`;
  const body = JSON.stringify({
    mentions: [{ id: 'post-1', text: 'กาแฟบ้านดอยหอมมาก', publishedAt: '2025-01-31T09:00:00+07:00', author: '@somchai', channel: 'line' }],
  });
  return [`curl -X POST '${url}' \\`, `  -H 'Authorization: Bearer ${token}' \\`, "  -H 'Content-Type: application/json' \\", `  -d '${body}'`].join('\n');
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Stack gap={2} align="flex-start">
      <Button
        size="xs"
        variant="light"
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
        leftSection={state === 'copied' ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      >
        {state === 'copied' ? t('listening.sources.webhook.copied') : label}
      </Button>
      <Text size="xs" c="red.8" aria-live="polite">
        {state === 'failed' ? t('listening.sources.webhook.copyFailed') : ''}
      </Text>
    </Stack>
  );
}

/** Only a hash of the token is stored, so this is the one chance to copy it. */
export function CreatedToken({ workspaceId, name, token, onDismiss }: CreatedTokenProps) {
  const { t } = useTranslation();
  const curl = webhookCurl(workspaceId, token);
  return (
    <Alert color="teal" variant="light" title={t('listening.sources.webhook.createdTitle', { name })} icon={<IconCheck aria-hidden />}>
      <Stack gap="sm">
        <Text size="sm">{t('listening.sources.webhook.shownOnce')}</Text>
        <Code block data-testid="created-token" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {token}
        </Code>
        <CopyButton text={token} label={t('listening.sources.webhook.copyToken')} />
        <Text size="sm">{t('listening.sources.webhook.curlIntro')}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="webhook-curl">
          {curl}
        </Code>
        <Group>
          <CopyButton text={curl} label={t('listening.sources.webhook.copyCurl')} />
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('listening.sources.webhook.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
