import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { updateWorkspaceInputSchema, type Workspace } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useForm } from '../../ui/lib/use-form.ts';
import { useUpdateWorkspace } from '../workspaces/workspace.queries.ts';
import { WorkspaceFields, workspaceFormValues, workspaceInput } from '../workspaces/workspace-fields.tsx';

export function WorkspaceSettingsForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(workspace.id);
  const form = useForm(workspaceFormValues(workspace));

  const submit = form.onSubmit(
    updateWorkspaceInputSchema,
    (input) =>
      update.mutate(input, {
        onSuccess: (saved) => form.reset(workspaceFormValues(saved)),
        onError: (error) => form.showServerErrors(error),
      }),
    workspaceInput,
  );

  return (
    <form onSubmit={submit} noValidate ref={form.formRef}>
      <Stack maw={560}>
        <ErrorAlert error={update.error} />
        {update.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status">
            {t('settings.saved')}
          </Alert>
        )}
        <WorkspaceFields form={form} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => form.reset(workspaceFormValues(workspace))} disabled={update.isPending}>
            {t('common.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
