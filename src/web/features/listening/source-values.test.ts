import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Source, sourceInputSchema } from '../../../shared/api/listening.schemas.ts';
import { EMPTY_SOURCE, sourceInput, sourceValues } from './source-values.ts';

function stored(kind: Source['kind'], config: Record<string, unknown>): Source {
  return {
    id: '3f1c2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c',
    kind,
    name: 'ฟีดกาแฟ',
    config,
    hasSecret: true,
    enabled: true,
    pollMinutes: 15,
    status: 'ok',
    lastError: null,
    lastErrorCode: null,
    consecutiveFailures: 0,
    lastPolledAt: null,
    nextPollAt: null,
    lastReceivedAt: null,
    mentions: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

test('each kind of form becomes input the shared schema accepts, with an empty secret as none', () => {
  const rss = sourceInput({ ...EMPTY_SOURCE, name: '咖啡日報', url: ' https://example.com/feed.xml ' }, true);
  assert.deepEqual(sourceInputSchema.parse(rss).config, { kind: 'rss', url: 'https://example.com/feed.xml' });
  assert.equal(rss.secret, null);

  const mastodon = sourceInput({ ...EMPTY_SOURCE, kind: 'mastodon', name: 'แท็กกาแฟ', query: '＃กาแฟ', secret: 'token' }, true);
  assert.deepEqual(sourceInputSchema.parse(mastodon).config, { kind: 'mastodon', instanceUrl: 'https://mastodon.social', mode: 'hashtag', query: 'กาแฟ' });
  assert.equal(mastodon.secret, 'token');

  const bluesky = sourceInput({ ...EMPTY_SOURCE, kind: 'bluesky', name: '山嵐', query: '山嵐咖啡', identifier: '  ' }, false);
  assert.deepEqual(sourceInputSchema.parse(bluesky).config, { kind: 'bluesky', serviceUrl: 'https://bsky.social', query: '山嵐咖啡', identifier: null });
  assert.equal(bluesky.enabled, false);
});

test('a stored source comes back into the form as it was saved, without its secret', () => {
  const source = stored('bluesky', { kind: 'bluesky', serviceUrl: 'https://bsky.social', query: '咖啡', identifier: 'listening.bsky.social' });
  const values = sourceValues(source);
  assert.equal(values.secret, '');
  assert.equal(values.pollMinutes, 15);
  assert.deepEqual(sourceInput(values, source.enabled), {
    name: 'ฟีดกาแฟ',
    secret: null,
    pollMinutes: 15,
    enabled: true,
    config: { kind: 'bluesky', serviceUrl: 'https://bsky.social', query: '咖啡', identifier: 'listening.bsky.social' },
  });
  const mastodon = sourceValues(stored('mastodon', { kind: 'mastodon', instanceUrl: 'https://mstdn.jp', mode: 'search', query: 'บ้านดอย' }));
  assert.deepEqual([mastodon.kind, mastodon.instanceUrl, mastodon.mode, mastodon.query], ['mastodon', 'https://mstdn.jp', 'search', 'บ้านดอย']);
});
