import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type EditorSectionProps = { id: string; title: string; help?: string; children: ReactNode };

/** A titled part of a long editor; the heading names the region for screen readers and the outline. */
export function EditorSection({ id, title, help, children }: EditorSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      {help && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
      {children}
    </Stack>
  );
}
