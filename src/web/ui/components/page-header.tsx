import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';

type PageHeaderProps = { title: string; description?: ReactNode; eyebrow?: string };

/** The page's single h1, which also becomes the document title. */
export function PageHeader({ title, description, eyebrow }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Stack gap={4} mb="lg">
      {eyebrow && (
        <Text size="sm" fw={600} c="dimmed">
          {eyebrow}
        </Text>
      )}
      <Title order={1} size="h2">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" maw={720}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
