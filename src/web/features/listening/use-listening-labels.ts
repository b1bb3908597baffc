import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/api/listening.schemas.ts';
import { formatDate, formatNumber, intlLocale } from '../../../shared/locales.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { CHANNEL_KEYS, type ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { CHANNEL_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';

const NO_TOPICS: readonly Topic[] = [];
const isChannelKey = (name: string): name is ChannelKey => (CHANNEL_KEYS as readonly string[]).includes(name);

/** Names for what mentions carry as codes: languages (BCP 47), channels, sentiment labels, topic ids. */
export function useListeningLabels(topics: readonly Topic[] = NO_TOPICS) {
  const { t } = useTranslation();
  const { locale, calendar } = useFormatters();
  return useMemo(() => {
    const languageNames = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' });
    const short = new Intl.DateTimeFormat(intlLocale(locale, calendar), { day: 'numeric', month: 'short', timeZone: 'UTC' });
    // A listening day is a calendar day of the workspace: read at UTC midnight so no zone shifts it.
    const utc = (day: string) => new Date(`${day}T00:00:00Z`);
    const topicNames = new Map(topics.map((topic) => [topic.id, topic.name]));
    return {
      language: (code: string) => {
        if (code === 'und' || code === '') return t('listening.common.unknownLanguage');
        try {
          return languageNames.of(code) ?? code;
        } catch {
          return code;
        }
      },
      // Channel names come from the data (a CSV column, a webhook): known networks get their proper name.
      channel: (name: string) => (isChannelKey(name) ? CHANNEL_LABELS[name][locale] : name === 'line' ? 'LINE' : name.charAt(0).toUpperCase() + name.slice(1)),
      shortDay: (day: string) => short.format(utc(day)),
      day: (day: string) => formatDate(utc(day), locale, calendar, 'UTC'),
      sentiment: (label: SentimentLabel) => t(`listening.common.sentiment.${label}`),
      topic: (id: string | null) => (id === null ? t('listening.common.allMentions') : (topicNames.get(id) ?? t('listening.common.deletedTopic'))),
    };
  }, [t, locale, calendar, topics]);
}

export type ListeningLabels = ReturnType<typeof useListeningLabels>;

/** Counts, shares and scores in the UI language. */
export function useListeningNumbers() {
  const { locale } = useFormatters();
  return useMemo(
    () => ({
      count: (value: number) => formatNumber(value, locale),
      compact: (value: number) => formatNumber(value, locale, { notation: 'compact', maximumFractionDigits: 1 }),
      percent: (share: number) => formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 }),
      signed: (value: number) => formatNumber(value, locale, { signDisplay: 'exceptZero' }),
      factor: (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 }),
    }),
    [locale],
  );
}

export type ListeningNumbers = ReturnType<typeof useListeningNumbers>;
