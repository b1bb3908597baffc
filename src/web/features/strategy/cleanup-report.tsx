import { Alert, List, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { cleanupEntrySchema } from '../../../shared/api/strategy.schemas.ts';

export type CleanupEntry = z.infer<typeof cleanupEntrySchema>;

type CleanupReportProps = { entries: CleanupEntry[]; onClose: () => void };

/** What the server tidied up with a removal, so a vanished channel link is never a surprise. */
export function CleanupReport({ entries, onClose }: CleanupReportProps) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('strategy.cleanup.title')} withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} role="status">
      {entries.length === 0 ? (
        <Text size="sm">{t('strategy.cleanup.nothing')}</Text>
      ) : (
        <>
          <Text size="sm">{t('strategy.cleanup.summary', { count: entries.length })}</Text>
          <List size="sm" mt="xs">
            {entries.map((entry) => (
              <List.Item key={`${entry.path}-${entry.itemId}`}>
                {t(`strategy.cleanup.${entry.action}`)}: <code>{entry.path}</code>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
