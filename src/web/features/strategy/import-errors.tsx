import { Alert, Code, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../../shared/api/errors.ts';

/** Every problem the server found in the file, each with where it is, so it can be fixed in one pass. */
export function ImportErrors({ details }: { details: ErrorDetail[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('strategy.versions.import.refusedTitle')} role="alert">
      <Text size="sm" mb="xs">
        {t('strategy.versions.import.refusedBody')}
      </Text>
      <List size="sm" spacing={4} aria-label={t('strategy.versions.import.problems')} data-testid="import-problems">
        {details.map((detail) => (
          // One path can carry several problems; path and message together tell them apart.
          <List.Item key={`${detail.path} ${detail.message}`} style={{ overflowWrap: 'anywhere' }}>
            <Code>{detail.path}</Code> {detail.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
