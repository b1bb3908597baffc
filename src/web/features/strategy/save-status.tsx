import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/components/error-alert.tsx';
import type { SaveStatus } from './use-section-draft.ts';

type SaveStatusProps = { status: SaveStatus; error: unknown; onReload: () => Promise<void> };

/** Autosave feedback; a stale revision stops saving until the user reloads, so nothing is overwritten. */
export function SaveStatusBar({ status, error, onReload }: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  if (status === 'stale') {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('strategy.save.staleTitle')} role="alert">
        <Text size="sm" mb="sm">
          {t('strategy.save.staleBody')}
        </Text>
        <Button size="xs" leftSection={<IconRefresh size={16} aria-hidden />} onClick={reload} loading={reloading}>
          {t('strategy.save.reload')}
        </Button>
      </Alert>
    );
  }
  if (status === 'error') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('strategy.save.error')} role="alert">
        {errorMessage(error, t, i18n.language)}
      </Alert>
    );
  }
  return (
    <Group gap="xs" role="status" aria-live="polite" mih={24}>
      {status === 'saving' && <Loader size="xs" aria-hidden />}
      {status === 'saved' && <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />}
      <Text size="sm" c="dimmed">
        {status === 'saving' ? t('strategy.save.saving') : status === 'saved' ? t('strategy.save.saved') : t('strategy.save.autosave')}
      </Text>
    </Group>
  );
}
