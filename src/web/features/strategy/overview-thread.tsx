import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useStrategyLabels } from './use-strategy-labels.ts';

function Column({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('strategy.overview.empty')}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

/** The thread of the strategy read left to right: goals, the objectives serving them, their KPIs, the channels. */
export function OverviewThread({ document }: { document: Strategy }) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const formatters = useFormatters();
  const formatNumber = formatters.number;
  const { goals, objectives } = document.goals;
  const kpis = document.metrics.kpis;
  const objectiveTitle = (id: string | null) => {
    const index = objectives.findIndex((objective) => objective.id === id);
    return index < 0 ? null : objectives[index]?.title.trim() || t('strategy.objectives.untitled', { number: index + 1 });
  };
  const goalOf = (id: string | null) => goals.find((goal) => goal.id === id);
  const sorted = [...goals].sort((a, b) => (a.priority === b.priority ? 0 : a.priority === 'primary' ? -1 : 1));
  const num = (value: number | null) => (value === null ? '–' : formatNumber(value));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="lg">
      <Column title={t('strategy.overview.goals')} empty={goals.length === 0}>
        {sorted.map((goal) => (
          <Card key={goal.id} withBorder padding="sm">
            <Badge variant={goal.priority === 'primary' ? 'filled' : 'light'} size="sm" mb={4}>
              {t(`strategy.overview.${goal.priority}`)}
            </Badge>
            <Text fw={600}>{labels.goalType(goal.type)}</Text>
          </Card>
        ))}
      </Column>
      <Column title={t('strategy.overview.objectives')} empty={objectives.length === 0}>
        {objectives.map((objective, index) => {
          const goal = goalOf(objective.goalId);
          return (
            <Card key={objective.id} withBorder padding="sm">
              <Text fw={600}>{objective.title.trim() || t('strategy.objectives.untitled', { number: index + 1 })}</Text>
              <Text size="sm">
                {num(objective.baseline)} → {num(objective.target)}
                {objective.unit ? ` (${t(`strategy.units.${objective.unit}`)})` : ''}
                {objective.deadline ? ` · ${objective.deadline}` : ''}
              </Text>
              {goal && (
                <Text size="xs" c="dimmed">
                  {t('strategy.overview.serves', { name: labels.goalType(goal.type) })}
                </Text>
              )}
            </Card>
          );
        })}
      </Column>
      <Column title={t('strategy.overview.kpis')} empty={kpis.length === 0}>
        {kpis.map((kpi) => {
          const objective = objectiveTitle(kpi.objectiveId);
          return (
            <Card key={kpi.id} withBorder padding="sm">
              <Text fw={600}>{labels.kpi(kpi.kpi)}</Text>
              <Text size="sm">{kpi.quarterlyTargets.map(num).join(' · ')}</Text>
              <Text size="xs" c={objective ? 'dimmed' : 'orange.8'}>
                {objective ? t('strategy.overview.serves', { name: objective }) : t('strategy.overview.noObjective')}
              </Text>
            </Card>
          );
        })}
      </Column>
      <Column title={t('strategy.overview.channels')} empty={document.channels.channels.length === 0}>
        {document.channels.channels.map((plan) => (
          <Card key={plan.id} withBorder padding="sm">
            <Text fw={600}>{labels.channel(plan.channel)}</Text>
            <Text size="sm" lineClamp={3}>
              {plan.reason.trim() || t('strategy.channels.reasonMissing')}
            </Text>
            <Group gap={4} mt={4}>
              {plan.kpis.map((item) => (
                <Badge key={item.id} variant="light" size="sm">
                  {labels.kpi(item.kpi)}
                  {item.target === null ? '' : ` ${formatNumber(item.target)}`}
                </Badge>
              ))}
            </Group>
          </Card>
        ))}
      </Column>
    </SimpleGrid>
  );
}
