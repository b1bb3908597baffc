import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from './backoff.domain.ts';

const POLICY: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, maxRetryAfterMs: 3_600_000 };
const low = () => 0;
// Math.random never returns 1, but 1 is the bound its values approach.
const high = () => 1;

test('the step doubles per failure, jitter keeps it between half and the whole step', () => {
  const steps = [1, 2, 3, 4, 5].map((attempt) => [retryDelayMs({ attempt }, POLICY, low), retryDelayMs({ attempt }, POLICY, high)]);
  assert.deepEqual(steps, [
    [500, 1_000],
    [1_000, 2_000],
    [2_000, 4_000],
    [4_000, 8_000],
    [8_000, 16_000],
  ]);
});

test('the step is capped, even after very many failures', () => {
  assert.equal(retryDelayMs({ attempt: 7 }, POLICY, high), 60_000);
  assert.equal(retryDelayMs({ attempt: 10_000 }, POLICY, high), 60_000);
  assert.equal(retryDelayMs({ attempt: 10_000 }, POLICY, low), 30_000);
  assert.equal(retryDelayMs({ attempt: 100 }, DEFAULT_BACKOFF, high), 6 * 60 * 60_000);
});

test('attempts below one count as the first', () => {
  assert.equal(retryDelayMs({ attempt: 0 }, POLICY, high), 1_000);
  assert.equal(retryDelayMs({ attempt: -3 }, POLICY, low), 500);
});

test('a Retry-After longer than the step is honoured, with at most 10 % (≤ 30 s) added', () => {
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 120_000 }, POLICY, low), 120_000);
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 120_000 }, POLICY, high), 132_000);
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 900_000 }, POLICY, high), 930_000);
});

test('a Retry-After shorter than the step does not shorten the back-off', () => {
  assert.equal(retryDelayMs({ attempt: 5, retryAfterMs: 2_000 }, POLICY, low), 8_000);
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 0 }, POLICY, low), 500);
});

test('an absurd Retry-After is capped, a negative one counts as none', () => {
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 10 * 86_400_000 }, POLICY, low), 3_600_000);
  assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: -5_000 }, POLICY, low), 500);
});

test('with the real random source every delay stays within its bounds', () => {
  for (let attempt = 1; attempt <= 30; attempt++) {
    const delay = retryDelayMs({ attempt });
    const step = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * 2 ** (attempt - 1));
    assert.ok(delay >= step / 2 && delay <= step, `attempt ${attempt}: ${delay}`);
  }
});
