import type { Locale } from '../../../shared/locales.ts';

/**
 * Fonts by script. A strategy in one language quotes the others (Thai plans name Taiwanese
 * tourists' Xiaohongshu notes), so every document covers Latin, Thai and Han; the locale only
 * decides which Han variant comes first, since the same code points look different in TC and SC.
 */
const LATIN = ['Noto Sans', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial'];
const THAI = ['Noto Sans Thai', 'Noto Sans Thai UI', 'Sarabun', 'Leelawadee UI', 'Thonburi', 'Loma', 'Garuda', 'Tahoma'];
const HAN_TRADITIONAL = ['Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei'];
const HAN_SIMPLIFIED = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei'];

const hanFirst = (locale: Locale) => (locale === 'zh-Hans' ? [...HAN_SIMPLIFIED, ...HAN_TRADITIONAL] : [...HAN_TRADITIONAL, ...HAN_SIMPLIFIED]);

/** A CSS font-family list: Latin first so Latin text keeps Latin shapes, then Thai, then Han. */
export function cssFontStack(locale: Locale): string {
  const names = [...LATIN, ...THAI, ...hanFirst(locale)].map((name) => `"${name}"`);
  return [...names, 'system-ui', 'sans-serif'].join(', ');
}

export type DocxFonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string };

/**
 * Word picks a run's font per character class: Thai is a complex script (`cs`), Han is East
 * Asian. Each slot names a font Word on Windows has; LibreOffice and fontconfig map them by
 * language to what is installed (Leelawadee UI → a TLWG Thai font, Microsoft JhengHei → Noto
 * Sans CJK TC), which the PDF conversion test checks.
 */
export function docxFonts(locale: Locale): DocxFonts {
  return {
    ascii: 'Arial',
    hAnsi: 'Arial',
    eastAsia: locale === 'zh-Hans' ? 'Microsoft YaHei' : 'Microsoft JhengHei',
    cs: 'Leelawadee UI',
  };
}

/**
 * Word's language tags for the three script slots of every run, as Word itself writes them: Latin
 * text is English (tagging it Thai makes LibreOffice break Latin words with the Thai dictionary),
 * Han text is Chinese of the locale's variant, complex script text is Thai.
 */
export function docxLanguage(locale: Locale): { value: string; eastAsia: string; bidirectional: string } {
  return { value: 'en-GB', eastAsia: locale === 'zh-Hans' ? 'zh-CN' : 'zh-TW', bidirectional: 'th-TH' };
}
