import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import { type DocumentLogo, fitInto } from '../workspace-logo/workspace-logo.domain.ts';
import { docxFonts, docxLanguage } from './document-fonts.data.ts';
import { docxBlock, MUTED_COLOR, runs } from './docx-blocks.render.ts';
import type { StrategyOutline } from './outline.domain.ts';

const A4 = { width: 11906, height: 16838 };
const MARGIN_18MM = 1020;
// Logo box in pixels at 96 dpi: about 70 × 22 mm, as in the HTML export.
const LOGO_BOX = { width: 264, height: 84 };

function logoParagraph(logo: DocumentLogo, name: string): Paragraph {
  return new Paragraph({
    spacing: { after: 160 },
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: logo.data,
        transformation: fitInto(logo, LOGO_BOX),
        altText: { name, title: name, description: name },
      }),
    ],
  });
}

/**
 * The outline as a Word document. Fonts and languages are set for all three script slots of
 * every run (Latin, East Asian, complex), so Thai and Chinese render in Word and LibreOffice
 * without the reader changing anything.
 */
export async function renderDocx(outline: StrategyOutline, logo: DocumentLogo | null): Promise<Uint8Array> {
  const font = docxFonts(outline.locale);
  const children: Array<Paragraph | Table> = [];
  if (logo) children.push(logoParagraph(logo, outline.workspaceName));
  children.push(
    new Paragraph({ spacing: { after: 0 }, children: runs(outline.workspaceName, { bold: true, color: '1864AB' }) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(outline.title) }),
    ...outline.meta.map((line) => new Paragraph({ spacing: { after: 40 }, children: runs(line, { color: MUTED_COLOR }) })),
  );
  for (const section of outline.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: runs(section.title) }));
    for (const block of section.blocks) children.push(...docxBlock(block));
  }

  const doc = new Document({
    creator: 'Socialplan',
    title: `${outline.workspaceName} · ${outline.title}`,
    description: outline.meta.join(' · '),
    styles: {
      default: {
        document: {
          run: { font, size: 21, language: docxLanguage(outline.locale) },
          // Line spacing in proportion (auto), not exact: Thai marks stack above and below the line.
          paragraph: { spacing: { after: 100, line: 300, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font, size: 44, bold: true, color: '1C1F23' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font, size: 30, bold: true, color: '1C1F23' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font, size: 24, bold: true, color: '343A40' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN_18MM, bottom: MARGIN_18MM, left: MARGIN_18MM, right: MARGIN_18MM } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ color: MUTED_COLOR, size: 16, children: [`${outline.workspaceName} · ${outline.title} · `, PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
