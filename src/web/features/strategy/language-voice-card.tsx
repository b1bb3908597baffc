import { ActionIcon, Card, Group, Radio, Stack, Textarea, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMOJI_USE, FORMALITIES, type LanguageVoice } from '../../../shared/strategy/strategy-voice.schemas.ts';
import { languageHint } from './language-tags.ts';

type LanguageVoiceCardProps = { tag: string; name: string; voice: LanguageVoice; onChange: (voice: LanguageVoice) => void; onRemove: () => void };

/** How the brand sounds in one language: register, emoji and the notes a writer needs. */
export function LanguageVoiceCard({ tag, name, voice, onChange, onRemove }: LanguageVoiceCardProps) {
  const { t } = useTranslation();
  const hint = languageHint(tag);
  const headingId = `voice-language-${tag}-heading`;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.voice.languages.remove', { language: name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <Radio.Group
          label={t('strategy.voice.languages.formality')}
          value={voice.formality}
          onChange={(formality) => onChange({ ...voice, formality: formality as LanguageVoice['formality'] })}
        >
          <Group gap="lg" mt={4}>
            {FORMALITIES.map((value) => (
              <Radio key={value} value={value} label={t(`strategy.voice.formality.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          label={t('strategy.voice.languages.emoji')}
          value={voice.emoji}
          onChange={(emoji) => onChange({ ...voice, emoji: emoji as LanguageVoice['emoji'] })}
        >
          <Group gap="lg" mt={4}>
            {EMOJI_USE.map((value) => (
              <Radio key={value} value={value} label={t(`strategy.voice.emoji.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('strategy.voice.languages.notes')}
          description={hint ? t(`strategy.voice.hints.${hint}`) : t('strategy.voice.hints.other')}
          autosize
          minRows={2}
          value={voice.notes}
          onChange={(e) => onChange({ ...voice, notes: e.currentTarget.value })}
        />
      </Stack>
    </Card>
  );
}
