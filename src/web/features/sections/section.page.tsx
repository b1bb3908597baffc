import { Alert, Container } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/components/page-header.tsx';
import type { Section } from '../../ui/layout/sections.ts';

/**
 * A step of the method that this version does not implement yet. It says what the step is for
 * and plainly that it is not available, rather than showing invented numbers.
 */
export function SectionPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <Container size="md" px={0}>
      <PageHeader
        eyebrow={section.step ? t('sections.stepOf', { step: section.step, total: 7 }) : undefined}
        title={t(`sections.${section.key}.title`)}
        description={t(`sections.${section.key}.purpose`)}
      />
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('sections.notAvailableTitle')}>
        {t('sections.notAvailable')}
      </Alert>
    </Container>
  );
}
