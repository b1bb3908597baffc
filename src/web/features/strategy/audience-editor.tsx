import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { Persona } from '../../../shared/strategy/strategy-audience.schemas.ts';
import { type CleanupEntry, CleanupReport } from './cleanup-report.tsx';
import { PersonaCard } from './persona-card.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

const emptyPersona = (): Persona => ({
  id: newId(),
  name: '',
  demographics: { ageBand: '', location: '', languages: [], occupation: '', incomeBand: '' },
  psychographics: { values: [], interests: [], motivations: [], challenges: [] },
  onlineBehaviour: { channels: [], activeHours: '', preferredFormats: [], follows: [] },
  journeyStage: null,
  howToTalk: '',
});

type AudienceEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function AudienceEditor({ workspaceId, state, canEdit }: AudienceEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'audience', state);
  const [cleaned, setCleaned] = useState<CleanupEntry[] | null>(null);
  const { value, update } = draft;

  // Channel plans point at personas: the server removes the persona and unlinks it everywhere at once.
  const remove = async (persona: Persona) => {
    const result = await draft.remove('personas', persona.id);
    if (result) setCleaned(result);
  };

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      {cleaned && <CleanupReport entries={cleaned} onClose={() => setCleaned(null)} />}
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('strategy.personas.help')}
          </Text>
          {value.personas.map((persona, index) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              index={index}
              onChange={(next) => update((current) => ({ personas: current.personas.map((item) => (item.id === next.id ? next : item)) }))}
              onRemove={() => void remove(persona)}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => update((current) => ({ personas: [...current.personas, emptyPersona()] }))}
            >
              {t('strategy.personas.add')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </Stack>
  );
}
