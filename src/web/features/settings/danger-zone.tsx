import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { DeleteWorkspaceDialog } from './delete-workspace-dialog.tsx';

/** Owners only: actions that cannot be undone are kept apart from the everyday settings. */
export function DangerZone({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);

  return (
    <Box
      component="section"
      aria-labelledby="danger-zone-heading"
      mt="xl"
      p="md"
      maw={720}
      style={{ border: '1px solid var(--mantine-color-red-7)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Title order={2} size="h4" id="danger-zone-heading" c="red.9" mb="sm">
        {t('settings.danger.title')}
      </Title>
      <Group justify="space-between" align="center" gap="md">
        <Stack gap={2} style={{ flex: '1 1 280px' }}>
          <Text fw={600}>{t('settings.danger.deleteTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('settings.danger.deleteBody')}
          </Text>
        </Stack>
        <Button color="red" variant="outline" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDeleting(true)}>
          {t('settings.danger.deleteButton')}
        </Button>
      </Group>
      <DeleteWorkspaceDialog workspace={workspace} opened={deleting} onClose={() => setDeleting(false)} />
    </Box>
  );
}
