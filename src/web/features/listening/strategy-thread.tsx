import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import type { StrategyKpi } from '../../../shared/strategy/strategy-metrics.schemas.ts';
import { fiscalQuarterOf } from '../../../shared/strategy/strategy-fiscal.domain.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useStrategy } from '../strategy/strategy.queries.ts';
import { useStrategyLabels } from '../strategy/use-strategy-labels.ts';
import { listeningPath } from './listening-tabs.tsx';
import type { ListeningNumbers } from './use-listening-labels.ts';

type Now = { share: number | null; net: number | null };
type StrategyThreadProps = { today: string; now: Now; numbers: ListeningNumbers };

/** This quarter's target, when the KPI's targets are for the fiscal year today falls in. */
function currentTarget(kpi: StrategyKpi, document: Strategy, today: string, startMonth: number): number | null {
  const { fiscalYear, quarter } = fiscalQuarterOf(today, startMonth);
  return document.metrics.fiscalYear === fiscalYear ? (kpi.quarterlyTargets[quarter - 1] ?? null) : null;
}

/**
 * Where the dashboard sits in the strategy: the listening plan it serves, and the share-of-voice
 * and sentiment KPIs (with the objective and goal above them) it measures, now against target.
 */
export function StrategyThread({ today, now, numbers }: StrategyThreadProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const strategy = useStrategy(workspace.id);
  const labels = useStrategyLabels();
  if (!strategy.data) return null;
  const document = strategy.data.document;
  const { questions, findings } = document.listening;
  const kpis = document.metrics.kpis.filter((k) => k.kpi === 'share_of_voice' || k.kpi === 'sentiment');
  const metricsPath = `/w/${workspace.id}/metrics`;

  const thread = (kpi: StrategyKpi) => {
    const objective = document.goals.objectives.find((o) => o.id === kpi.objectiveId);
    const goal = document.goals.goals.find((g) => g.id === objective?.goalId);
    const parts = [goal && labels.goalType(goal.type), objective && (objective.title.trim() || t('listening.dashboard.thread.untitledObjective'))].filter(Boolean);
    const target = currentTarget(kpi, document, today, workspace.fiscalYearStartMonth);
    const value = kpi.kpi === 'share_of_voice' ? now.share : now.net;
    const show = (v: number | null) => (v === null ? '–' : kpi.kpi === 'share_of_voice' ? numbers.percent(v / 100) : numbers.signed(v));
    return (
      <Text key={kpi.id} size="sm">
        {parts.length > 0 && `${parts.join(' → ')} → `}
        <Anchor component={Link} to={metricsPath} fw={600}>
          {labels.kpi(kpi.kpi)}
        </Anchor>
        {`: ${t('listening.dashboard.thread.nowAgainst', { now: show(value), target: show(target) })}`}
      </Text>
    );
  };

  return (
    <Card withBorder padding="sm" mb="md" component="section" aria-label={t('listening.dashboard.thread.label')} bg="gray.0">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <IconRoute size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={2}>
          <Text size="sm">
            <Anchor component={Link} to={listeningPath(workspace.id, 'plan')} fw={600}>
              {t('listening.dashboard.thread.plan')}
            </Anchor>
            {` · ${t('listening.dashboard.thread.questions', { count: questions.length })} · ${t('listening.dashboard.thread.findings', { count: findings.length })}`}
          </Text>
          {kpis.length > 0 ? (
            kpis.map(thread)
          ) : (
            <Text size="sm">
              {t('listening.dashboard.thread.noKpi')}{' '}
              <Anchor component={Link} to={metricsPath}>
                {t('listening.dashboard.thread.addKpi')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
