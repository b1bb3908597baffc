import { type CalendarSystem, formatDate, formatDateTime, formatNumber, intlLocale, type Locale } from '../../../shared/locales.ts';
import { interpolate } from '../../../shared/strategy/strategy-check.messages.ts';
import type { Labels } from '../../../shared/strategy/strategy-labels.messages.ts';
import { type DocumentLabelKey, documentLabel } from './strategy-document.messages.ts';

export type FormatSettings = {
  locale: Locale;
  calendar: CalendarSystem;
  /** The workspace's time zone, for the moments (export time, publication, listening findings). */
  timeZone: string;
  memberNames: Readonly<Record<string, string>>;
};

export const DASH = '—';

// Intl's list formats glue Chinese items together without a mark in some styles and drop the
// space before the last Thai item; terms and names read best with a plain separator.
const SEPARATOR: Readonly<Record<Locale, string>> = { en: ', ', th: ', ', 'zh-Hant': '、', 'zh-Hans': '、' };

/** Everything the section builders need to turn values into text in the reader's language. */
export function createFormat(settings: FormatSettings) {
  const { locale, calendar, timeZone, memberNames } = settings;
  const t = (key: DocumentLabelKey, params: Record<string, string | number> = {}) =>
    interpolate(documentLabel(key, locale), Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, locale) : v])));
  const unit = (value: number, name: 'hour' | 'minute') => formatNumber(value, locale, { style: 'unit', unit: name, unitDisplay: 'long' });
  const displayNames = new Intl.DisplayNames(intlLocale(locale), { type: 'language', fallback: 'code' });

  const format = {
    locale,
    t,
    label: <K extends string>(labels: Labels<K>, key: K): string => labels[key][locale],
    text: (value: string): string => value.trim() || DASH,
    list: (items: readonly string[]): string => items.map((i) => i.trim()).filter(Boolean).join(SEPARATOR[locale]) || DASH,
    number: (value: number | null): string => (value === null ? DASH : formatNumber(value, locale)),
    /** A plain calendar date (YYYY-MM-DD) stays on its day whatever the time zone. */
    date: (iso: string | null): string => (iso ? formatDate(iso, locale, calendar, 'UTC') : DASH),
    moment: (value: Date | string): string => formatDateTime(value, locale, calendar, timeZone),
    day: (value: Date | string): string => formatDate(value, locale, calendar, timeZone),
    year: (iso: string): string => new Intl.DateTimeFormat(intlLocale(locale, calendar), { year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)),
    money: (amount: number | null, currency: string): string =>
      amount === null
        ? t('notSet')
        : formatNumber(amount, locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }),
    percent: (fraction: number): string => formatNumber(fraction, locale, { style: 'percent' }),
    hours: (value: number | null): string => (value === null ? DASH : unit(value, 'hour')),
    minutes: (value: number | null): string => (value === null ? DASH : unit(value, 'minute')),
    language: (tag: string): string => {
      try {
        return displayNames.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    person: (userId: string | null): string => (userId === null ? DASH : (memberNames[userId] ?? t('formerMember'))),
    people: (userIds: readonly string[]): string => format.list(userIds.map((id) => format.person(id))),
  };
  return format;
}

export type Format = ReturnType<typeof createFormat>;
