import { z } from 'zod';

export const LOCALES = ['en', 'th', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

export const CALENDARS = ['gregory', 'buddhist'] as const;
export type CalendarSystem = (typeof CALENDARS)[number];
export const calendarSchema = z.enum(CALENDARS);

/** BCP 47 tag handed to Intl. The calendar is always explicit: ICU's th-TH defaults to Buddhist. */
export function intlLocale(locale: Locale, calendar: CalendarSystem = 'gregory'): string {
  const base = locale === 'th' ? 'th-TH' : locale === 'zh-Hant' ? 'zh-Hant-TW' : locale === 'zh-Hans' ? 'zh-Hans-CN' : 'en-GB';
  return `${base}-u-ca-${calendar}`;
}

export function formatDateTime(value: Date | string, locale: Locale, calendar: CalendarSystem, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale, calendar), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatDate(value: Date | string, locale: Locale, calendar: CalendarSystem, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale, calendar), { dateStyle: 'long', timeZone }).format(date);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Picks the best supported locale from an Accept-Language style list. */
export function negotiateLocale(preferences: readonly string[]): Locale {
  for (const raw of preferences) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('th')) return 'th';
    if (tag.startsWith('zh')) {
      return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
    }
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
