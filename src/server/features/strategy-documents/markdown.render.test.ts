import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeStrategy, FACTS } from '../../../shared/strategy/strategy.fixtures.ts';
import { escapeMarkdown, renderMarkdown } from './markdown.render.ts';
import type { StrategyOutline } from './outline.domain.ts';
import { buildStrategyOutline } from './strategy-outline.domain.ts';

test('Markdown syntax in user text is escaped, so it reads as typed', () => {
  assert.equal(escapeMarkdown('*bold* _it_ `code` [link](http://x) <b>hi</b> a|b ~~s~~ &amp; #tag'), '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x) \\<b\\>hi\\</b\\> a\\|b \\~\\~s\\~\\~ \\&amp; \\#tag');
  // Line starts that would become a list, a heading, a quote or an ordered list.
  assert.equal(escapeMarkdown('- not a list\n+ nor this\n1. nor this\n2) nor this\n> nor a quote\n# nor a heading'), '\\- not a list\\\n\\+ nor this\\\n1\\. nor this\\\n2\\) nor this\\\n\\> nor a quote\\\n\\# nor a heading');
  assert.equal(escapeMarkdown('บรรทัดแรก\n\n第二段'), 'บรรทัดแรก\n\n第二段');
  assert.equal(escapeMarkdown('2.5% growth in 2027. Then more'), '2.5% growth in 2027. Then more');
  assert.equal(escapeMarkdown('R&D & sales'), 'R&D & sales');
});

const outline: StrategyOutline = {
  locale: 'en',
  title: 'Social media strategy',
  workspaceName: 'Baan *Doi*',
  meta: ['Working draft, revision 3'],
  contents: 'Contents',
  sections: [
    {
      id: 'audience',
      title: '4. Audience',
      blocks: [
        { kind: 'heading', text: '# Fon | <office worker>' },
        { kind: 'facts', items: [{ label: 'How to talk to them', value: 'Friendly\n- short sentences' }] },
        { kind: 'table', columns: ['KPI', 'Q1'], rows: [['Leads | sales', '60'], ['Line one\nline two', '80']], numeric: [false, true] },
        { kind: 'paragraph', text: 'Nothing here yet.', muted: true },
      ],
    },
  ],
};

test('the document has headings, escaped facts and GFM tables with the cells made safe', () => {
  const md = renderMarkdown(outline);
  assert.ok(md.startsWith('# Social media strategy\n\n**Baan \\*Doi\\***\n\nWorking draft, revision 3\n\n## 4. Audience\n\n'));
  assert.match(md, /^### \\# Fon \\\| \\<office worker\\>$/m);
  // A multi-line fact stays one list item; its second line cannot start a list of its own.
  assert.match(md, /^- \*\*How to talk to them\*\*: Friendly\\\n {2}\\- short sentences$/m);
  assert.match(md, /^\| KPI \| Q1 \|\n\| --- \| ---: \|\n\| Leads \\\| sales \| 60 \|\n\| Line one<br>line two \| 80 \|$/m);
  assert.match(md, /^_Nothing here yet\._$/m);
});

test('the whole strategy renders with every section as a level-2 heading', () => {
  const md = renderMarkdown(buildStrategyOutline({ strategy: completeStrategy(), workspaceName: 'Baan Doi', memberNames: {}, locale: 'th', facts: FACTS, source: { kind: 'draft', revision: 1 }, generatedAt: new Date('2026-03-15T00:00:00Z'), calendar: 'gregory', timeZone: 'Asia/Bangkok' }));
  assert.equal(md.match(/^## /gm)?.length, 13);
  assert.match(md, /^## 1\. ทีมและความรับผิดชอบ \(RACI\)$/m);
  assert.match(md, /^- \*\*การรับรู้แบรนด์\*\*: 讓台灣的咖啡迷認識我們$/m);
});
