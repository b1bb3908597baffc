import { useTranslation } from 'react-i18next';
import {
  type CalendarSystem,
  formatDate,
  formatDateTime,
  formatNumber,
  intlLocale,
  type Locale,
  localeSchema,
} from '../../../shared/locales.ts';
import { useSession } from '../session/session.queries.ts';

/** Before sign-in there is no saved preference; Thai readers expect Buddhist Era years by default. */
export function defaultCalendar(locale: Locale): CalendarSystem {
  return locale === 'th' ? 'buddhist' : 'gregory';
}

export function toLocale(language: string): Locale {
  const parsed = localeSchema.safeParse(language);
  return parsed.success ? parsed.data : 'en';
}

/** "in 5 minutes", phrased by the browser's Intl data for the language. */
export function formatWait(seconds: number, locale: Locale): string {
  const relative = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'always' });
  return seconds < 90 ? relative.format(Math.max(1, Math.ceil(seconds)), 'second') : relative.format(Math.ceil(seconds / 60), 'minute');
}

export function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, 15)));
}

/** Dates and numbers in the UI language and the user's calendar. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const session = useSession();
  const locale = toLocale(i18n.language);
  const calendar = session.data?.user.calendar ?? defaultCalendar(locale);
  return {
    locale,
    calendar,
    dateTime: (value: Date | string) => formatDateTime(value, locale, calendar),
    date: (value: Date | string) => formatDate(value, locale, calendar),
    number: (value: number) => formatNumber(value, locale),
    wait: (seconds: number) => formatWait(seconds, locale),
  };
}
