import { Badge, Card, Container, Group, Progress, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../shared/strategy/strategy-check.schemas.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { DocumentsMenu } from './documents-menu.tsx';
import { SEVERITY_COLORS } from './findings-panel.tsx';
import { OverviewThread } from './overview-thread.tsx';
import { useStrategy } from './strategy.queries.ts';
import { TemplatesButton, TemplatesPanel } from './templates-panel.tsx';

// Below this share filled in, a template is offered up front: there is little to lose yet.
const NEARLY_EMPTY = 0.1;

/** Strategy on a page: the whole thread at a glance, with how complete it is and what the check found. */
export function OverviewPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const strategy = useStrategy(workspace.id);
  const canEdit = useHasRole('editor');

  return (
    <Container size="xl" px={0}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageHeader title={t('sections.overview.title')} description={t('sections.overview.purpose')} />
        <Group gap="xs" wrap="nowrap">
          {canEdit && strategy.isSuccess && <TemplatesButton revision={strategy.data.revision} />}
          <DocumentsMenu workspaceId={workspace.id} />
        </Group>
      </Group>
      {strategy.isPending ? (
        <LoadingState />
      ) : strategy.isError ? (
        <RetryableError error={strategy.error} onRetry={() => strategy.refetch()} />
      ) : (
        <Stack gap="xl">
          {canEdit && strategy.data.completeness.overall < NEARLY_EMPTY && <TemplatesPanel revision={strategy.data.revision} />}
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
