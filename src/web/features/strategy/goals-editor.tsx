import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { Objective, Tactic } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { useMemberOptions } from './member-options.ts';
import { GoalPicker } from './goal-picker.tsx';
import { ObjectiveCard } from './objective-card.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { SocialReasons } from './social-reasons.tsx';
import { TacticCard } from './tactic-card.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

const emptyObjective = (goalId: string | null): Objective => ({
  id: newId(),
  goalId,
  title: '',
  metric: '',
  baseline: null,
  target: null,
  unit: null,
  deadline: null,
  ownerUserId: null,
  description: '',
});

const emptyTactic = (): Tactic => ({ id: newId(), title: '', description: '', objectiveId: null, channels: [] });

function replace<T extends { id: string }>(items: T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item));
}

type GoalsEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function GoalsEditor({ workspaceId, state, canEdit }: GoalsEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'goals', state);
  const members = useMemberOptions(workspaceId);
  const { value, update } = draft;
  const primaryId = value.goals.find((goal) => goal.priority === 'primary')?.id ?? null;

  return (
    <Stack gap="xl">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          <SocialReasons value={value} onChange={update} />
          <Stack gap="sm" component="section" aria-labelledby="goals-heading">
            <Title order={2} size="h3" id="goals-heading">
              {t('strategy.goals.heading')}
            </Title>
            <GoalPicker value={value} onChange={update} />
            <Textarea
              label={t('strategy.goals.statement')}
              description={t('strategy.goals.statementHelp')}
              autosize
              minRows={3}
              value={value.statement}
              onChange={(e) => {
                const statement = e.currentTarget.value;
                update((current) => ({ ...current, statement }));
              }}
            />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="objectives-heading">
            <Title order={2} size="h3" id="objectives-heading">
              {t('strategy.objectives.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('strategy.objectives.help')}
            </Text>
            {value.objectives.map((objective, index) => (
              <ObjectiveCard
                key={objective.id}
                objective={objective}
                index={index}
                goals={value.goals}
                members={members}
                onChange={(next) => update((current) => ({ ...current, objectives: replace(current.objectives, next) }))}
                // KPIs in step 5 point at objectives too: the server removes and unlinks them in one go.
                onRemove={() => void draft.remove('objectives', objective.id)}
              />
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => update((current) => ({ ...current, objectives: [...current.objectives, emptyObjective(primaryId)] }))}
              >
                {t('strategy.objectives.add')}
              </Button>
            </Group>
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="tactics-heading">
            <Title order={2} size="h3" id="tactics-heading">
              {t('strategy.tactics.heading')}
            </Title>
            {value.tactics.map((tactic, index) => (
              <TacticCard
                key={tactic.id}
                tactic={tactic}
                index={index}
                objectives={value.objectives}
                onChange={(next) => update((current) => ({ ...current, tactics: replace(current.tactics, next) }))}
                onRemove={() => update((current) => ({ ...current, tactics: current.tactics.filter((item) => item.id !== tactic.id) }))}
              />
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => update((current) => ({ ...current, tactics: [...current.tactics, emptyTactic()] }))}
              >
                {t('strategy.tactics.add')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </fieldset>
    </Stack>
  );
}
