import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dashboardParams, mentionParams, readDashboardParams, readMentionParams, todayIn } from './listening-params.ts';

const TOPIC = '0b5c1f4e-8f0a-4c3e-9d7b-1a2b3c4d5e6f';
const TODAY = '2025-03-10';

test('todayIn names the day of the workspace’s zone, not the browser’s', () => {
  const lateUtc = new Date('2025-03-09T20:30:00Z');
  assert.equal(todayIn('Asia/Bangkok', lateUtc), '2025-03-10');
  assert.equal(todayIn('UTC', lateUtc), '2025-03-09');
});

test('addDays crosses months and leap days', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
});

test('an empty address is the last 30 days, today included', () => {
  assert.deepEqual(readDashboardParams(new URLSearchParams(), TODAY), { range: '30', query: { from: '2025-02-09', to: TODAY, topicId: undefined, channel: undefined, language: undefined } });
});

test('a preset and filters read back from the address they were written to', () => {
  const view = { range: '7' as const, query: { from: '2025-03-04', to: TODAY, topicId: TOPIC, channel: 'facebook', language: 'th' } };
  const params = dashboardParams(view);
  assert.equal(params.toString(), `range=7&topic=${TOPIC}&channel=facebook&language=th`);
  assert.deepEqual(readDashboardParams(params, TODAY), view);
});

test('a custom range keeps its dates; a reversed or too long one falls back to the default', () => {
  const custom = readDashboardParams(new URLSearchParams('range=custom&from=2025-01-01&to=2025-01-31'), TODAY);
  assert.deepEqual([custom.range, custom.query.from, custom.query.to], ['custom', '2025-01-01', '2025-01-31']);
  assert.equal(readDashboardParams(new URLSearchParams('range=custom&from=2025-02-01&to=2025-01-31'), TODAY).range, '30');
  assert.equal(readDashboardParams(new URLSearchParams('range=custom&from=2024-01-01&to=2025-01-31'), TODAY).range, '30');
  assert.equal(readDashboardParams(new URLSearchParams('range=custom&from=2025-13-01&to=2025-01-31'), TODAY).range, '30');
});

test('malformed mention filters are dropped, good ones kept', () => {
  const params = new URLSearchParams(`topic=not-a-uuid&sentiment=angry&from=2025-03-01&to=2025-03-01&q=%20%E0%B8%81%E0%B8%B2%E0%B9%81%E0%B8%9F%20&channel=x`);
  assert.deepEqual(readMentionParams(params), { from: '2025-03-01', to: '2025-03-01', q: 'กาแฟ', channel: 'x' });
  const filters = { topicId: TOPIC, sentiment: 'neg' as const, from: '2025-03-01', to: '2025-03-01' };
  assert.deepEqual(readMentionParams(mentionParams(filters)), filters);
});
