import { SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { VoiceSection } from '../../../shared/strategy/strategy-voice.schemas.ts';
import { EditorSection } from './editor-section.tsx';
import { LanguageVoices } from './language-voices.tsx';
import { ResponseTimeInput } from './response-time-input.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';

type ListField = 'weAre' | 'weAreNot' | 'vocabularyUse' | 'vocabularyAvoid';
type VoiceEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function VoiceEditor({ workspaceId, state, canEdit }: VoiceEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'voice', state);
  const { value, update } = draft;
  const set = <F extends keyof VoiceSection>(field: F, next: VoiceSection[F]) => update((current) => ({ ...current, [field]: next }));
  const list = (field: ListField) => (
    <TagsInput
      label={t(`strategy.voice.${field}.label`)}
      description={t(`strategy.voice.${field}.help`)}
      value={value[field]}
      onChange={(items) => set(field, items)}
    />
  );

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          <EditorSection id="voice-traits" title={t('strategy.voice.traits.heading')} help={t('strategy.voice.traits.help')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {list('weAre')}
              {list('weAreNot')}
            </SimpleGrid>
          </EditorSection>
          <EditorSection id="voice-vocabulary" title={t('strategy.voice.vocabulary.heading')} help={t('strategy.voice.vocabulary.help')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {list('vocabularyUse')}
              {list('vocabularyAvoid')}
            </SimpleGrid>
          </EditorSection>
          <EditorSection id="voice-languages" title={t('strategy.voice.languages.heading')} help={t('strategy.voice.languages.help')}>
            <LanguageVoices perLanguage={value.perLanguage} onChange={(perLanguage) => set('perLanguage', perLanguage)} />
          </EditorSection>
          <EditorSection id="voice-response" title={t('strategy.voice.responseTime.heading')}>
            <ResponseTimeInput hours={value.responseTimePromiseHours} onChange={(hours) => set('responseTimePromiseHours', hours)} />
          </EditorSection>
          <EditorSection id="voice-persona" title={t('strategy.voice.persona.heading')}>
            <Textarea
              label={t('strategy.voice.persona.label')}
              description={t('strategy.voice.persona.help')}
              autosize
              minRows={4}
              value={value.brandPersona}
              onChange={(e) => {
                const brandPersona = e.currentTarget.value;
                set('brandPersona', brandPersona);
              }}
            />
          </EditorSection>
        </Stack>
      </fieldset>
    </Stack>
  );
}
