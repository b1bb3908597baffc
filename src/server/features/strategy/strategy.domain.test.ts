import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUDIT_FIELDS_MAX, auditChanges, defaultCurrency, exportFileName, todayIn } from './strategy.domain.ts';

test('today is the date where the workspace is, not where the server is', () => {
  const lateEveningUtc = new Date('2027-03-31T18:30:00Z');
  assert.equal(todayIn('Asia/Bangkok', lateEveningUtc), '2027-04-01');
  assert.equal(todayIn('UTC', lateEveningUtc), '2027-03-31');
  assert.equal(todayIn('America/Los_Angeles', new Date('2027-01-01T05:00:00Z')), '2026-12-31');
});

test('a new strategy budgets in the local currency', () => {
  assert.equal(defaultCurrency('Asia/Bangkok'), 'THB');
  assert.equal(defaultCurrency('Asia/Taipei'), 'TWD');
  assert.equal(defaultCurrency('Asia/Hong_Kong'), 'HKD');
  assert.equal(defaultCurrency('Europe/Berlin'), 'USD');
});

test('audit changes list each changed path as from/to with the revision step', () => {
  const changes = auditChanges(3, 4, [
    { path: 'goals.statement', kind: 'changed', before: 'old', after: 'new' },
    { path: 'audience.personas[id=p1]', kind: 'removed', before: { id: 'p1', name: 'Fon', notes: 'x'.repeat(300) }, after: null },
    { path: 'voice.weAre', kind: 'changed', before: [], after: Array.from({ length: 80 }, () => 'warm') },
  ]);
  assert.deepEqual(changes, {
    revision: { from: 3, to: 4 },
    'goals.statement': { from: 'old', to: 'new' },
    // Whole items and long lists are named, not copied: the trail is not a second store.
    'audience.personas[id=p1]': { from: '(object)', to: null },
    'voice.weAre': { from: [], to: '(list of 80)' },
  });
});

test('long texts are cut and a huge change is counted beyond the first fields', () => {
  const text = auditChanges(0, 1, [{ path: 'context.valueProposition', kind: 'changed', before: '', after: 'ก'.repeat(500) }]);
  assert.equal(((text['context.valueProposition'] as { to: string }).to).length, 200);
  const many = Array.from({ length: AUDIT_FIELDS_MAX + 7 }, (_, i) => ({ path: `p${i}`, kind: 'added' as const, before: null, after: i }));
  const result = auditChanges(0, 1, many);
  assert.equal(result.moreChanges, 7);
  assert.equal(Object.keys(result).length, 1 + AUDIT_FIELDS_MAX + 1);
});

test('export file names are plain ASCII', () => {
  assert.equal(exportFileName('Baan Doi Coffee Roasters', 12, 'json'), 'baan-doi-coffee-roasters-strategy-r12.json');
  assert.equal(exportFileName('บ้านดอย', 3, 'yaml'), 'socialplan-strategy-r3.yaml');
  assert.equal(exportFileName('Café "Noir"; rm -rf', 1, 'json'), 'cafe-noir-rm-rf-strategy-r1.json');
});
