import { ActionIcon } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

type EditDeleteActionsProps = {
  onEdit: () => void;
  onDelete: () => void;
  /** Accessible names that say which row: "Edit Baan Doi", "Delete Baan Doi". */
  editLabel: string;
  deleteLabel: string;
};

/** The pencil and bin of a table row; the caller's Group places them beside any other row actions. */
export function EditDeleteActions({ onEdit, onDelete, editLabel, deleteLabel }: EditDeleteActionsProps) {
  return (
    <>
      <ActionIcon variant="subtle" size="lg" onClick={onEdit} aria-label={editLabel}>
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" size="lg" onClick={onDelete} aria-label={deleteLabel}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </>
  );
}
