import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { AUDIT_ACTIONS } from '../../shared/api/audit-actions.ts';
import { ERROR_CODES } from '../../shared/api/errors.ts';
import { invitationStatusSchema } from '../../shared/api/workspace.schemas.ts';
import { CALENDARS, LOCALES } from '../../shared/locales.ts';
import { BUSINESS_FUNCTIONS, WORKSPACE_ROLES } from '../../shared/roles.ts';
import { CLIENT_ERROR_CODES } from '../ui/api/api-client.ts';
import { SECTION_KEYS } from '../ui/layout/section-keys.ts';

type Messages = { [key: string]: string | Messages };

const localesDir = path.join(import.meta.dirname, 'locales');
const webDir = path.resolve(import.meta.dirname, '..');

function load(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(localesDir, `${locale}.json`), 'utf8')) as Messages;
}

/** Flattens nested messages to dotted keys, the way i18next looks them up. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(full, value);
    else for (const [k, v] of flatten(value, full)) result.set(k, v);
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const catalogs = new Map(LOCALES.map((locale) => [locale, flatten(load(locale))]));
const en = catalogs.get('en') ?? new Map<string, string>();

test('every locale has exactly the keys of the English catalogue', () => {
  const expected = [...en.keys()].sort();
  for (const [locale, messages] of catalogs) {
    const actual = [...messages.keys()].sort();
    const missing = expected.filter((key) => !messages.has(key));
    const extra = actual.filter((key) => !en.has(key));
    assert.deepEqual({ locale, missing, extra }, { locale, missing: [], extra: [] });
  }
});

test('no translation is empty', () => {
  for (const [locale, messages] of catalogs) {
    const empty = [...messages].filter(([, value]) => value.trim() === '').map(([key]) => key);
    assert.deepEqual({ locale, empty }, { locale, empty: [] });
  }
});

test('translations keep the same {{placeholders}} as English', () => {
  for (const [locale, messages] of catalogs) {
    for (const [key, value] of messages) {
      assert.deepEqual(placeholders(value), placeholders(en.get(key) ?? ''), `${locale}: ${key}`);
    }
  }
});

test('Thai and Chinese catalogues are translated, not English copies', () => {
  for (const locale of ['th', 'zh-Hant', 'zh-Hans'] as const) {
    const messages = catalogs.get(locale) ?? new Map<string, string>();
    const copied = [...messages].filter(([key, value]) => value === en.get(key) && /[a-z]{4,}/i.test(value));
    // The product name is the same in every language.
    assert.deepEqual(copied.map(([key]) => key).filter((key) => key !== 'app.name'), [], locale);
  }
});

test('every literal t() key used in the web app exists in en.json', () => {
  const used = new Map<string, string>();
  const pattern = /\bt\(\s*(['"])([^'"\n]+?)\1/g;
  for (const file of sourceFiles(webDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      used.set(match[2] ?? '', path.relative(webDir, file));
    }
  }
  assert.ok(used.size > 50, 'the scan should find the app\'s translation keys');
  const missing = [...used].filter(([key]) => !en.has(key)).map(([key, file]) => `${key} (${file})`);
  assert.deepEqual(missing, []);
});

test('keys built at run time from shared enums all exist', () => {
  const required = [
    ...ERROR_CODES.map((code) => `errors.${code}`),
    ...CLIENT_ERROR_CODES.map((code) => `errors.${code}`),
    ...WORKSPACE_ROLES.flatMap((role) => [`roles.${role}`, `roleDescriptions.${role}`]),
    ...BUSINESS_FUNCTIONS.map((fn) => `functions.${fn}`),
    ...invitationStatusSchema.options.map((status) => `invitationStatus.${status}`),
    ...CALENDARS.map((calendar) => `calendars.${calendar}`),
    ...SECTION_KEYS.flatMap((key) => [`sections.${key}.title`, `sections.${key}.purpose`]),
    ...['invitation_expired', 'invitation_used', 'invitation_revoked', 'not_found'].flatMap((code) => [
      `invite.problem.${code}.title`,
      `invite.problem.${code}.body`,
    ]),
  ];
  assert.deepEqual(
    required.filter((key) => !en.has(key)),
    [],
  );
});

test('every audit action has a label in every locale', () => {
  // The audit log shows these labels; an action added to the closed list without one would show a raw key.
  for (const [locale, messages] of catalogs) {
    const missing = AUDIT_ACTIONS.map((action) => `auditActions.${action}`).filter((key) => !messages.has(key));
    assert.deepEqual({ locale, missing }, { locale, missing: [] });
  }
});
