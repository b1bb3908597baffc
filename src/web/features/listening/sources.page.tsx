import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/api/listening.schemas.ts';
import { ConfirmDialog } from '../../ui/components/confirm-dialog.tsx';
import { ErrorAlert, RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';

import { ImportList } from './import-list.tsx';
import { ImportWizard } from './import-wizard.tsx';
import { ListeningFrame } from './listening-frame.tsx';
import { useDeleteSource, usePollSource, useSaveSource, useSources } from './listening-sources.queries.ts';
import { SourceForm, type SourceFormTarget } from './source-form.tsx';
import { sourceInput, sourceValues } from './source-values.ts';
import { SourceList } from './source-list.tsx';
import { WebhookTokens } from './webhook-tokens.tsx';

/** Where mentions come from: polled sources, file imports and the webhook for other tools. */
export function ListeningSourcesPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const sources = useSources(workspace.id);
  const save = useSaveSource(workspace.id);
  const poll = usePollSource(workspace.id);
  const remove = useDeleteSource(workspace.id);
  const [formTarget, setFormTarget] = useState<SourceFormTarget>(null);
  const [deleting, setDeleting] = useState<Source | null>(null);
  const [importing, setImporting] = useState(false);

  const toggle = (source: Source) => save.mutate({ sourceId: source.id, input: sourceInput(sourceValues(source), !source.enabled) });
  const closeDelete = () => {
    remove.reset();
    setDeleting(null);
  };

  return (
    <ListeningFrame title={t('listening.tabs.sources')} description={t('listening.sources.description')}>
      <Stack gap="xl">
        <Paper withBorder p="lg" component="section" aria-labelledby="sources-heading">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3" id="sources-heading">
                {t('listening.sources.list.title')}
              </Title>
              {canEdit && (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormTarget({ source: null })}>
                  {t('listening.sources.add')}
                </Button>
              )}
            </Group>
            <ErrorAlert error={save.error ?? poll.error} />
            {sources.isPending && <LoadingState />}
            {sources.isError && <RetryableError error={sources.error} onRetry={() => sources.refetch()} />}
            {sources.data && sources.data.sources.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('listening.sources.empty')}
              </Text>
            )}
            {sources.data && sources.data.sources.length > 0 && (
              <SourceList
                sources={sources.data.sources}
                canEdit={canEdit}
                pollingId={poll.isPending ? (poll.variables?.id ?? null) : null}
                onToggle={toggle}
                onPoll={(source) => poll.mutate(source)}
                onEdit={(source) => setFormTarget({ source })}
                onDelete={setDeleting}
              />
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="lg" component="section" aria-labelledby="file-import-heading">
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3" id="file-import-heading">
                {t('listening.imports.title')}
              </Title>
              {canEdit && !importing && (
                <Button leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                  {t('listening.imports.open')}
                </Button>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('listening.imports.description')}
            </Text>
            {importing && <ImportWizard onClose={() => setImporting(false)} />}
            <ImportList />
          </Stack>
        </Paper>

        <WebhookTokens />
      </Stack>
      <SourceForm target={formTarget} onClose={() => setFormTarget(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('listening.sources.deleteTitle')}
        body={deleting ? t(deleting.kind === 'webhook' ? 'listening.sources.webhookSource.deleteBody' : 'listening.sources.deleteBody', { name: deleting.name }) : ''}
        confirmLabel={t('listening.sources.deleteConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
        onClose={closeDelete}
      />
    </ListeningFrame>
  );
}
