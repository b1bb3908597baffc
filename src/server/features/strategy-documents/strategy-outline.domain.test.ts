import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../../../shared/locales.ts';
import { completeStrategy, FACTS, ID, NOK, PLOY, SOMCHAI, uid } from '../../../shared/strategy/strategy.fixtures.ts';
import { emptyStrategy } from '../../../shared/strategy/strategy.schemas.ts';
import { type Block, outlineText, type StrategyOutline } from './outline.domain.ts';
import { buildStrategyOutline, OUTLINE_SECTION_IDS, type OutlineInput } from './strategy-outline.domain.ts';
import { DOCUMENT_LABELS } from './strategy-document.messages.ts';

const NAMES = { [PLOY]: 'Ploy Siriwan', [SOMCHAI]: 'Somchai Kaewmanee', [NOK]: 'นก ไชยพร' };

function outline(overrides: Partial<OutlineInput> = {}): StrategyOutline {
  return buildStrategyOutline({
    strategy: completeStrategy(),
    workspaceName: 'Baan Doi Coffee Roasters',
    memberNames: NAMES,
    locale: 'en',
    facts: FACTS,
    source: { kind: 'draft', revision: 7 },
    generatedAt: new Date('2026-03-15T03:00:00Z'),
    calendar: 'gregory',
    timeZone: 'Asia/Bangkok',
    ...overrides,
  });
}

const section = (o: StrategyOutline, id: string) => {
  const found = o.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id}`);
  return found;
};
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

test('every section is there, in the method order, each with content', () => {
  const o = outline();
  assert.deepEqual(o.sections.map((s) => s.id), [...OUTLINE_SECTION_IDS]);
  assert.deepEqual(o.sections.map((s) => s.title).slice(0, 4), ['1. Team and responsibilities (RACI)', '2. Why social & goals', 'Goal → objective → KPI → channel', 'Business context']);
  assert.equal(o.sections.at(-1)?.title, 'Method check');
  for (const s of o.sections) assert.ok(s.blocks.length > 0, `${s.id} has blocks`);
  assert.deepEqual(o.meta, ['Working draft, revision 7', 'Exported 15 Mar 2026, 10:00']);
});

test('the RACI table names people, never their ids; someone who left is a former member', () => {
  const strategy = completeStrategy();
  strategy.team.raci.governance.informed = [uid(999)];
  const [raci] = tables(section(outline({ strategy }), 'team').blocks);
  assert.deepEqual(raci?.columns, ['Section', 'Responsible (R)', 'Accountable (A)', 'Consulted (C)', 'Informed (I)']);
  assert.deepEqual(raci?.rows[0], ['Why social & goals', 'Ploy Siriwan', 'Somchai Kaewmanee', 'นก ไชยพร', '—']);
  assert.equal(raci?.rows.find((r) => r[0] === 'Governance')?.[4], 'Former member');
  const text = outlineText(outline({ strategy })).join('\n');
  for (const id of [PLOY, SOMCHAI, NOK, uid(999)]) assert.ok(!text.includes(id), `${id} leaked into the document`);
});

test('the thread follows each objective to its KPIs and the channels delivering it', () => {
  const [thread] = tables(section(outline(), 'thread').blocks);
  assert.deepEqual(thread?.rows, [
    ['Acquisition & sales: More web-shop orders', 'Leads from LINE OA', 'Leads', 'LINE Official Account, Instagram'],
    ['Awareness: 讓台灣的咖啡迷認識我們', 'Instagram engagement', 'Engagement rate', '—'],
  ]);
});

test('metrics carry quarterly targets with the fiscal year, the one thing its comparison matrix', () => {
  const metrics = section(outline(), 'metrics').blocks;
  assert.deepEqual(metrics[0], { kind: 'facts', items: [{ label: 'Fiscal year', value: '2026 (1 January 2026 – 31 December 2026)' }] });
  assert.deepEqual(tables(metrics)[0]?.rows[1], ['Engagement rate', 'Instagram engagement', '2.8', '3.2', '3.6', '4', 'Instagram insights', 'Ploy Siriwan']);
  const [matrix] = tables(section(outline(), 'oneThing').blocks);
  assert.deepEqual(matrix?.columns, ['Name', 'Freshness']);
  assert.deepEqual(matrix?.rows, [['Us', '5'], ['Chiang Mai Roasters', '3']]);
});

test('a Thai document is in Thai: labels, dates in the Buddhist calendar when asked, numbers', () => {
  const o = outline({ locale: 'th', calendar: 'buddhist', source: { kind: 'version', number: 2, label: 'แผนปี 2026', publishedAt: '2026-03-01T02:00:00Z' } });
  assert.equal(o.title, 'กลยุทธ์โซเชียลมีเดีย');
  assert.equal(section(o, 'team').title, '1. ทีมและความรับผิดชอบ (RACI)');
  assert.deepEqual(o.meta, ['เวอร์ชัน 2: แผนปี 2026', 'เผยแพร่เมื่อ 1 มีนาคม 2569', 'ส่งออกเมื่อ 15 มี.ค. 2569 10:00']);
  const goals = section(o, 'goals').blocks;
  assert.ok(goals.some((b) => b.kind === 'heading' && b.text === 'เป้าหมายหลัก'));
  assert.deepEqual(tables(goals)[1]?.rows[0]?.slice(3, 5), ['40 → 120 (จำนวน)', '31 ธันวาคม 2569']);
  const english = Object.values(DOCUMENT_LABELS).map((label) => label.en).filter((en) => !/^(KPIs?|Q\{quarter\})$/.test(en));
  const text = outlineText(o);
  for (const en of english) assert.ok(!text.includes(en), `"${en}" is not translated in the Thai document`);
});

test('the Chinese documents differ between Traditional and Simplified', () => {
  const hant = outline({ locale: 'zh-Hant' });
  const hans = outline({ locale: 'zh-Hans' });
  assert.equal(hant.title, '社群媒體策略');
  assert.equal(hans.title, '社交媒体策略');
  assert.equal(section(hant, 'channels').title, '7. 頻道計畫');
  assert.equal(section(hans, 'channels').title, '7. 渠道计划');
});

test('the method check closes the document with completeness and findings in the reader\'s language', () => {
  const strategy = completeStrategy();
  strategy.goals.goals = strategy.goals.goals.filter((g) => g.id !== ID.salesGoal);
  const blocks = section(outline({ strategy, locale: 'th' }), 'check').blocks;
  assert.equal(blocks[0]?.kind, 'facts');
  const facts = blocks[0]?.kind === 'facts' ? blocks[0].items : [];
  assert.equal(facts[0]?.label, 'ความครบถ้วนโดยรวม');
  assert.match(facts[0]?.value ?? '', /^\d+%$/);
  const findings = blocks.find((b) => b.kind === 'bullets');
  assert.ok(findings?.kind === 'bullets' && findings.items.some((i) => i.lead === 'ต้องแก้ไข · 2. เหตุผลและเป้าหมาย'));
});

test('an empty strategy still makes a whole document, saying what is missing', () => {
  for (const locale of LOCALES) {
    const o = outline({ strategy: emptyStrategy('THB'), locale, memberNames: {} });
    assert.equal(o.sections.length, OUTLINE_SECTION_IDS.length);
    const nothing = DOCUMENT_LABELS.nothingYet[locale];
    assert.ok(section(o, 'audience').blocks.some((b) => b.kind === 'paragraph' && b.muted && b.text === nothing), locale);
  }
});

test('every document label is written in its own language', () => {
  for (const [key, label] of Object.entries(DOCUMENT_LABELS)) {
    if (/^(kpis?|quarter)$/.test(key)) continue;
    assert.match(label.th, /[\u0E00-\u0E7F]/, `${key} th`);
    assert.match(label['zh-Hant'], /\p{Script=Han}/u, `${key} zh-Hant`);
    assert.match(label['zh-Hans'], /\p{Script=Han}/u, `${key} zh-Hans`);
  }
});
