import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useForm } from '../../ui/lib/use-form.ts';
import { useDeleteWorkspace } from '../workspaces/workspace.queries.ts';

type DeleteWorkspaceDialogProps = { workspace: Workspace; opened: boolean; onClose: () => void };

/** Typing the name again makes deleting a deliberate act rather than a stray click. */
export function DeleteWorkspaceDialog({ workspace, opened, onClose }: DeleteWorkspaceDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteWorkspace(workspace.id);
  const form = useForm({ confirmName: '' });
  // The server compares the trimmed input with the stored name, so the button follows the same rule.
  const matches = form.values.confirmName.trim() === workspace.name;
  const mismatch = t('settings.delete.mismatch');

  const close = () => {
    if (remove.isPending) return;
    form.reset();
    remove.reset();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!matches) {
      form.setErrors({ confirmName: mismatch });
      return;
    }
    remove.mutate(
      { confirmName: form.values.confirmName },
      {
        // The session no longer lists the workspace by now: the start page picks another one or offers to create one.
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => {
          // Someone may have renamed the workspace meanwhile; the generic "invalid" would not say what to do.
          const nameRefused = isApiError(error, 'validation_failed') && error.details.some((d) => d.path === 'body.confirmName');
          if (form.showServerErrors(error) && nameRefused) form.setErrors({ confirmName: mismatch });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('settings.delete.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate ref={form.formRef}>
        <Stack>
          <Text>{t('settings.delete.intro', { workspace: workspace.name })}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('settings.delete.lossAccess')}</List.Item>
            <List.Item>{t('settings.delete.lossInvitations')}</List.Item>
            <List.Item>{t('settings.delete.lossData')}</List.Item>
          </List>
          <ErrorAlert error={remove.error} />
          <TextInput
            label={t('settings.delete.confirmLabel')}
            description={t('settings.delete.confirmHint', { workspace: workspace.name })}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            data-autofocus
            required
            {...form.field('confirmName')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={remove.isPending} data-testid="confirm-delete-workspace">
              {t('settings.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
