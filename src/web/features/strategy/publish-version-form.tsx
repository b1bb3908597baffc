import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { StaleRevisionAlert } from './stale-revision-alert.tsx';
import { usePublishVersion } from './versions.queries.ts';

const LABEL_MAX = 160;

type PublishVersionFormProps = { workspaceId: string; revision: number };

/** Publishes the draft as it was last loaded: if it changed since, the server refuses and nothing is published. */
export function PublishVersionForm({ workspaceId, revision }: PublishVersionFormProps) {
  const { t } = useTranslation();
  const publish = usePublishVersion(workspaceId);
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    publish.mutate({ label: trimmed, revision }, { onSuccess: () => setLabel('') });
  };

  const stale = isApiError(publish.error, 'stale_revision');

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="publish-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="publish-heading">
            {t('strategy.versions.publish.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('strategy.versions.publish.help')}
          </Text>
        </div>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t('strategy.versions.publish.label')}
              placeholder={t('strategy.versions.publish.placeholder')}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              maxLength={LABEL_MAX}
              required
              error={missing ? t('strategy.versions.publish.labelRequired') : undefined}
              style={{ flex: '1 1 240px' }}
            />
            <Button type="submit" loading={publish.isPending} mt={{ base: 0, xs: 25 }}>
              {t('strategy.versions.publish.submit')}
            </Button>
          </Group>
        </form>
        {publish.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('strategy.versions.publish.done', { number: publish.data.number, label: publish.data.label })}
          </Alert>
        )}
        {stale ? (
          <StaleRevisionAlert workspaceId={workspaceId} onReloaded={() => publish.reset()} />
        ) : (
          <ErrorAlert error={publish.error} title={t('strategy.versions.publish.failed')} />
        )}
      </Stack>
    </Paper>
  );
}
