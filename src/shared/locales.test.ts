import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatNumber, intlLocale, negotiateLocale } from './locales.ts';

test('Buddhist calendar shows the Thai year 2569 for 2026', () => {
  const text = formatDate('2026-03-15T12:00:00Z', 'th', 'buddhist', 'UTC');
  assert.match(text, /2569/);
  assert.doesNotMatch(text, /2026/);
});

test('Gregorian calendar in Thai keeps 2026', () => {
  assert.match(formatDate('2026-03-15T12:00:00Z', 'th', 'gregory', 'UTC'), /2026/);
});

test('intlLocale carries the calendar as a Unicode extension', () => {
  assert.equal(intlLocale('th', 'buddhist'), 'th-TH-u-ca-buddhist');
  assert.equal(intlLocale('zh-Hant'), 'zh-Hant-TW-u-ca-gregory');
});

test('numbers are grouped per locale', () => {
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
});

test('negotiateLocale maps browser tags to supported locales', () => {
  assert.equal(negotiateLocale(['zh-TW', 'en']), 'zh-Hant');
  assert.equal(negotiateLocale(['zh-CN']), 'zh-Hans');
  assert.equal(negotiateLocale(['th-TH']), 'th');
  assert.equal(negotiateLocale(['fr-FR']), 'en');
});
