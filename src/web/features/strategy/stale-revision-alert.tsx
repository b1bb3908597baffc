import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStrategyCache } from './strategy.queries.ts';

type StaleRevisionAlertProps = { workspaceId: string; onReloaded: () => void };

/**
 * The draft moved on since this page loaded it (409 stale_revision). Nothing is sent again on
 * its own: the user reloads, sees what changed, and decides again.
 */
export function StaleRevisionAlert({ workspaceId, onReloaded }: StaleRevisionAlertProps) {
  const { t } = useTranslation();
  const cache = useStrategyCache(workspaceId);
  const [reloading, setReloading] = useState(false);

  const reload = async () => {
    setReloading(true);
    try {
      await cache.refetch();
      onReloaded();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('strategy.versions.stale.title')} role="alert">
      <Text size="sm" mb="sm">
        {t('strategy.versions.stale.body')}
      </Text>
      <Button size="xs" leftSection={<IconRefresh size={16} aria-hidden />} onClick={reload} loading={reloading}>
        {t('strategy.versions.stale.reload')}
      </Button>
    </Alert>
  );
}
