import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, BulletItem } from './outline.domain.ts';

/** A4 (210 mm) less two 18 mm margins, in twentieths of a point. */
export const CONTENT_WIDTH_TWIPS = 9866;
export const MUTED_COLOR = '6A7178';

type RunStyle = { bold?: boolean; color?: string };

/** Text as runs, one per line, so the author's line breaks survive. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

// Han characters take about two Latin widths; good enough to share the page between columns.
const displayWidth = (text: string) => [...text].reduce((sum, c) => sum + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(c) ? 2 : 1), 0);

/**
 * Column widths by what the columns hold. The square root of the average length evens them out:
 * a column of names should be wider than one of dates, not five times wider.
 */
export function columnWidths(columns: readonly string[], rows: readonly string[][]): number[] {
  const weights = columns.map((column, i) => {
    const cells = rows.map((row) => displayWidth(row[i] ?? ''));
    const average = cells.length === 0 ? 0 : cells.reduce((a, b) => a + b, 0) / cells.length;
    return Math.sqrt(Math.min(60, Math.max(12, displayWidth(column), average)));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * CONTENT_WIDTH_TWIPS));
}

function cell(text: string, width: number, options: { header?: boolean; numeric?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'F1F3F5', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0, line: 250, lineRule: LineRuleType.AUTO },
        children: runs(text, { bold: options.header }),
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const widths = columnWidths(b.columns, b.rows);
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) => cell(text, widths[i] ?? 0, { header, numeric: b.numeric?.[i] })),
    });
  return new Table({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(b.columns, true), ...b.rows.map((r) => row(r, false))],
  });
}

function bullet(item: BulletItem): Paragraph {
  const lead = item.lead ? [new TextRun({ text: item.text.trim() ? `${item.lead}: ` : item.lead, bold: true })] : [];
  return new Paragraph({ bullet: { level: 0 }, children: [...lead, ...runs(item.text)] });
}

/** One outline block as Word paragraphs and tables; a table is followed by a spacer paragraph. */
export function docxBlock(b: Block): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text, b.muted ? { color: MUTED_COLOR } : {}) })];
    case 'bullets':
      return b.items.map(bullet);
    case 'facts':
      return b.items.map((f) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${f.label}: `, bold: true }), ...runs(f.value)] }));
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: 60 }, children: [] })];
  }
}
