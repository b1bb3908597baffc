import type { LabelledText } from './sentiment-th.domain.ts';

/**
 * Labelled JSON Lines (`{ "text": "...", "label": "pos" | "neu" | "neg" | "q" }`), the format of the
 * training and benchmark sets. A question (`q`, Wisesight's fourth class) counts as neutral.
 */
const LABELS: Readonly<Record<string, LabelledText['label']>> = { pos: 'pos', neu: 'neu', neg: 'neg', q: 'neu' };

/** Throws an Error naming the source and line of the first bad record; blank lines are skipped. */
export function parseLabelledJsonl(content: string, source: string): LabelledText[] {
  const examples: LabelledText[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    const where = `${source} line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    if (typeof record !== 'object' || record === null) throw new Error(`${where}: expected an object with "text" and "label"`);
    const { text, label } = record as { text?: unknown; label?: unknown };
    if (typeof text !== 'string' || text.trim().length === 0) throw new Error(`${where}: "text" must be a non-empty string`);
    const mapped = typeof label === 'string' ? LABELS[label] : undefined;
    if (!mapped) throw new Error(`${where}: "label" must be one of pos, neu, neg, q (got ${JSON.stringify(label)})`);
    examples.push({ text, label: mapped });
  }
  return examples;
}
