import { languageTagSchema } from '../../../shared/strategy/strategy-common.schemas.ts';

/** The interface languages, offered first because most brands here post in them. */
export const QUICK_LANGUAGE_TAGS = ['en', 'th', 'zh-Hant', 'zh-Hans'] as const;

export type TagCheck = { ok: true; tag: string } | { ok: false; problem: 'empty' | 'invalid' | 'duplicate' };

/**
 * Checks a typed language tag before it becomes a key of the voice document: the schema refuses a
 * bad key, and one refused key would make every later autosave of the section fail. "ZH-hant" and
 * "zh-Hant" are the same language, so the tag is stored in its canonical case.
 */
export function checkLanguageTag(input: string, existing: readonly string[]): TagCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!languageTagSchema.safeParse(trimmed).success) return { ok: false, problem: 'invalid' };
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(trimmed)[0] ?? trimmed;
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!languageTagSchema.safeParse(canonical).success) return { ok: false, problem: 'invalid' };
  const lower = canonical.toLowerCase();
  if (existing.some((tag) => tag.toLowerCase() === lower)) return { ok: false, problem: 'duplicate' };
  return { ok: true, tag: canonical };
}

/** Which writing advice applies to a tag: Thai particles, Chinese register, or none in particular. */
export function languageHint(tag: string): 'th' | 'zhHant' | 'zhHans' | 'zh' | null {
  const lower = tag.toLowerCase();
  if (lower === 'th' || lower.startsWith('th-')) return 'th';
  if (lower.startsWith('zh-hant') || lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo') return 'zhHant';
  if (lower.startsWith('zh-hans') || lower === 'zh-cn' || lower === 'zh-sg') return 'zhHans';
  if (lower === 'zh' || lower.startsWith('zh-') || lower === 'yue') return 'zh';
  return null;
}
