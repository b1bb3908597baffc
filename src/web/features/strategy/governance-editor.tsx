import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { GOVERNANCE_KINDS, type GovernanceItem, type GovernanceKind } from '../../../shared/strategy/strategy-governance.schemas.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { CrisisLevels } from './crisis-levels.tsx';
import { GovernanceItemCard } from './governance-item-card.tsx';
import { isOverdue, todayIn } from './governance-rules.ts';
import { useMemberOptions } from './member-options.ts';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

const emptyItem = (kind: GovernanceKind): GovernanceItem => ({ id: newId(), kind, title: '', body: '', ownerUserId: null, reviewDate: null });

type GovernanceEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

/** Policies, guidelines, approvals, crisis escalation and training, grouped by kind, each with an owner and a review date. */
export function GovernanceEditor({ workspaceId, state, canEdit }: GovernanceEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'governance', state);
  const members = useMemberOptions(workspaceId);
  const today = todayIn(useCurrentWorkspace().timezone);
  const { value, update } = draft;
  const overdue = value.items.filter((item) => isOverdue(item.reviewDate, today)).length;

  const change = (next: GovernanceItem) => update((current) => ({ ...current, items: current.items.map((item) => (item.id === next.id ? next : item)) }));
  const remove = (id: string) => update((current) => ({ ...current, items: current.items.filter((item) => item.id !== id) }));
  const add = (kind: GovernanceKind) => update((current) => ({ ...current, items: [...current.items, emptyItem(kind)] }));

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      {overdue > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('strategy.governance.overdueSummary', { count: overdue })}
        </Alert>
      )}
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          {GOVERNANCE_KINDS.map((kind) => (
            <Stack key={kind} gap="sm" component="section" aria-labelledby={`governance-${kind}-heading`}>
              <Title order={2} size="h3" id={`governance-${kind}-heading`}>
                {t(`strategy.governance.kinds.${kind}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`strategy.governance.explain.${kind}`)}
              </Text>
              {value.items
                .filter((item) => item.kind === kind)
                .map((item, index) => (
                  <GovernanceItemCard
                    key={item.id}
                    item={item}
                    index={index}
                    members={members}
                    today={today}
                    onChange={change}
                    onRemove={() => remove(item.id)}
                  />
                ))}
              <Group>
                <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => add(kind)}>
                  {t(`strategy.governance.add.${kind}`)}
                </Button>
              </Group>
              {kind === 'crisis_escalation' && (
                <CrisisLevels
                  levels={value.crisis.levels}
                  onChange={(levels) => update((current) => ({ ...current, crisis: { ...current.crisis, levels } }))}
                />
              )}
            </Stack>
          ))}
        </Stack>
      </fieldset>
    </Stack>
  );
}
