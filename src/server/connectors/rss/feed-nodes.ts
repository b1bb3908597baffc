/**
 * Reading fast-xml-parser's output without trusting its shape: an element is a string, an object
 * (attributes as `@_name`, text as `#text`) or, when repeated, an array of those.
 */

export type XmlNode = string | number | boolean | { [key: string]: unknown } | unknown[] | null | undefined;

export function asList(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

/** The text of a node; for mixed content (Atom `xhtml`), the texts of its children joined by spaces. */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map(textOf).find((text) => text.trim() !== '') ?? '';
  const record = node as Record<string, unknown>;
  return Object.entries(record)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, value]) => (Array.isArray(value) ? value.map(textOf).join(' ') : textOf(value)))
    .filter((text) => text.trim() !== '')
    .join(' ');
}

/** The first non-empty text among the given nodes. */
export function firstText(...nodes: unknown[]): string | null {
  for (const node of nodes) {
    const text = textOf(node).trim();
    if (text) return text;
  }
  return null;
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function child(node: unknown, name: string): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  return (node as Record<string, unknown>)[name];
}
