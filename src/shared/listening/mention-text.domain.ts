import { detectLanguage } from './language-detect.domain.ts';
import { foldHanScript, normaliseBase } from './text-normalise.domain.ts';

/**
 * The forms of one mention that everything downstream reads, in the one order that works:
 * language is detected before the Han fold (folding erases the Traditional/Simplified evidence),
 * topics are matched on `folded`, word statistics read `base` (the words as written).
 */
export type PreparedText = { base: string; folded: string; language: string };

export function prepareMentionText(text: string): PreparedText {
  const base = normaliseBase(text);
  return { base, folded: foldHanScript(base), language: detectLanguage(base) };
}

/** The same forms of a mention whose language is already known (stored at ingest): no detection. */
export function prepareStoredText(text: string): Omit<PreparedText, 'language'> {
  const base = normaliseBase(text);
  return { base, folded: foldHanScript(base) };
}
