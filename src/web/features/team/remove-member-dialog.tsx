import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useRemoveMember } from './team.queries.ts';

type RemoveMemberDialogProps = { member: Member | null; onClose: () => void };

/** Removing someone cuts their access at once, so it is confirmed first. */
export function RemoveMemberDialog({ member, onClose }: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const remove = useRemoveMember(workspace.id);

  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <Modal
      opened={member !== null}
      onClose={close}
      title={t('team.remove.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {member && (
        <Stack>
          <Text>{t('team.remove.body', { name: member.name, workspace: workspace.name })}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(member.userId, { onSuccess: close })}>
              {t('team.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
