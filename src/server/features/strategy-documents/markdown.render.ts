import type { Block, BulletItem, StrategyOutline } from './outline.domain.ts';

// Characters that mean something anywhere in a CommonMark/GFM line. `#`, `>` and `|` are escaped
// everywhere too, which is harmless mid-line and saves tracking where a heading or cell starts;
// `&` only where it would start an entity (`&amp;`), so "Sales & marketing" stays as written.
const INLINE_SPECIAL = /[\\`*_[\]<>|~#]|&(?=#?\w+;)/g;
// Only at the start of a line: list bullets, setext underlines and rules (always, as `---` and
// `===` need no space), ordered list numbers (only before a space: 2.5% is no list).
const LINE_START = /^([-+=])|^(\d{1,9})([.)])(?=\s|$)/;

/** One line of user text made inert: it reads the same in any Markdown viewer. */
function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(LINE_START, (_all, mark: string | undefined, digits: string | undefined, dot: string | undefined) =>
    mark ? `\\${mark}` : `${digits}\\${dot}`,
  );
}

/**
 * Plain text as Markdown. A line break stays a line break (a backslash before the newline is a
 * hard break), a blank line starts a new paragraph.
 */
export function escapeMarkdown(text: string, lineBreak = '\\\n', paragraphBreak = '\n\n'): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => escapeLine(line.trim()))
        .join(lineBreak),
    )
    .join(paragraphBreak);
}

const singleLine = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' '));
/** Text that follows markup on its line (`## `, `**`), where line-start markers mean nothing. */
const inline = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ').trim().replace(INLINE_SPECIAL, '\\$&');
const cell = (text: string) => escapeMarkdown(text, '<br>', '<br><br>') || ' ';

function bullet(item: BulletItem): string {
  // Continuation lines are indented so a multi-line item stays one item.
  const body = escapeMarkdown(item.text).replace(/\n/g, '\n  ');
  if (!item.lead) return `- ${body}`;
  return body ? `- **${inline(item.lead)}**: ${body}` : `- **${inline(item.lead)}**`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `### ${inline(b.text)}`;
    case 'paragraph':
      return b.muted ? `_${inline(b.text)}_` : escapeMarkdown(b.text);
    case 'bullets':
      return b.items.map(bullet).join('\n');
    case 'facts':
      return b.items.map((fact) => bullet({ lead: fact.label, text: fact.value })).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
      const rule = `| ${b.columns.map((_, i) => (b.numeric?.[i] ? '---:' : '---')).join(' | ')} |`;
      return [row(b.columns), rule, ...b.rows.map(row)].join('\n');
    }
  }
}

/** The outline as a Markdown document (CommonMark with GFM tables). */
export function renderMarkdown(outline: StrategyOutline): string {
  const parts = [`# ${inline(outline.title)}`, `**${inline(outline.workspaceName)}**`, outline.meta.map(singleLine).join(' · ')];
  for (const section of outline.sections) {
    parts.push(`## ${inline(section.title)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
