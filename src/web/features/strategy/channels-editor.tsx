import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { CHANNEL_KEYS, type ChannelPlan } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { useMemberOptions } from './member-options.ts';
import { ChannelCard } from './channel-card.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

function emptyPlan(taken: Set<string>): ChannelPlan {
  const channel = CHANNEL_KEYS.find((key) => !taken.has(key)) ?? 'other';
  return {
    id: newId(),
    channel,
    reason: '',
    personaIds: [],
    pillars: [],
    formats: [],
    postsPerWeek: 0,
    hoursPerPost: 0,
    resources: { ownerUserId: null, hoursPerWeek: 0, budgetPerMonth: 0 },
    kpis: [],
  };
}

type ChannelsEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function ChannelsEditor({ workspaceId, state, canEdit }: ChannelsEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'channels', state);
  const members = useMemberOptions(workspaceId);
  const personas = state.document.audience.personas.map((persona, index) => ({
    value: persona.id,
    label: persona.name.trim() || t('strategy.personas.untitled', { number: index + 1 }),
  }));
  const currency = state.document.context.planning.budget.currency;
  const { value, update } = draft;

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('strategy.channels.help')}
          </Text>
          {value.channels.map((plan) => (
            <ChannelCard
              key={plan.id}
              plan={plan}
              personas={personas}
              members={members}
              currency={currency}
              onChange={(next) => update((current) => ({ channels: current.channels.map((item) => (item.id === next.id ? next : item)) }))}
              onRemove={() => update((current) => ({ channels: current.channels.filter((item) => item.id !== plan.id) }))}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => update((current) => ({ channels: [...current.channels, emptyPlan(new Set(current.channels.map((c) => c.channel)))] }))}
            >
              {t('strategy.channels.add')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </Stack>
  );
}
