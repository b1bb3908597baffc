import type { DocumentLogo } from '../workspace-logo/workspace-logo.domain.ts';
import { cssFontStack } from './document-fonts.data.ts';
import type { Block, BulletItem, StrategyOutline } from './outline.domain.ts';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped, with the author's line breaks kept. */
const text = (value: string) => escapeHtml(value.trim()).replace(/\r?\n/g, '<br>');

const styles = (fontStack: string) => `
@page { size: A4; margin: 18mm; }
* { box-sizing: border-box; }
html { font-family: ${fontStack}; font-size: 10.5pt; line-height: 1.6; color: #1c1f23; }
body { margin: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 18mm; background: #fff; } html { background: #eef0f3; } }
header { border-bottom: 2px solid #1c7ed6; padding-bottom: 6mm; margin-bottom: 8mm; }
header img { display: block; width: auto; height: auto; max-height: 22mm; max-width: 70mm; object-fit: contain; margin-bottom: 4mm; }
.workspace { font-size: 12pt; font-weight: 600; margin: 0; color: #1864ab; }
h1 { font-size: 22pt; line-height: 1.3; margin: 1mm 0 2mm; }
.meta { margin: 0; color: #495057; }
nav p { font-weight: 600; margin: 0 0 1mm; }
nav ol { columns: 2; margin: 0 0 6mm; padding: 0; list-style: none; }
nav a { color: inherit; text-decoration: none; }
h2 { font-size: 15pt; line-height: 1.35; margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 1px solid #ced4da; break-after: avoid; }
h3 { font-size: 12pt; line-height: 1.4; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 3mm; }
.muted { color: #6a7178; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
li { margin-bottom: 1mm; break-inside: avoid; }
dl { display: grid; grid-template-columns: minmax(30mm, 32%) 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dt { font-weight: 600; color: #343a40; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #ced4da; padding: 1.2mm 2mm; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f1f3f5; font-weight: 600; }
td.num, th.num { text-align: end; white-space: nowrap; }
`;

function bullet(item: BulletItem): string {
  if (!item.lead) return `<li>${text(item.text)}</li>`;
  return `<li><strong>${text(item.lead)}</strong>${item.text.trim() ? `: ${text(item.text)}` : ''}</li>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${text(b.text)}</h3>`;
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${text(b.text)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map(bullet).join('')}</ul>`;
    case 'facts':
      return `<dl>${b.items.map((f) => `<dt>${text(f.label)}</dt><dd>${text(f.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const cls = (i: number) => (b.numeric?.[i] ? ' class="num"' : '');
      const head = `<thead><tr>${b.columns.map((c, i) => `<th scope="col"${cls(i)}>${text(c)}</th>`).join('')}</tr></thead>`;
      const body = b.rows.map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${text(c)}</td>`).join('')}</tr>`).join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
  }
}

const dataUrl = (logo: DocumentLogo) => `data:${logo.mediaType};base64,${Buffer.from(logo.data).toString('base64')}`;

/**
 * A self-contained page (no external files, no scripts) that prints on A4. `lang` lets the
 * browser choose the right glyphs where Chinese variants and Japanese share code points.
 */
export function renderHtml(outline: StrategyOutline, logo: DocumentLogo | null): string {
  const sectionId = (id: string) => `section-${id}`;
  const toc = outline.sections.map((s) => `<li><a href="#${sectionId(s.id)}">${text(s.title)}</a></li>`).join('');
  const sections = outline.sections
    .map((s) => `<section id="${sectionId(s.id)}"><h2>${text(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(outline.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(`${outline.workspaceName} · ${outline.title}`)}</title>
<style>${styles(cssFontStack(outline.locale))}</style>
</head>
<body>
<header>
${logo ? `<img src="${dataUrl(logo)}" alt="${escapeHtml(outline.workspaceName)}" width="${logo.width}" height="${logo.height}">` : ''}
<p class="workspace">${text(outline.workspaceName)}</p>
<h1>${text(outline.title)}</h1>
${outline.meta.map((m) => `<p class="meta">${text(m)}</p>`).join('\n')}
</header>
<nav aria-labelledby="contents"><p id="contents">${text(outline.contents)}</p><ol>${toc}</ol></nav>
<main>
${sections}
</main>
</body>
</html>
`;
}
