import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthExpired, BadResponse, RateLimited, Rejected, Unavailable } from '../../connectors/connector-errors.ts';
import { afterFailure, afterSuccess, failureOf, NEEDS_PERSON_RETRY_MS, readPollCursor, SourceAddressBlocked } from './source-poll.domain.ts';

const NOW = new Date('2026-03-20T03:00:00Z');
const half = () => 0.5;
const waitOf = (outcome: { nextPollAt: Date }) => outcome.nextPollAt.getTime() - NOW.getTime();

test('a success clears the failure and waits the interval, or a minute when more is waiting', () => {
  assert.deepEqual(afterSuccess({ now: NOW, pollMinutes: 30, moreWaiting: false }), {
    status: 'ok',
    lastError: null,
    lastErrorCode: null,
    consecutiveFailures: 0,
    lastPolledAt: NOW,
    nextPollAt: new Date('2026-03-20T03:30:00Z'),
  });
  assert.equal(waitOf(afterSuccess({ now: NOW, pollMinutes: 30, moreWaiting: true })), 60_000);
});

test('passing failures back off exponentially, keep the connector message and code', () => {
  const down = failureOf(new Unavailable('feeds.example failed with HTTP 500; it is probably down for a while.', { target: 'feeds.example', status: 500 }));
  const waits = [0, 1, 2, 3].map((previousFailures) => waitOf(afterFailure(down, { now: NOW, previousFailures }, half)));
  assert.deepEqual(waits, [22_500, 45_000, 90_000, 180_000]);
  const outcome = afterFailure(down, { now: NOW, previousFailures: 3 }, half);
  assert.equal(outcome.status, 'failing');
  assert.equal(outcome.consecutiveFailures, 4);
  assert.equal(outcome.lastErrorCode, 'unavailable');
  assert.equal(outcome.lastError, 'feeds.example failed with HTTP 500; it is probably down for a while.');
  // However many failures, never more than 6 hours apart.
  assert.equal(waitOf(afterFailure(down, { now: NOW, previousFailures: 40 }, () => 1)), 6 * 3600_000);
});

test('a rate limit waits at least what the server asked', () => {
  const limited = failureOf(new RateLimited('m.example is limiting our requests (HTTP 429); it asks us to wait 300 s.', { target: 'm.example', status: 429, retryAfterMs: 300_000 }));
  const wait = waitOf(afterFailure(limited, { now: NOW, previousFailures: 0 }, half));
  assert.ok(wait >= 300_000 && wait <= 330_000, String(wait));
  assert.equal(failureOf(new BadResponse('x returns a web page, not a feed.', { target: 'x' })).retryable, true);
});

test('failures only a person can fix wait a day and say so', () => {
  for (const error of [new AuthExpired('m.example refused our credentials (HTTP 401).', { target: 'm.example' }), new Rejected('x was not found (HTTP 404).', { target: 'x' }), new SourceAddressBlocked('x points at 10.0.0.1')]) {
    const outcome = afterFailure(failureOf(error), { now: NOW, previousFailures: 0 }, half);
    assert.equal(waitOf(outcome), NEEDS_PERSON_RETRY_MS);
    assert.match(outcome.lastError ?? '', /needs someone to change the source: until then it is tried only once a day\.$/);
  }
  assert.equal(failureOf(new SourceAddressBlocked('x')).code, 'address_blocked');
  const ours = failureOf(new TypeError('boom'));
  assert.deepEqual([ours.code, ours.retryable], ['internal_error', true]);
  assert.doesNotMatch(ours.message, /boom/);
});

test('the stored cursor is read defensively', () => {
  assert.deepEqual(readPollCursor(null), { cursor: null, sealedSession: null });
  assert.deepEqual(readPollCursor({ cursor: '{"etag":"x"}', sealedSession: 5 }), { cursor: '{"etag":"x"}', sealedSession: null });
});
