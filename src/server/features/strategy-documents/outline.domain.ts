import type { Locale } from '../../../shared/locales.ts';

/**
 * A document as neutral structure, so Markdown, HTML and DOCX say exactly the same thing and
 * differ only in how they draw it. All text is plain: renderers escape it for their format.
 */
export type BulletItem = { lead?: string; text: string };
export type Fact = { label: string; value: string };

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: BulletItem[] }
  | { kind: 'facts'; items: Fact[] }
  /** `numeric` marks columns to align at the end (numbers, scores, dates). */
  | { kind: 'table'; columns: string[]; rows: string[][]; numeric?: boolean[] };

export type OutlineSection = { id: string; title: string; blocks: Block[] };

export type StrategyOutline = {
  locale: Locale;
  title: string;
  workspaceName: string;
  /** Which draft or version this is, when it was exported. */
  meta: string[];
  /** The heading of the table of contents. */
  contents: string;
  sections: OutlineSection[];
};

export const heading = (text: string): Block => ({ kind: 'heading', text });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const muted = (text: string): Block => ({ kind: 'paragraph', text, muted: true });
export const bullets = (items: BulletItem[]): Block => ({ kind: 'bullets', items });
export const facts = (items: Fact[]): Block => ({ kind: 'facts', items });
export const table = (columns: string[], rows: string[][], numeric?: boolean[]): Block => ({ kind: 'table', columns, rows, numeric });

/** Blocks for a list that may be empty: the blocks, or one muted "nothing here yet" line. */
export function orEmpty(items: readonly unknown[], blocks: () => Block[], empty: string): Block[] {
  return items.length === 0 ? [muted(empty)] : blocks();
}

/** Every piece of text in the outline, in reading order; tests and the DOCX check search it. */
export function outlineText(outline: StrategyOutline): string[] {
  const out = [outline.title, outline.workspaceName, ...outline.meta];
  for (const section of outline.sections) {
    out.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'heading' || block.kind === 'paragraph') out.push(block.text);
      else if (block.kind === 'bullets') out.push(...block.items.flatMap((i) => (i.lead ? [i.lead, i.text] : [i.text])));
      else if (block.kind === 'facts') out.push(...block.items.flatMap((f) => [f.label, f.value]));
      else out.push(...block.columns, ...block.rows.flat());
    }
  }
  return out;
}
