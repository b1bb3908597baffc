import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../ui/lib/copy-text.ts';

type CreatedInvitationProps = { email: string; url: string; onDismiss: () => void };
type CopyState = 'idle' | 'copied' | 'failed';

/** Only a hash of the token is stored, so this is the one chance to copy the link. */
export function CreatedInvitation({ email, url, onDismiss }: CreatedInvitationProps) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => {
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const copy = async () => setCopyState((await copyText(url)) ? 'copied' : 'failed');

  return (
    <Alert color="teal" variant="light" title={t('team.invite.createdTitle')} icon={<IconCheck aria-hidden />}>
      <Stack gap="sm">
        <Text size="sm">{t('team.invite.createdBody', { email })}</Text>
        <Code block data-testid="invite-link" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {url}
        </Code>
        <Group gap="sm">
          <Button
            size="xs"
            onClick={copy}
            leftSection={copyState === 'copied' ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          >
            {copyState === 'copied' ? t('team.invite.copied') : t('team.invite.copy')}
          </Button>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('team.invite.done')}
          </Button>
        </Group>
        <Text size="xs" aria-live="polite">
          {copyState === 'failed' ? t('team.invite.copyFailed') : t('team.invite.shownOnce')}
        </Text>
      </Stack>
    </Alert>
  );
}
