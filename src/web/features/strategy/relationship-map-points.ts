import { RELATIONSHIP_KINDS, type Relationship } from '../../../shared/strategy/strategy-relationships.schemas.ts';

export type BubblePoint = { relationship: Relationship; x: number; y: number; size: number };

const MIN_SIZE = 14;
const MAX_SIZE = 60;
// Bubbles sharing a kind and value spread sideways within their column instead of hiding each other.
const SPREAD = 0.6;

/**
 * Where each valued relationship sits on the map. The diameter grows with the square root of the head
 * count, so area rather than width tracks group size; relationships without a value have no place.
 */
export function bubblePoints(relationships: Relationship[]): BubblePoint[] {
  const valued = relationships.filter((r) => r.value !== null);
  const largest = Math.max(1, ...valued.map((r) => r.count ?? 0));
  const groups = new Map<string, Relationship[]>();
  for (const r of valued) {
    const key = `${r.kind}:${r.value}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return valued.map((r) => {
    const group = groups.get(`${r.kind}:${r.value}`) ?? [r];
    const position = group.indexOf(r);
    const offset = group.length === 1 ? 0 : -SPREAD / 2 + (SPREAD * position) / (group.length - 1);
    const size = r.count === null ? MIN_SIZE : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(r.count / largest);
    return { relationship: r, x: RELATIONSHIP_KINDS.indexOf(r.kind) + offset, y: r.value ?? 0, size };
  });
}
