import { Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/api/listening.schemas.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { ConfirmDialog } from '../../ui/components/confirm-dialog.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';

import { ListeningFrame } from './listening-frame.tsx';
import { useDeleteTopic, useTopics } from './listening-manage.queries.ts';
import { ListeningSettingsCard } from './listening-settings-card.tsx';
import { RetagStatusPanel } from './retag-status.tsx';
import { TopicForm, type TopicFormTarget } from './topic-form.tsx';
import { TopicList } from './topic-list.tsx';
import { TopicsFromStrategy } from './topics-from-strategy.tsx';

/** What the team listens for (brand, competitors, themes), and the words statistics keep whole. */
export function ListeningTopicsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const topics = useTopics(workspace.id);
  const remove = useDeleteTopic(workspace.id);
  const [formTarget, setFormTarget] = useState<TopicFormTarget>(null);
  const [deleting, setDeleting] = useState<Topic | null>(null);

  const closeDelete = () => {
    remove.reset();
    setDeleting(null);
  };

  return (
    <ListeningFrame title={t('listening.tabs.topics')} description={t('listening.topics.description')}>
      <Stack gap="xl">
        <Paper withBorder p="lg">
          <Stack gap="lg">
            <TopicsFromStrategy canEdit={canEdit} />
            <RetagStatusPanel canEdit={canEdit} />
            {topics.isPending && <LoadingState />}
            {topics.isError && <RetryableError error={topics.error} onRetry={() => topics.refetch()} />}
            {topics.data && (
              <TopicList
                topics={topics.data.topics}
                canEdit={canEdit}
                onAdd={(kind) => setFormTarget({ topic: null, kind })}
                onEdit={(topic) => setFormTarget({ topic, kind: topic.kind })}
                onDelete={setDeleting}
              />
            )}
          </Stack>
        </Paper>
        <ListeningSettingsCard />
      </Stack>
      <TopicForm target={formTarget} onClose={() => setFormTarget(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('listening.topics.deleteTitle')}
        body={deleting ? t('listening.topics.deleteBody', { name: deleting.name }) : ''}
        confirmLabel={t('listening.topics.deleteConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
        onClose={closeDelete}
      />
    </ListeningFrame>
  );
}
