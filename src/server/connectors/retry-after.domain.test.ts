import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordLookup, retryAfterMs } from './retry-after.domain.ts';

const NOW = Date.parse('2025-03-01T10:00:00Z');
const headers = (entries: Record<string, string>) => recordLookup(entries);

test('Retry-After in seconds and as an HTTP date', () => {
  assert.equal(retryAfterMs(headers({ 'Retry-After': '120' }), NOW), 120_000);
  assert.equal(retryAfterMs(headers({ 'retry-after': ' 0 ' }), NOW), 0);
  assert.equal(retryAfterMs(headers({ 'Retry-After': 'Sat, 01 Mar 2025 10:05:00 GMT' }), NOW), 300_000);
});

test("Mastodon's X-RateLimit-Reset is an ISO time", () => {
  assert.equal(retryAfterMs(headers({ 'X-RateLimit-Reset': '2025-03-01T10:04:30.123456Z' }), NOW), 270_123);
});

test("Bluesky's RateLimit-Reset is a Unix time; a small number is seconds from now", () => {
  assert.equal(retryAfterMs(headers({ 'ratelimit-reset': String(NOW / 1000 + 90) }), NOW), 90_000);
  assert.equal(retryAfterMs(headers({ 'RateLimit-Reset': '45' }), NOW), 45_000);
});

test('Retry-After wins over a reset header; a time in the past means now', () => {
  assert.equal(retryAfterMs(headers({ 'Retry-After': '10', 'X-RateLimit-Reset': '2025-03-01T11:00:00Z' }), NOW), 10_000);
  assert.equal(retryAfterMs(headers({ 'X-RateLimit-Reset': '2025-03-01T09:00:00Z' }), NOW), 0);
});

test('missing or unreadable headers say nothing', () => {
  assert.equal(retryAfterMs(headers({}), NOW), undefined);
  assert.equal(retryAfterMs(headers({ 'Retry-After': 'soon' }), NOW), undefined);
  assert.equal(retryAfterMs(headers({ 'Retry-After': 'soon', 'X-RateLimit-Reset': '2025-03-01T10:01:00Z' }), NOW), 60_000);
});

test('works over a Fetch API Headers object too', () => {
  const fetchHeaders = new Headers({ 'Retry-After': '3' });
  assert.equal(retryAfterMs((name) => fetchHeaders.get(name), NOW), 3_000);
});
