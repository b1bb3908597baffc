import { formatPath } from '../../../shared/api/errors.ts';
import type { StrategyChange } from '../../../shared/api/strategy.schemas.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The field that names a list item: `id` for entities, `subject` for comparison rows (one row per
 * competitor or "us"). A list is matched by key only when every item on both sides has one.
 */
const ITEM_KEYS = ['id', 'subject'] as const;

function itemKeyOf(before: Json[], after: Json[]): string | null {
  if (before.length === 0 && after.length === 0) return null;
  const items = [...before, ...after];
  return ITEM_KEYS.find((key) => items.every((item) => isObject(item) && typeof item[key] === 'string')) ?? null;
}

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i] as Json));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k] as Json, b[k] as Json));
  }
  return false;
}

const keyed = (path: string, key: string, value: string) => `${path}[${key}=${value}]`;

function diffLists(before: Json[], after: Json[], path: string, out: StrategyChange[]): void {
  const key = itemKeyOf(before, after);
  if (key === null) {
    // Plain values (text lists, user ids, quarterly targets): order can carry meaning, and a
    // list of words reads best as one before/after pair.
    if (!sameJson(before, after)) out.push({ path, kind: 'changed', before, after });
    return;
  }
  const idOf = (item: Json) => (item as JsonObject)[key] as string;
  const afterById = new Map(after.map((item) => [idOf(item), item]));
  const beforeIds = new Set(before.map(idOf));
  for (const item of before) {
    const id = idOf(item);
    const match = afterById.get(id);
    if (match === undefined) out.push({ path: keyed(path, key, id), kind: 'removed', before: item, after: null });
    else diffValues(item, match, keyed(path, key, id), out);
  }
  for (const item of after) {
    if (!beforeIds.has(idOf(item))) out.push({ path: keyed(path, key, idOf(item)), kind: 'added', before: null, after: item });
  }
}

function diffObjects(before: JsonObject, after: JsonObject, path: string, out: StrategyChange[]): void {
  for (const [key, value] of Object.entries(before)) {
    const childPath = formatPath([key], path);
    if (!(key in after)) out.push({ path: childPath, kind: 'removed', before: value, after: null });
    else diffValues(value, after[key] as Json, childPath, out);
  }
  for (const [key, value] of Object.entries(after)) {
    if (!(key in before)) out.push({ path: formatPath([key], path), kind: 'added', before: null, after: value });
  }
}

function diffValues(before: Json, after: Json, path: string, out: StrategyChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) diffLists(before, after, path, out);
  else if (isObject(before) && isObject(after)) diffObjects(before, after, path, out);
  else if (!sameJson(before, after)) out.push({ path, kind: 'changed', before, after });
}

/**
 * Field-level differences between two strategy documents (or two values of one section, with
 * `root` naming it), in document order. Items of a list are matched by their id, so moving an
 * item is no change and an edited item shows the field that changed:
 * `channels.channels[id=…].reason`.
 */
export function diffStrategies(before: unknown, after: unknown, root = ''): StrategyChange[] {
  const out: StrategyChange[] = [];
  diffValues(before as Json, after as Json, root, out);
  return out;
}
