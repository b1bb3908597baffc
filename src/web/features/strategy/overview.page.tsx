import { Badge, Card, Container, Group, Progress, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../shared/strategy/strategy-check.schemas.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { SEVERITY_COLORS } from './findings-panel.tsx';
import { OverviewThread } from './overview-thread.tsx';
import { useStrategy } from './strategy.queries.ts';

/** Strategy on a page: the whole thread at a glance, with how complete it is and what the check found. */
export function OverviewPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const strategy = useStrategy(workspace.id);

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('sections.overview.title')} description={t('sections.overview.purpose')} />
      {strategy.isPending ? (
        <LoadingState />
      ) : strategy.isError ? (
        <RetryableError error={strategy.error} onRetry={() => strategy.refetch()} />
      ) : (
        <Stack gap="xl">
          <Group align="stretch" grow>
            <Card withBorder padding="md">
              <Text fw={600}>{t('strategy.overview.complete', { percent: Math.round(strategy.data.completeness.overall * 100) })}</Text>
              <Progress.Root mt="xs" size="lg">
                <Progress.Section
                  value={Math.round(strategy.data.completeness.overall * 100)}
                  aria-label={t('strategy.overview.complete', { percent: Math.round(strategy.data.completeness.overall * 100) })}
                />
              </Progress.Root>
            </Card>
            <Card withBorder padding="md">
              <Text fw={600} mb="xs">
                {t('strategy.findings.title')}
              </Text>
              <Group gap="xs">
                {SEVERITIES.map((severity) => (
                  <Badge key={severity} color={SEVERITY_COLORS[severity]} variant="light" size="lg">
                    {t(`strategy.severity.${severity}`)}: {strategy.data.findings.filter((finding) => finding.severity === severity).length}
                  </Badge>
                ))}
              </Group>
            </Card>
          </Group>
          {strategy.data.document.goals.statement.trim() && (
            <Textarea label={t('strategy.goals.statement')} value={strategy.data.document.goals.statement} readOnly autosize variant="filled" />
          )}
          <OverviewThread document={strategy.data.document} />
        </Stack>
      )}
    </Container>
  );
}
