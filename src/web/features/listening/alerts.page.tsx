import { Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { ConfirmDialog } from '../../ui/components/confirm-dialog.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { AlertList } from './alert-list.tsx';
import { AlertRuleForm, type AlertRuleTarget } from './alert-rule-form.tsx';
import { AlertRules } from './alert-rules.tsx';

import { ListeningFrame } from './listening-frame.tsx';
import { type AlertRule, useAlerts, useDeleteAlertRule, useTopics } from './listening-manage.queries.ts';
import { useListeningLabels } from './use-listening-labels.ts';

/** Spikes in volume or in negative mentions: the rules that watch for them and what they found. */
export function ListeningAlertsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const canMarkRead = useHasRole('contributor');
  const alerts = useAlerts(workspace.id);
  const topics = useTopics(workspace.id);
  const labels = useListeningLabels(topics.data?.topics);
  const remove = useDeleteAlertRule(workspace.id);
  const [target, setTarget] = useState<AlertRuleTarget>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);

  const closeDelete = () => {
    remove.reset();
    setDeleting(null);
  };

  return (
    <ListeningFrame title={t('listening.tabs.alerts')} description={t('listening.alerts.description')}>
      {alerts.isPending && <LoadingState />}
      {alerts.isError && <RetryableError error={alerts.error} onRetry={() => alerts.refetch()} />}
      {alerts.data && (
        <Stack gap="xl">
          <Paper withBorder p="lg">
            <AlertList alerts={alerts.data.alerts} rules={alerts.data.rules} labels={labels} canMarkRead={canMarkRead} />
          </Paper>
          <Paper withBorder p="lg">
            <AlertRules
              rules={alerts.data.rules}
              labels={labels}
              canEdit={canEdit}
              onAdd={() => setTarget({ rule: null })}
              onEdit={(rule) => setTarget({ rule })}
              onDelete={setDeleting}
            />
          </Paper>
        </Stack>
      )}
      <AlertRuleForm target={target} topics={topics.data?.topics ?? []} onClose={() => setTarget(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('listening.alerts.rules.deleteTitle')}
        body={t('listening.alerts.rules.deleteBody')}
        confirmLabel={t('listening.alerts.rules.deleteConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
        onClose={closeDelete}
      />
    </ListeningFrame>
  );
}
