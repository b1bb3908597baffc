import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceConfig } from '../../../shared/api/listening.schemas.ts';
import { configProblems, connectorCall, normaliseConfig, queryKindOf, toIncomingMention } from './source-config.domain.ts';

const mastodon = (over: Partial<Extract<SourceConfig, { kind: 'mastodon' }>> = {}): SourceConfig => ({ kind: 'mastodon', instanceUrl: 'https://mastodon.social', mode: 'hashtag', query: 'coffee', ...over });

test('config problems name the field: hashtags a network cannot follow, credentials a search needs', () => {
  const none: readonly ('search' | 'hashtag' | 'feed')[] = [];
  assert.deepEqual(configProblems(mastodon({ query: 'two words' }), false, ['search']), [
    { path: 'body.config.query', message: '"two words" is not a hashtag Mastodon can follow: use letters, digits and _ only' },
  ]);
  assert.deepEqual(configProblems(mastodon({ mode: 'search', query: 'กาแฟ ดอย' }), false, ['search']).map((p) => p.path), ['body.secret']);
  assert.deepEqual(configProblems(mastodon({ mode: 'search', query: 'กาแฟ' }), true, ['search']), []);
  const bluesky = { kind: 'bluesky', serviceUrl: 'https://bsky.social', query: '#咖啡', identifier: null } as const;
  assert.equal(queryKindOf(bluesky), 'hashtag');
  assert.deepEqual(configProblems(bluesky, false, ['search', 'hashtag']).map((p) => p.path), ['body.config.identifier', 'body.secret']);
  assert.deepEqual(configProblems(bluesky, false, none), []);
  assert.deepEqual(normaliseConfig(mastodon({ query: '#กาแฟดริป' })), mastodon({ query: 'กาแฟดริป' }));
});

test('connector calls carry the secret where each network wants it, and mentions keep their author handle', () => {
  assert.deepEqual(connectorCall(mastodon({ mode: 'search', query: 'kafe' }), 'token-1'), {
    channel: 'mastodon',
    config: { instanceUrl: 'https://mastodon.social', query: { kind: 'search', text: 'kafe' }, accessToken: 'token-1' },
  });
  assert.deepEqual(connectorCall({ kind: 'bluesky', serviceUrl: 'https://bsky.social', query: 'kafe dee', identifier: 'shop.bsky.social' }, 'app-pass', 500), {
    channel: 'bluesky',
    config: { serviceUrl: 'https://bsky.social', query: { kind: 'search', text: 'kafe dee' }, credentials: { identifier: 'shop.bsky.social', appPassword: 'app-pass' }, timeoutMs: 500 },
  });
  const raw = {
    externalId: 'https://m.example/users/a/statuses/1',
    channel: 'mastodon' as const,
    text: 'hello',
    publishedAt: '2026-03-19T10:00:00.000Z',
    url: 'https://m.example/@a/1',
    author: { name: 'A', handle: 'a@m.example', url: null },
    language: 'en',
    metrics: { likes: 2, shares: 1, comments: null, reach: 40 },
  };
  assert.deepEqual(toIncomingMention(raw), { externalId: raw.externalId, text: 'hello', publishedAt: raw.publishedAt, author: 'a@m.example', channel: 'mastodon', url: raw.url, reach: 40, likes: 2, shares: 1, comments: null });
  assert.equal(toIncomingMention({ ...raw, channel: 'rss' }).channel, 'blog');
  assert.equal(toIncomingMention({ ...raw, channel: 'rss' }).author, 'A');
});
