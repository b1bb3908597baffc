/**
 * One side of a change, ready to show: text and numbers as they are, lists of words joined,
 * whole items as compact JSON. Long values are cut, as the diff is for spotting what moved,
 * not for reading a whole persona.
 */
export type ValueSummary =
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'text'; text: string; truncated: boolean }
  | { kind: 'data'; text: string; truncated: boolean };

export const TEXT_MAX = 400;
export const DATA_MAX = 160;

function cut(text: string, max: number): { text: string; truncated: boolean } {
  return text.length > max ? { text: `${text.slice(0, max - 1)}…`, truncated: true } : { text, truncated: false };
}

const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

export function summarizeValue(value: unknown): ValueSummary {
  if (value === null || value === undefined) return { kind: 'none' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', ...cut(value, TEXT_MAX) };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value), truncated: false };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    // Keywords, proof points, quarterly targets: a list of plain values reads best as one line.
    if (value.every(isPlain)) return { kind: 'text', ...cut(value.map((item) => (item === null ? '—' : String(item))).join(', '), TEXT_MAX) };
  }
  if (typeof value === 'object' && Object.keys(value).length === 0) return { kind: 'empty' };
  return { kind: 'data', ...cut(JSON.stringify(value), DATA_MAX) };
}
