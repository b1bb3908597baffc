import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOGIN_WINDOW_MS, loginLockout, MAX_FAILURES_PER_EMAIL, shouldTouchSession } from './auth.domain.ts';

const now = new Date('2026-11-22T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

test('four failures for one e-mail do not block', () => {
  const failures = [ago(4000), ago(3000), ago(2000), ago(1000)];
  assert.deepEqual(loginLockout(failures, failures, now), { blocked: false });
});

test('the fifth failure blocks until the oldest leaves the window', () => {
  const failures = Array.from({ length: MAX_FAILURES_PER_EMAIL }, (_, i) => ago(60_000 - i * 1000));
  const result = loginLockout(failures, [], now);
  assert.equal(result.blocked, true);
  assert.equal(result.blocked && result.retryAfterSeconds, (LOGIN_WINDOW_MS - 60_000) / 1000);
});

test('many failures from one address block every e-mail tried from it', () => {
  const ip = Array.from({ length: 30 }, (_, i) => ago(100_000 - i));
  assert.equal(loginLockout([], ip, now).blocked, true);
});

test('sessions are touched at most every five minutes', () => {
  assert.equal(shouldTouchSession(ago(60_000), now), false);
  assert.equal(shouldTouchSession(ago(6 * 60_000), now), true);
});
