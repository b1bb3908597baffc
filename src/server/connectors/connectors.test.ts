import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QueryKind } from './connector.types.ts';
import { CONNECTORS } from './connectors.ts';

test('capability flags agree with each other for every connector', () => {
  for (const [channel, connector] of Object.entries(CONNECTORS)) {
    const { capabilities } = connector;
    assert.equal(connector.channel, channel);
    const supported: Record<QueryKind, boolean> = { search: capabilities.search, hashtag: capabilities.hashtags, feed: capabilities.feeds };
    for (const kind of capabilities.authRequiredFor) assert.ok(supported[kind], `${channel} needs auth for ${kind}, which it does not offer`);
    assert.equal(capabilities.needsAuth, capabilities.authRequiredFor.length > 0, channel);
  }
});

test('what each network needs, as the UI will show it', () => {
  assert.deepEqual(CONNECTORS.rss.capabilities.authRequiredFor, []);
  assert.deepEqual(CONNECTORS.mastodon.capabilities.authRequiredFor, ['search']);
  assert.deepEqual(CONNECTORS.bluesky.capabilities.authRequiredFor, ['search', 'hashtag']);
  assert.equal(CONNECTORS.rss.capabilities.conditionalGet, true);
});
