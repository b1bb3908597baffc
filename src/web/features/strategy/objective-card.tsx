import { ActionIcon, Card, Grid, NumberInput, Select, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Goal, Objective } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { METRIC_UNITS, type MetricUnit } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import { toNumberOrNull, useStrategyLabels } from './use-strategy-labels.ts';

type ObjectiveCardProps = {
  objective: Objective;
  index: number;
  goals: Goal[];
  members: { value: string; label: string }[];
  onChange: (objective: Objective) => void;
  onRemove: () => void;
};

/** One SMART objective: what, how measured, from where to where, by when, and who owns it. */
export function ObjectiveCard({ objective, index, goals, members, onChange, onRemove }: ObjectiveCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const set = <F extends keyof Objective>(field: F, value: Objective[F]) => onChange({ ...objective, [field]: value });
  const name = objective.title.trim() || t('strategy.objectives.untitled', { number: index + 1 });

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 11 }}>
          <TextInput label={t('strategy.objectives.title')} value={objective.title} onChange={(e) => set('title', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 1 }}>
          <Tooltip label={t('strategy.objectives.remove', { name })}>
            <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.objectives.remove', { name })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('strategy.objectives.metric')} value={objective.metric} onChange={(e) => set('metric', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.objectives.unit')}
            data={METRIC_UNITS.map((unit) => ({ value: unit, label: t(`strategy.units.${unit}`) }))}
            value={objective.unit}
            clearable
            onChange={(unit) => set('unit', unit as MetricUnit | null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <NumberInput label={t('strategy.objectives.baseline')} value={objective.baseline ?? ''} onChange={(v) => set('baseline', toNumberOrNull(v))} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <NumberInput label={t('strategy.objectives.target')} value={objective.target ?? ''} onChange={(v) => set('target', toNumberOrNull(v))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            type="date"
            label={t('strategy.objectives.deadline')}
            value={objective.deadline ?? ''}
            onChange={(e) => set('deadline', e.currentTarget.value || null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.objectives.owner')}
            data={members}
            value={objective.ownerUserId}
            clearable
            searchable
            onChange={(owner) => set('ownerUserId', owner)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.objectives.goal')}
            data={goals.map((goal) => ({ value: goal.id, label: labels.goalType(goal.type) }))}
            value={objective.goalId}
            clearable
            onChange={(goalId) => set('goalId', goalId)}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
