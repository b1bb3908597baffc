import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  /** A sentence, or several as separate paragraphs. */
  body: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
};

/** A step that cannot be undone (deleting, replacing the draft), confirmed first; a failure stays in the dialog. */
export function ConfirmDialog({ opened, title, body, confirmLabel, pending, error, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {typeof body === 'string' ? <Text style={{ overflowWrap: 'anywhere' }}>{body}</Text> : body}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
