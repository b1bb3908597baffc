import { MultiSelect, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GOAL_TYPES, type GoalsSection, type GoalType } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { newId, useStrategyLabels } from './use-strategy-labels.ts';

type GoalPickerProps = { value: GoalsSection; onChange: (change: (current: GoalsSection) => GoalsSection) => void };

function setPrimary(section: GoalsSection, type: GoalType | null): GoalsSection {
  const primary = section.goals.find((goal) => goal.priority === 'primary');
  if (!type) {
    const goals = section.goals.filter((goal) => goal !== primary);
    return { ...section, goals, objectives: unlink(section, new Set(primary ? [primary.id] : [])) };
  }
  // Promoting a secondary goal swaps it with the old primary; ids stay, so objective links survive.
  const promoted = section.goals.find((goal) => goal.type === type);
  if (promoted) {
    const goals = section.goals.map((goal) =>
      goal === promoted ? { ...goal, priority: 'primary' as const } : goal === primary ? { ...goal, priority: 'secondary' as const } : goal,
    );
    return { ...section, goals };
  }
  if (primary) return { ...section, goals: section.goals.map((goal) => (goal === primary ? { ...goal, type } : goal)) };
  return { ...section, goals: [{ id: newId(), type, priority: 'primary', description: '' }, ...section.goals] };
}

function setSecondary(section: GoalsSection, types: GoalType[]): GoalsSection {
  const kept = section.goals.filter((goal) => goal.priority === 'primary' || types.includes(goal.type));
  const existing = new Set(kept.map((goal) => goal.type));
  const added = types.filter((type) => !existing.has(type)).map((type) => ({ id: newId(), type, priority: 'secondary' as const, description: '' }));
  const keptIds = new Set(kept.map((goal) => goal.id));
  const dropped = new Set(section.goals.filter((goal) => !keptIds.has(goal.id)).map((goal) => goal.id));
  return { ...section, goals: [...kept, ...added], objectives: unlink(section, dropped) };
}

// Goals are only referenced by objectives in the same section, so the cleanup can happen here.
function unlink(section: GoalsSection, dropped: Set<string>) {
  return section.objectives.map((objective) => (objective.goalId && dropped.has(objective.goalId) ? { ...objective, goalId: null } : objective));
}

/** Exactly one primary goal from the catalogue; any others are secondary chips. */
export function GoalPicker({ value, onChange }: GoalPickerProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const primary = value.goals.find((goal) => goal.priority === 'primary')?.type ?? null;
  const secondary = value.goals.filter((goal) => goal.priority === 'secondary').map((goal) => goal.type);
  const options = GOAL_TYPES.map((type) => ({ value: type, label: labels.goalType(type) }));

  return (
    <Stack gap="sm">
      <Select
        label={t('strategy.goals.primary')}
        description={t('strategy.goals.primaryHelp')}
        placeholder={t('strategy.goals.primaryPlaceholder')}
        data={options}
        value={primary}
        clearable
        onChange={(type) => onChange((current) => setPrimary(current, type as GoalType | null))}
      />
      <MultiSelect
        label={t('strategy.goals.secondary')}
        description={t('strategy.goals.secondaryHelp')}
        data={options.filter((option) => option.value !== primary)}
        value={secondary}
        clearable
        onChange={(types) => onChange((current) => setSecondary(current, types as GoalType[]))}
      />
    </Stack>
  );
}
