import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { ListeningTabs } from './listening-tabs.tsx';

type ListeningFrameProps = { title: string; description?: ReactNode; children?: ReactNode };

/** Every part of the Listening step: the step it belongs to, its own title, the parts' navigation. */
export function ListeningFrame({ title, description, children }: ListeningFrameProps) {
  const { t } = useTranslation();
  return (
    <Container size="xl" px={0}>
      <PageHeader eyebrow={`${t('sections.stepOf', { step: 3, total: 7 })} · ${t('sections.listening.title')}`} title={title} description={description} />
      <ListeningTabs />
      {children}
    </Container>
  );
}
