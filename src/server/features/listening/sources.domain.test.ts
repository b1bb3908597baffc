import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceConfig } from '../../../shared/api/listening.schemas.ts';
import { planSourceChange, type SourceState } from './sources.domain.ts';

const NOW = new Date('2026-03-20T03:00:00Z');
const mastodon = (over: Partial<Extract<SourceConfig, { kind: 'mastodon' }>> = {}): SourceConfig => ({ kind: 'mastodon', instanceUrl: 'https://mastodon.social', mode: 'hashtag', query: 'coffee', ...over });
const state = (over: Partial<SourceState> = {}): SourceState => ({
  config: mastodon(),
  hasSecret: true,
  enabled: true,
  pollMinutes: 30,
  status: 'ok',
  lastPolledAt: new Date('2026-03-20T02:50:00Z'),
  nextPollAt: new Date('2026-03-20T03:20:00Z'),
  ...over,
});
const change = (config: SourceConfig, over: Partial<{ secretGiven: boolean; enabled: boolean; pollMinutes: number }> = {}) => ({ config, secretGiven: false, enabled: true, pollMinutes: 30, ...over });

test('no secret keeps the stored one on the same host, and drops it when the source moves to another host', () => {
  assert.deepEqual(planSourceChange(state(), change(mastodon()), NOW), { secret: 'keep', restart: false, nextPollAt: state().nextPollAt });
  assert.deepEqual(planSourceChange(state(), change(mastodon({ instanceUrl: 'https://MASTODON.social/', query: 'tea' })), NOW), { secret: 'keep', restart: true, nextPollAt: NOW });
  assert.deepEqual(planSourceChange(state(), change(mastodon({ instanceUrl: 'https://evil.example' })), NOW), { secret: 'drop', restart: true, nextPollAt: NOW });
  assert.equal(planSourceChange(state(), change(mastodon(), { secretGiven: true }), NOW).secret, 'replace');
  assert.equal(planSourceChange(state({ hasSecret: false }), change(mastodon()), NOW).secret, 'none');
  const bluesky = { kind: 'bluesky', serviceUrl: 'https://bsky.social', query: 'coffee', identifier: 'shop.bsky.social' } as const;
  assert.equal(planSourceChange(state({ config: bluesky }), change({ ...bluesky, identifier: 'other.bsky.social' }), NOW).secret, 'drop');
});

test('switching a source on polls it now; a new interval counts from the last poll', () => {
  assert.deepEqual(planSourceChange(state({ enabled: false }), change(mastodon()), NOW).nextPollAt, NOW);
  assert.deepEqual(planSourceChange(state(), change(mastodon(), { pollMinutes: 5 }), NOW).nextPollAt, new Date('2026-03-20T02:55:00Z'));
  // A failing source keeps its backoff whatever its interval.
  assert.deepEqual(planSourceChange(state({ status: 'failing' }), change(mastodon(), { pollMinutes: 5 }), NOW).nextPollAt, state().nextPollAt);
});
