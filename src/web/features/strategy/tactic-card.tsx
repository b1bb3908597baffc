import { ActionIcon, Card, Grid, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KEYS, type ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import type { Objective, Tactic } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { useStrategyLabels } from './use-strategy-labels.ts';

type TacticCardProps = {
  tactic: Tactic;
  index: number;
  objectives: Objective[];
  onChange: (tactic: Tactic) => void;
  onRemove: () => void;
};

/** A tactic serves one objective through one or more channels. */
export function TacticCard({ tactic, index, objectives, onChange, onRemove }: TacticCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const name = tactic.title.trim() || t('strategy.tactics.untitled', { number: index + 1 });
  const objectiveOptions = objectives.map((objective, i) => ({
    value: objective.id,
    label: objective.title.trim() || t('strategy.objectives.untitled', { number: i + 1 }),
  }));

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 11 }}>
          <TextInput label={t('strategy.tactics.title')} value={tactic.title} onChange={(e) => onChange({ ...tactic, title: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.tactics.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.tactics.objective')}
            data={objectiveOptions}
            value={tactic.objectiveId}
            clearable
            onChange={(objectiveId) => onChange({ ...tactic, objectiveId })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MultiSelect
            label={t('strategy.tactics.channels')}
            data={CHANNEL_KEYS.map((key) => ({ value: key, label: labels.channel(key) }))}
            value={tactic.channels}
            searchable
            onChange={(channels) => onChange({ ...tactic, channels: channels as ChannelKey[] })}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
