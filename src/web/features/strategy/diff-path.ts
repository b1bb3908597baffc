/**
 * Reads the paths of the strategy diff (`goals.objectives[id=…].target`, written by the server's
 * strategy-diff.domain.ts through formatPath) and names what they point at, so a reader sees
 * "Objectives › Grow repeat orders › Target" rather than a UUID.
 */

export type PathSegment =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'item'; key: string; value: string };

/** How to name a list item; the page turns catalogue keys into words in the reader's language. */
export type ItemLabel =
  | { kind: 'text'; text: string }
  | { kind: 'channel'; key: string }
  | { kind: 'kpi'; key: string }
  | { kind: 'goalType'; key: string }
  | { kind: 'us' }
  | { kind: 'position'; position: number }
  | { kind: 'unknown'; id: string };

export type PathPart = { kind: 'field'; key: string } | { kind: 'item'; label: ItemLabel };
export type DescribedPath = { section: string; parts: PathPart[] };

const TOKENS: readonly [RegExp, (m: RegExpExecArray) => PathSegment][] = [
  [/^\.?([A-Za-z_$][\w$]*)/, (m) => ({ kind: 'key', key: m[1] ?? '' })],
  [/^\[(\d+)\]/, (m) => ({ kind: 'index', index: Number(m[1]) })],
  [/^\[("(?:[^"\\]|\\.)*")\]/, (m) => ({ kind: 'key', key: JSON.parse(m[1] ?? '""') as string })],
  [/^\[([A-Za-z]+)=([^\]]*)\]/, (m) => ({ kind: 'item', key: m[1] ?? '', value: m[2] ?? '' })],
];

/** Splits a diff path into segments; anything it cannot read is kept whole as one key. */
export function parseDiffPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest.length > 0) {
    const token = TOKENS.map(([pattern, make]) => [pattern.exec(rest), make] as const).find(([match]) => match !== null);
    if (!token?.[0]) return [{ kind: 'key', key: path }];
    segments.push(token[1](token[0]));
    rest = rest.slice(token[0][0].length);
  }
  return segments;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL_MAX = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
}

/** The words that best name an item: its name or title, a catalogue key, a bit of its text. */
function labelOf(item: Obj): ItemLabel | null {
  for (const key of ['name', 'title'] as const) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return { kind: 'text', text: shorten(value) };
  }
  if (typeof item.channel === 'string') return { kind: 'channel', key: item.channel };
  if (typeof item.kpi === 'string') return { kind: 'kpi', key: item.kpi };
  if (typeof item.type === 'string' && typeof item.priority === 'string') return { kind: 'goalType', key: item.type };
  for (const key of ['text', 'description'] as const) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return { kind: 'text', text: shorten(value) };
  }
  return null;
}

/** Any item with this id anywhere in the documents: comparison rows and score keys name competitors and attributes by id. */
function findById(value: unknown, id: string): Obj | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findById(item, id);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (value.id === id) return value;
  for (const child of Object.values(value)) {
    const found = findById(child, id);
    if (found) return found;
  }
  return null;
}

function labelById(documents: readonly unknown[], id: string): ItemLabel | null {
  for (const document of documents) {
    const found = findById(document, id);
    const label = found ? labelOf(found) : null;
    if (label) return label;
  }
  return null;
}

function itemLabel(segment: { key: string; value: string }, found: { item: Obj; index: number } | null, documents: readonly unknown[]): ItemLabel {
  if (segment.key === 'subject' && segment.value === 'us') return { kind: 'us' };
  const own = found ? labelOf(found.item) : null;
  if (own) return own;
  const referenced = segment.key === 'id' ? null : labelById(documents, segment.value);
  if (referenced) return referenced;
  return found ? { kind: 'position', position: found.index + 1 } : { kind: 'unknown', id: segment.value.slice(0, 8) };
}

/**
 * Names every step of a path, looking items up in the given documents (newest first: an item
 * renamed between the two sides is called by its new name; a removed one is still found).
 */
export function describeDiffPath(path: string, documents: readonly unknown[]): DescribedPath {
  const [first, ...rest] = parseDiffPath(path);
  const section = first?.kind === 'key' ? first.key : '';
  let nodes: unknown[] = documents.map((document) => (isObject(document) ? document[section] : undefined));
  const parts: PathPart[] = first && first.kind !== 'key' ? [{ kind: 'field', key: path }] : [];
  for (const segment of rest) {
    if (segment.kind === 'key') {
      const referenced = UUID.test(segment.key) ? labelById(documents, segment.key) : null;
      parts.push(referenced ? { kind: 'item', label: referenced } : { kind: 'field', key: segment.key });
      nodes = nodes.map((node) => (isObject(node) ? node[segment.key] : undefined));
    } else if (segment.kind === 'index') {
      parts.push({ kind: 'item', label: { kind: 'position', position: segment.index + 1 } });
      nodes = nodes.map((node) => (Array.isArray(node) ? node[segment.index] : undefined));
    } else {
      const matches = nodes.map((node) => {
        if (!Array.isArray(node)) return null;
        const index = node.findIndex((item) => isObject(item) && item[segment.key] === segment.value);
        return index < 0 ? null : { item: node[index] as Obj, index };
      });
      parts.push({ kind: 'item', label: itemLabel(segment, matches.find((match) => match !== null) ?? null, documents) });
      nodes = matches.map((match) => match?.item);
    }
  }
  return { section, parts };
}

// Abbreviations that read wrong once lower-cased.
const ABBREVIATIONS: Readonly<Record<string, string>> = { kpi: 'KPI', kpis: 'KPIs', raci: 'RACI' };

/** `hoursPerWeek` → "Hours per week": the document's own field names, made readable. Other keys (`zh-Hant`) stay as written. */
export function humanizeKey(key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return key;
  const abbreviation = ABBREVIATIONS[key.toLowerCase()];
  if (abbreviation) return abbreviation;
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
