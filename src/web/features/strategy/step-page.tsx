import { Alert, Container, Grid } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { StrategyStep } from '../../../shared/strategy/strategy-steps.data.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import type { SectionKey } from '../../ui/layout/section-keys.ts';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { FindingsPanel } from './findings-panel.tsx';
import { useStrategy } from './strategy.queries.ts';

type StepPageProps = {
  sectionKey: SectionKey;
  /** A numbered step of the method, or a supporting section (context, voice, governance, relationships). */
  step: StrategyStep;
  /** Renders the editor once the strategy is loaded; keyed by the caller so a reload starts afresh. */
  children: (state: StrategyState, canEdit: boolean) => ReactNode;
  /** Navigation between the parts of a step that has several pages (Listening). */
  nav?: ReactNode;
};

/** Shared frame of a guided step: header, the form on the left, findings and progress on the right. */
export function StepPage({ sectionKey, step, children, nav }: StepPageProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const strategy = useStrategy(workspace.id);

  return (
    <Container size="xl" px={0}>
      <PageHeader
        eyebrow={typeof step === 'number' ? t('sections.stepOf', { step, total: 7 }) : t('sections.aroundPlan')}
        title={t(`sections.${sectionKey}.title`)}
        description={t(`sections.${sectionKey}.purpose`)}
      />
      {nav}
      {strategy.isPending ? (
        <LoadingState />
      ) : strategy.isError ? (
        <RetryableError error={strategy.error} onRetry={() => strategy.refetch()} />
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            {!canEdit && (
              <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} mb="md">
                {t('strategy.readOnly')}
              </Alert>
            )}
            {children(strategy.data, canEdit)}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <FindingsPanel state={strategy.data} step={step} />
          </Grid.Col>
        </Grid>
      )}
    </Container>
  );
}
