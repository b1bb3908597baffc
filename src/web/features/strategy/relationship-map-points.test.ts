import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Relationship } from '../../../shared/strategy/strategy-relationships.schemas.ts';
import { bubblePoints } from './relationship-map-points.ts';

function relationship(name: string, kind: Relationship['kind'], value: number | null, count: number | null): Relationship {
  return {
    id: crypto.randomUUID(),
    name,
    kind,
    count,
    context: '',
    relevance: '',
    value,
    valueReason: '',
    flow: { channel: null, frequency: null, ownerUserId: null },
  };
}

test('bubbles sit in their kind column at their value; unvalued relationships are left off', () => {
  const points = bubblePoints([
    relationship('Regulars', 'customer', 3, 400),
    relationship('Food bloggers', 'blogger', 5, 12),
    relationship('Not judged yet', 'media', null, 5),
  ]);
  assert.deepEqual(
    points.map((p) => [p.relationship.name, p.x, p.y]),
    [
      ['Regulars', 0, 3],
      ['Food bloggers', 2, 5],
    ],
  );
});

test('bubble area follows the head count, and an unknown count gets the smallest bubble', () => {
  const [big, quarter, unknown] = bubblePoints([
    relationship('Big', 'customer', 3, 400),
    relationship('Quarter', 'partner', 3, 100),
    relationship('Unknown', 'media', 3, null),
  ]);
  assert.equal(big?.size, 60);
  // sqrt(100 / 400) = 0.5: half way between the smallest and the largest diameter.
  assert.equal(quarter?.size, 37);
  assert.equal(unknown?.size, 14);
});

test('bubbles with the same kind and value spread across their column instead of overlapping', () => {
  const points = bubblePoints([relationship('A', 'influencer', 4, 1), relationship('B', 'influencer', 4, 1), relationship('C', 'influencer', 4, 1)]);
  assert.deepEqual(
    points.map((p) => Number(p.x.toFixed(2))),
    [0.7, 1, 1.3],
  );
  assert.ok(points.every((p) => p.y === 4));
});
