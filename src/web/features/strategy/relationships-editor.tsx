import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { Relationship } from '../../../shared/strategy/strategy-relationships.schemas.ts';
import { useMemberOptions } from './member-options.ts';
import { RelationshipCard } from './relationship-card.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

// The chart library is large and only this page draws with it: it loads when the map is first shown.
const RelationshipMap = lazy(() => import('./relationship-map.tsx').then((module) => ({ default: module.RelationshipMap })));

const emptyRelationship = (): Relationship => ({
  id: newId(),
  name: '',
  kind: 'customer',
  count: null,
  context: '',
  relevance: '',
  value: null,
  valueReason: '',
  flow: { channel: null, frequency: null, ownerUserId: null },
});

type RelationshipsEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

/** The relationship map on top, then one card per group of people the brand keeps in touch with. */
export function RelationshipsEditor({ workspaceId, state, canEdit }: RelationshipsEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'relationships', state);
  const members = useMemberOptions(workspaceId);
  const { value, update } = draft;
  const readOnly = !canEdit || draft.status === 'stale';

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <Stack gap="sm" component="section" aria-labelledby="relationship-map-heading">
        <Title order={2} size="h3" id="relationship-map-heading">
          {t('strategy.relationships.map.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('strategy.relationships.map.help')}
        </Text>
        <Suspense fallback={<Loader size="sm" aria-label={t('strategy.relationships.map.loading')} />}>
          <RelationshipMap relationships={value.relationships} />
        </Suspense>
      </Stack>
      <fieldset disabled={readOnly} className="plain-fieldset">
        <Stack gap="md" component="section" aria-labelledby="relationships-heading">
          <Title order={2} size="h3" id="relationships-heading">
            {t('strategy.relationships.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('strategy.relationships.help')}
          </Text>
          {value.relationships.map((relationship, index) => (
            <RelationshipCard
              key={relationship.id}
              relationship={relationship}
              index={index}
              members={members}
              readOnly={readOnly}
              onChange={(next) => update((current) => ({ relationships: current.relationships.map((item) => (item.id === next.id ? next : item)) }))}
              onRemove={() => update((current) => ({ relationships: current.relationships.filter((item) => item.id !== relationship.id) }))}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => update((current) => ({ relationships: [...current.relationships, emptyRelationship()] }))}
            >
              {t('strategy.relationships.add')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </Stack>
  );
}
