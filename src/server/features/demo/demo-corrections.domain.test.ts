import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORRECTION_QUOTAS, pickDemoCorrections, type StoredLabel } from './demo-corrections.domain.ts';
import { demoMentions } from './demo-mentions.data.ts';

const generated = demoMentions({ now: new Date('2026-11-22T03:00:00Z'), count: 3000 });
// As if the model had called every third mention wrongly (neutral for pos/neg, positive for neutral).
const stored: StoredLabel[] = generated.map((g, i) => ({
  id: i + 1,
  externalId: g.mention.externalId!,
  sentiment: i % 3 === 0 ? (g.tone === 'neu' ? 'pos' : 'neu') : g.tone,
}));
const picked = pickDemoCorrections(generated, stored);
const byId = new Map(stored.map((s, i) => [s.id, { row: s, demo: generated[i]! }]));

test('the team fixes wrong labels and confirms some right ones, on the brand, in Thai and English', () => {
  for (const [language, quota] of Object.entries(CORRECTION_QUOTAS)) {
    const mine = picked.filter((c) => byId.get(c.id)!.demo.language === language);
    assert.equal(mine.filter((c) => byId.get(c.id)!.row.sentiment !== c.label).length, quota.fix, `${language} fixes`);
    assert.equal(mine.filter((c) => byId.get(c.id)!.row.sentiment === c.label).length, quota.confirm, `${language} confirmations`);
  }
  for (const c of picked) {
    const { demo } = byId.get(c.id)!;
    assert.equal(c.label, demo.tone, 'the verdict is the tone the post was written with');
    assert.ok(demo.subject === 'brand' || demo.subject === 'comparison');
  }
  assert.equal(new Set(picked.map((c) => c.id)).size, picked.length);
});

test('the newest mentions are reviewed first, and mentions that were not stored are skipped', () => {
  const oldestPicked = Math.min(...picked.map((c) => c.id));
  assert.ok(oldestPicked > generated.length / 2, 'a review of recent weeks, not of the whole quarter');
  const without = pickDemoCorrections(generated, stored.filter((s) => s.id !== picked[0]!.id));
  assert.ok(!without.some((c) => c.id === picked[0]!.id));
  assert.deepEqual(pickDemoCorrections(generated, []), []);
});
