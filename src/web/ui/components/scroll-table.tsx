import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type ScrollTableProps = { label: string; minWidth: number; children: ReactNode };

/**
 * Wide tables scroll sideways on phones. The scrolling box is focusable and named so keyboard
 * users can scroll it too, even when the table holds no buttons or links. It is a "group", not a
 * "region", so it does not compete with the section landmark that holds it.
 */
export function ScrollTable({ label, minWidth, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="group" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
