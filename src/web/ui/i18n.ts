import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale, localeSchema, negotiateLocale } from '../../shared/locales.ts';
import en from '../i18n/locales/en.json' with { type: 'json' };
import th from '../i18n/locales/th.json' with { type: 'json' };
import zhHans from '../i18n/locales/zh-Hans.json' with { type: 'json' };
import zhHant from '../i18n/locales/zh-Hant.json' with { type: 'json' };

/**
 * Each language is named in itself (endonyms), never translated: someone who cannot read
 * the current language must still be able to find their own in the list.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  th: 'ไทย',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
};

export const LOCALE_OPTIONS = LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

const STORAGE_KEY = 'socialplan.locale';

function storedLocale(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function initialLocale(): Locale {
  return storedLocale() ?? negotiateLocale(navigator.languages ?? [navigator.language]);
}

export function currentLocale(): Locale {
  const parsed = localeSchema.safeParse(i18next.language);
  return parsed.success ? parsed.data : 'en';
}

/** Switches the UI language now and remembers it for the next visit, before the user signs in. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may forbid storage; the language still applies to this visit.
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    th: { translation: th },
    'zh-Hant': { translation: zhHant },
    'zh-Hans': { translation: zhHans },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  // i18next would otherwise reduce 'zh-Hant' to 'zh' when looking up resources.
  load: 'currentOnly',
  // React escapes output itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export { i18next };
