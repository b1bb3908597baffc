import { parseDocument, stringify } from 'yaml';
import { type ErrorDetail, issuesToDetails } from '../../../shared/api/errors.ts';
import { STRATEGY_SCHEMA_VERSION, type Strategy, strategySchema } from '../../../shared/strategy/strategy.schemas.ts';
import { STRATEGY_SECTION_KEYS } from '../../../shared/strategy/strategy-steps.data.ts';

export type ImportFormat = 'json' | 'yaml';
export type ParsedImport = { ok: true; document: Strategy } | { ok: false; message: string; details: ErrorDetail[] };

const WHERE = 'content';

/** The draft as a file. JSON is indented and ends with a newline, so it diffs well in git. */
export function serializeStrategy(document: Strategy, format: ImportFormat): string {
  return format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0 });
}

function fail(message: string, details: ErrorDetail[] = [{ path: WHERE, message }]): ParsedImport {
  return { ok: false, message, details };
}

function parseText(content: string, format: ImportFormat): { value: unknown } | { errors: ErrorDetail[] } {
  if (format === 'json') {
    try {
      return { value: JSON.parse(content) };
    } catch (error) {
      return { errors: [{ path: WHERE, message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const doc = parseDocument(content, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The library's messages end in a code excerpt; the first line already names line and column.
    return { errors: doc.errors.map((e) => ({ path: WHERE, message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/:$/, '')}` })) };
  }
  try {
    // The alias cap stops a "billion laughs" file from expanding into gigabytes.
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { errors: [{ path: WHERE, message: `not valid YAML: ${(error as Error).message}` }] };
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  return `a single ${typeof value} value`;
}

/**
 * Reads an exported strategy back. Anything short of a valid document is refused with every
 * problem listed (`content.goals.objectives[1].target`), so a broken file never half-imports.
 */
export function parseStrategyFile(content: string, format: ImportFormat): ParsedImport {
  const parsed = parseText(content, format);
  if ('errors' in parsed) return fail(`The file is not valid ${format.toUpperCase()}`, parsed.errors);
  const { value } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`This is not a strategy: the file holds ${describe(value)}, a strategy file holds schemaVersion, team, goals and the other sections`);
  }
  const keys = Object.keys(value);
  const known = new Set<string>(['schemaVersion', ...STRATEGY_SECTION_KEYS]);
  if (!keys.some((key) => known.has(key))) {
    const found = keys.slice(0, 8).join(', ') || 'nothing';
    return fail(`This is not a Socialplan strategy: it has none of the strategy's sections (found ${found})`);
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > STRATEGY_SCHEMA_VERSION) {
    return fail(`This strategy was written by a newer Socialplan (schemaVersion ${version}); this one reads ${STRATEGY_SCHEMA_VERSION}`, [
      { path: `${WHERE}.schemaVersion`, message: `unsupported version ${version}` },
    ]);
  }
  const result = strategySchema.safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  const details = issuesToDetails(WHERE, result.error.issues);
  return fail(`The strategy has ${details.length} problem${details.length === 1 ? '' : 's'}; nothing was imported`, details);
}
