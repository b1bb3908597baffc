import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DocumentsMenu } from './documents-menu.tsx';
import { exportUrl } from './versions.queries.ts';

/** The draft as a file: the server names it and sends it as an attachment, so a plain link does. */
export function ExportFiles({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="export-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-heading">
          {t('strategy.versions.export.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('strategy.versions.export.help')}
        </Text>
        <Group gap="xs">
          {(['json', 'yaml'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={exportUrl(workspaceId, format)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t(`strategy.versions.export.${format}`)}
            </Button>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('strategy.versions.export.documents')}
        </Text>
        <Group>
          <DocumentsMenu workspaceId={workspaceId} />
        </Group>
      </Stack>
    </Paper>
  );
}
