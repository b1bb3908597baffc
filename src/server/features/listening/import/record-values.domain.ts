import type { ColumnMapping, MentionField } from './column-mapping.domain.ts';
import type { MentionValues } from './mention-row.domain.ts';

/*
 * The columns of a record, by name: CSV cells by header position, JSON values by key or by dotted
 * path into nested objects (`user.name`, the way API exports nest the author). Mapped columns are
 * resolved once per file, not once per row.
 */

const MAX_DEPTH = 3;

/** JSON value as the text a CSV cell would hold; absent and null are empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/** Leaf keys of an object as paths, for the mapping step: `{ user: { name } }` gives `user.name`. */
export function jsonColumns(value: Record<string, unknown>, into: Set<string> = new Set(), prefix = '', depth = 0): Set<string> {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && depth < MAX_DEPTH) {
      jsonColumns(inner as Record<string, unknown>, into, path, depth + 1);
    } else into.add(path);
  }
  return into;
}

// Own keys only: a column named "constructor" or "__proto__" must not reach into prototypes.
function lookup(value: Record<string, unknown>, column: string, path: readonly string[]): unknown {
  if (Object.hasOwn(value, column)) return value[column];
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** One column of a JSON record, by key or dotted path, as text. */
export function jsonCell(record: Record<string, unknown>, column: string): string {
  return cellText(lookup(record, column, column.split('.')));
}

function mapped(mapping: ColumnMapping): [MentionField, string][] {
  return Object.entries(mapping).filter((entry): entry is [MentionField, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

export function csvValues(mapping: ColumnMapping, headers: readonly string[]): (fields: readonly string[]) => MentionValues {
  const columns = mapped(mapping).map(([field, column]) => [field, headers.indexOf(column)] as const);
  return (fields) => {
    const values: MentionValues = {};
    for (const [field, index] of columns) values[field] = fields[index] ?? '';
    return values;
  };
}

export function jsonValues(mapping: ColumnMapping): (record: Record<string, unknown>) => MentionValues {
  const columns = mapped(mapping).map(([field, column]) => [field, column, column.split('.')] as const);
  return (record) => {
    const values: MentionValues = {};
    for (const [field, column, path] of columns) values[field] = cellText(lookup(record, column, path));
    return values;
  };
}
