import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDiffPath, humanizeKey, parseDiffPath } from './diff-path.ts';

const OBJECTIVE = '0b5c1f4e-8f0a-4c3e-9d7b-1a2b3c4d5e6f';
const UNNAMED = '1c6d2a5f-9a1b-4d4f-8e8c-2b3c4d5e6f70';
const CHANNEL = '2d7e3b60-ab2c-4e50-9f9d-3c4d5e6f7081';
const KPI = '3e8f4c71-bc3d-4f61-a0ae-4d5e6f708192';
const COMPETITOR = '4f905d82-cd4e-4072-b1bf-5e6f708192a3';
const ATTRIBUTE = '50a16e93-de5f-4183-82c0-6f708192a3b4';

const before = {
  goals: {
    objectives: [
      { id: OBJECTIVE, title: 'Grow repeat orders', target: 100 },
      { id: UNNAMED, title: '', target: null },
    ],
  },
  listening: { competitors: [{ id: COMPETITOR, name: 'Bean There' }] },
  channels: { channels: [{ id: CHANNEL, channel: 'line_oa', kpis: [{ id: KPI, kpi: 'leads', target: 5 }] }] },
  oneThing: { comparison: { attributes: [{ id: ATTRIBUTE, name: 'Freshness' }], rows: [{ subject: COMPETITOR, scores: {} }, { subject: 'us', scores: {} }] } },
};
const after = { ...before, goals: { objectives: [{ id: OBJECTIVE, title: 'Grow repeat orders by a third', target: 133 }] } };

test('parses keys, positions, quoted keys and items named by id or subject', () => {
  assert.deepEqual(parseDiffPath(`goals.objectives[id=${OBJECTIVE}].target`), [
    { kind: 'key', key: 'goals' },
    { kind: 'key', key: 'objectives' },
    { kind: 'item', key: 'id', value: OBJECTIVE },
    { kind: 'key', key: 'target' },
  ]);
  assert.deepEqual(parseDiffPath('metrics.kpis[0].quarterlyTargets'), [
    { kind: 'key', key: 'metrics' },
    { kind: 'key', key: 'kpis' },
    { kind: 'index', index: 0 },
    { kind: 'key', key: 'quarterlyTargets' },
  ]);
  assert.deepEqual(parseDiffPath('voice.perLanguage["zh-Hant"]'), [
    { kind: 'key', key: 'voice' },
    { kind: 'key', key: 'perLanguage' },
    { kind: 'key', key: 'zh-Hant' },
  ]);
});

test('a path it cannot read is kept whole rather than half-read', () => {
  assert.deepEqual(parseDiffPath('goals.objectives[id=abc'), [{ kind: 'key', key: 'goals.objectives[id=abc' }]);
});

test('an item is called by its name in the newer document', () => {
  assert.deepEqual(describeDiffPath(`goals.objectives[id=${OBJECTIVE}].target`, [after, before]), {
    section: 'goals',
    parts: [
      { kind: 'field', key: 'objectives' },
      { kind: 'item', label: { kind: 'text', text: 'Grow repeat orders by a third' } },
      { kind: 'field', key: 'target' },
    ],
  });
});

test('a removed item is found in the older document; one without a name by its position', () => {
  assert.deepEqual(describeDiffPath(`goals.objectives[id=${UNNAMED}]`, [after, before]).parts, [
    { kind: 'field', key: 'objectives' },
    { kind: 'item', label: { kind: 'position', position: 2 } },
  ]);
});

test('channel plans and KPIs are named by their catalogue keys', () => {
  assert.deepEqual(describeDiffPath(`channels.channels[id=${CHANNEL}].kpis[id=${KPI}].target`, [after, before]).parts, [
    { kind: 'field', key: 'channels' },
    { kind: 'item', label: { kind: 'channel', key: 'line_oa' } },
    { kind: 'field', key: 'kpis' },
    { kind: 'item', label: { kind: 'kpi', key: 'leads' } },
    { kind: 'field', key: 'target' },
  ]);
});

test('comparison rows name the competitor or "us", and scores name the attribute', () => {
  assert.deepEqual(describeDiffPath(`oneThing.comparison.rows[subject=${COMPETITOR}].scores["${ATTRIBUTE}"]`, [after]).parts, [
    { kind: 'field', key: 'comparison' },
    { kind: 'field', key: 'rows' },
    { kind: 'item', label: { kind: 'text', text: 'Bean There' } },
    { kind: 'field', key: 'scores' },
    { kind: 'item', label: { kind: 'text', text: 'Freshness' } },
  ]);
  assert.deepEqual(describeDiffPath('oneThing.comparison.rows[subject=us]', [after]).parts.at(-1), { kind: 'item', label: { kind: 'us' } });
});

test('an id found in neither document is shown shortened', () => {
  const missing = '9f9f9f9f-0000-4000-8000-000000000000';
  assert.deepEqual(describeDiffPath(`audience.personas[id=${missing}]`, [after, before]).parts.at(-1), {
    kind: 'item',
    label: { kind: 'unknown', id: '9f9f9f9f' },
  });
});

test('long names are shortened and a whole section has no parts', () => {
  const long = { goals: { objectives: [{ id: OBJECTIVE, title: 'word '.repeat(40) }] } };
  const label = describeDiffPath(`goals.objectives[id=${OBJECTIVE}]`, [long]).parts.at(-1);
  assert.ok(label?.kind === 'item' && label.label.kind === 'text' && label.label.text.length === 60 && label.label.text.endsWith('…'));
  assert.deepEqual(describeDiffPath('schemaVersion', [after]), { section: 'schemaVersion', parts: [] });
});

test('field names are made readable, other keys stay as written', () => {
  assert.equal(humanizeKey('hoursPerWeek'), 'Hours per week');
  assert.equal(humanizeKey('target'), 'Target');
  assert.equal(humanizeKey('acquisition_sales'), 'Acquisition sales');
  assert.equal(humanizeKey('zh-Hant'), 'zh-Hant');
  assert.equal(humanizeKey('kpis'), 'KPIs');
});
