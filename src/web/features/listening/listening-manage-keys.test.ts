import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  ALERT_KINDS,
  IMPORT_STATUSES,
  MENTION_FIELDS,
  SOURCE_ERROR_CODES,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  TOPIC_KINDS,
} from '../../../shared/api/listening.schemas.ts';
import { TOPIC_QUERY_ERROR_CODES } from '../../../shared/listening/topic-query.schemas.ts';
import { LOCALES } from '../../../shared/locales.ts';

type Messages = { [key: string]: string | Messages };

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

// The management pages build these keys from the API's enums; a value added to one must get a label.
const KEYS = [
  ...TOPIC_QUERY_ERROR_CODES.map((code) => `listening.query.errors.${code}`),
  ...TOPIC_KINDS.flatMap((kind) => [`listening.topics.kinds.${kind}`, `listening.topics.groups.${kind}`, `listening.topics.add.${kind}`, `listening.topics.empty.${kind}`]),
  ...ALERT_KINDS.flatMap((kind) => [`listening.alerts.kinds.${kind}`, `listening.alerts.kindHelp.${kind}`]),
  ...IMPORT_STATUSES.map((status) => `listening.imports.status.${status}`),
  ...MENTION_FIELDS.map((field) => `listening.imports.fields.${field}`),
  ...SOURCE_KINDS.map((kind) => `listening.sources.kinds.${kind}`),
  ...SOURCE_STATUSES.map((status) => `listening.sources.status.${status}`),
  ...SOURCE_ERROR_CODES.map((code) => `listening.sources.errors.${code}`),
];

test('every label the listening management pages build from an enum exists in every language', () => {
  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../i18n/locales', `${locale}.json`), 'utf8')) as Messages;
    assert.deepEqual({ locale, missing: KEYS.filter((key) => !lookup(messages, key)) }, { locale, missing: [] });
  }
});
