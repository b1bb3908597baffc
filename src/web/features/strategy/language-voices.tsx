import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../shared/locales.ts';
import type { LanguageVoice, VoiceSection } from '../../../shared/strategy/strategy-voice.schemas.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { checkLanguageTag, QUICK_LANGUAGE_TAGS, type TagCheck } from './language-tags.ts';
import { LanguageVoiceCard } from './language-voice-card.tsx';

type PerLanguage = VoiceSection['perLanguage'];
type LanguageVoicesProps = { perLanguage: PerLanguage; onChange: (perLanguage: PerLanguage) => void };

const NEW_VOICE: LanguageVoice = { formality: 'neutral', emoji: 'sparing', notes: '' };

/** "Thai (th)": the language named in the reader's language, with the tag a writer will meet in files. */
function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames(intlLocale(toLocale(i18n.language)), { type: 'language', fallback: 'code' });
  return (tag: string) => {
    const name = names.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  };
}

// The database keeps object keys in its own order, so the cards are sorted here to stay put across reloads.
function displayOrder(tags: string[]): string[] {
  const quick = QUICK_LANGUAGE_TAGS.filter((tag) => tags.includes(tag));
  const others = tags.filter((tag) => !(QUICK_LANGUAGE_TAGS as readonly string[]).includes(tag)).sort();
  return [...quick, ...others];
}

/** One voice card per language the brand posts in; the four interface languages are one click away. */
export function LanguageVoices({ perLanguage, onChange }: LanguageVoicesProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Extract<TagCheck, { ok: false }>['problem'] | null>(null);
  const tags = Object.keys(perLanguage);

  const add = (input: string) => {
    const check = checkLanguageTag(input, tags);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    onChange({ ...perLanguage, [check.tag]: NEW_VOICE });
    setTyped('');
    setProblem(null);
  };
  const remove = (tag: string) => onChange(Object.fromEntries(Object.entries(perLanguage).filter(([key]) => key !== tag)));
  const missingQuick = QUICK_LANGUAGE_TAGS.filter((tag) => !tags.includes(tag));

  return (
    <Stack gap="md">
      {tags.length === 0 && (
        <Text size="sm" fs="italic">
          {t('strategy.voice.languages.none')}
        </Text>
      )}
      {displayOrder(tags).map((tag) => {
        const voice = perLanguage[tag];
        if (!voice) return null;
        return (
          <LanguageVoiceCard
            key={tag}
            tag={tag}
            name={languageName(tag)}
            voice={voice}
            onChange={(next) => onChange({ ...perLanguage, [tag]: next })}
            onRemove={() => remove(tag)}
          />
        );
      })}
      {missingQuick.length > 0 && (
        <Group gap="xs">
          {missingQuick.map((tag) => (
            <Button key={tag} variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => add(tag)}>
              {t('strategy.voice.languages.addQuick', { language: languageName(tag) })}
            </Button>
          ))}
        </Group>
      )}
      <TextInput
        label={t('strategy.voice.languages.otherTag')}
        description={t('strategy.voice.languages.otherTagHelp')}
        value={typed}
        error={problem ? t(`strategy.voice.languages.problems.${problem}`, { tag: typed.trim() }) : undefined}
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(typed);
          }
        }}
        // The button sits beside the box itself, so a shown error does not push it out of line.
        inputContainer={(input) => (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <div style={{ flex: 1 }}>{input}</div>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => add(typed)}>
              {t('strategy.voice.languages.addOther')}
            </Button>
          </Group>
        )}
      />
    </Stack>
  );
}
