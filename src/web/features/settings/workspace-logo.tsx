import { Alert, Box, Button, FileButton, Group, Image, Paper, Text, Title } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { LOGO_MAX_BYTES } from '../../../shared/api/workspace-logo.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { readLogoFile } from './logo-file.ts';
import { logoUrl, useRemoveLogo, useUploadLogo } from './logo.queries.ts';

/** The logo on exported documents: shown to every member, changed by admins and owners. */
export function WorkspaceLogo({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadLogo(workspace.id);
  const remove = useRemoveLogo(workspace.id);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    setProblem(null);
    upload.reset();
    remove.reset();
    if (!file) return;
    const read = await readLogoFile(file);
    if (!read.ok) {
      setProblem(read.problem === 'tooLarge' ? t('settings.logo.tooLarge', { size: read.sizeKb, limit: LOGO_MAX_BYTES / 1024 }) : t('settings.logo.wrongType'));
      return;
    }
    upload.mutate({ mediaType: read.mediaType, dataBase64: read.dataBase64 });
  };

  const failure = upload.error ?? remove.error;
  // A file the browser let through but the server's byte check refused gets the same plain words.
  const refused = isApiError(failure, 'validation_failed') ? t('settings.logo.invalid') : problem;

  return (
    <Box component="section" aria-labelledby="logo-heading" mt="xl" maw={720}>
      <Title order={2} size="h4" id="logo-heading" mb={4}>
        {t('settings.logo.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.logo.help')}
      </Text>
      <Group align="center" gap="lg">
        <Paper withBorder p="sm" w={232} h={96} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {workspace.logoUpdatedAt ? (
            <Image src={logoUrl(workspace.id, workspace.logoUpdatedAt)} alt={t('settings.logo.alt', { workspace: workspace.name })} fit="contain" h={72} maw={208} w="auto" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('settings.logo.none')}
            </Text>
          )}
        </Paper>
        {canEdit && (
          <Group gap="xs">
            <FileButton onChange={choose} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
                  {workspace.logoUpdatedAt ? t('settings.logo.replace') : t('settings.logo.upload')}
                </Button>
              )}
            </FileButton>
            {workspace.logoUpdatedAt && (
              <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} loading={remove.isPending} onClick={() => remove.mutate()}>
                {t('settings.logo.remove')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {refused ? (
        <Alert color="red" variant="light" mt="sm" role="alert">
          {refused}
        </Alert>
      ) : (
        <Box mt={failure ? 'sm' : 0}>
          <ErrorAlert error={failure} />
        </Box>
      )}
      {(upload.isSuccess || remove.isSuccess) && (
        <Text size="sm" c="teal.9" mt="sm" role="status">
          {upload.isSuccess ? t('settings.logo.saved') : t('settings.logo.removed')}
        </Text>
      )}
    </Box>
  );
}
