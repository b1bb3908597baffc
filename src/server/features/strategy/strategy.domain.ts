import type { StrategyChange } from '../../../shared/api/strategy.schemas.ts';

/**
 * The date in the workspace's time zone: an objective due "today" in Bangkok is not yet late
 * while the server's UTC clock is still on yesterday, and is late once Bangkok's day is over.
 */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// The currency a new strategy's budgets start in, guessed from where the team works; the team
// can change it. Only the places Socialplan is made for are listed; elsewhere it is USD.
const CURRENCY_BY_TIMEZONE: Readonly<Record<string, string>> = {
  'Asia/Bangkok': 'THB',
  'Asia/Taipei': 'TWD',
  'Asia/Hong_Kong': 'HKD',
  'Asia/Macau': 'MOP',
  'Asia/Shanghai': 'CNY',
  'Asia/Urumqi': 'CNY',
  'Asia/Singapore': 'SGD',
  'Asia/Kuala_Lumpur': 'MYR',
};

export function defaultCurrency(timeZone: string): string {
  return CURRENCY_BY_TIMEZONE[timeZone] ?? 'USD';
}

/** Values longer than this are named, not copied, in the audit trail: it is not a second store. */
const AUDIT_VALUE_MAX = 200;
/** How many changed fields one audit entry lists; the rest are counted. */
export const AUDIT_FIELDS_MAX = 50;

function auditValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const json = JSON.stringify(value);
  if (json.length <= AUDIT_VALUE_MAX) return value;
  return Array.isArray(value) ? `(list of ${value.length})` : typeof value === 'string' ? `${value.slice(0, AUDIT_VALUE_MAX - 1)}…` : '(object)';
}

/**
 * Audit `changes` for a strategy edit, in the `{ field: { from, to } }` shape the trail uses
 * for every record: the revision step and one entry per changed path.
 */
export function auditChanges(fromRevision: number, toRevision: number, changes: readonly StrategyChange[]): Record<string, unknown> {
  const result: Record<string, unknown> = { revision: { from: fromRevision, to: toRevision } };
  for (const change of changes.slice(0, AUDIT_FIELDS_MAX)) {
    result[change.path] = { from: auditValue(change.before), to: auditValue(change.after) };
  }
  if (changes.length > AUDIT_FIELDS_MAX) result.moreChanges = changes.length - AUDIT_FIELDS_MAX;
  return result;
}

/** An ASCII file name for downloads; non-Latin workspace names fall back to the plain name. */
export function exportFileName(workspaceName: string, revision: number, extension: 'json' | 'yaml'): string {
  const slug = workspaceName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return `${slug || 'socialplan'}-strategy-r${revision}.${extension}`;
}
