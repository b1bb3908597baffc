import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { mastodon } from 'masto';
import { SerializerNativeImpl } from 'masto/adapters/serializers/index.js';
import { normaliseHashtag, statusToMention } from './mastodon-status.domain.ts';

// The fixture as the client hands it over: masto turns the API's snake_case into camelCase.
const statuses = new SerializerNativeImpl().deserialize<mastodon.v1.Status[]>('json', readFileSync(new URL('fixtures/tag-timeline.page1.json', import.meta.url), 'utf8'));

test('a boost is the boosted post, whoever boosted it', () => {
  const original = statuses[1]!;
  const boost = { ...statuses[0]!, id: '112000000000000400', uri: 'https://mastodon.example/users/somchai/statuses/112000000000000400/activity', content: '', reblog: original };
  const mention = statusToMention(boost, 'mastodon.example');
  assert.equal(mention.externalId, original.uri);
  assert.equal(mention.author.handle, 'mei@social.example.tw');
  assert.deepEqual(mention.metrics, { likes: 4, shares: 1, comments: 0, reach: 87 });
});

test('a status without a web URL points at its ActivityPub id; an empty display name falls back to the username', () => {
  const status = { ...statuses[0]!, url: null, account: { ...statuses[0]!.account, displayName: '  ' } };
  const mention = statusToMention(status, 'mastodon.example');
  assert.equal(mention.url, status.uri);
  assert.equal(mention.author.name, 'somchai');
  assert.equal(mention.author.handle, 'somchai@mastodon.example');
});

test('hashtags: # and spaces dropped, Thai marks and CJK kept, anything path-like refused', () => {
  assert.equal(normaliseHashtag(' #ช้อปปี้ '), 'ช้อปปี้');
  assert.equal(normaliseHashtag('蝦皮購物'), '蝦皮購物');
  assert.equal(normaliseHashtag('black_friday2024'), 'black_friday2024');
  for (const bad of ['', '#', 'two words', 'a/b', 'tag?x=1', '../admin', '#a#b']) assert.equal(normaliseHashtag(bad), null, bad);
});
