import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { json, LOOPBACK_ALLOWED, type RecordedRequest, type Replay, type ReplayServer, startReplayServer } from '../../test-support/replay-server.ts';
import { AuthExpired, BadResponse, RateLimited, Rejected, Unavailable } from '../connector-errors.ts';
import { type BlueskyConfig, blueskyConnector } from './bluesky.connector.ts';

const fixtureText = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Record<string, unknown>;
const SESSION = fixture('create-session.json') as { accessJwt: string; refreshJwt: string };
const REFRESHED = fixture('refresh-session.json') as { accessJwt: string; refreshJwt: string };
const CREDENTIALS = { identifier: 'socialplan-listener.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop' };
const SINCE = '2024-03-01T00:00:00Z';

function search(request: RecordedRequest): Replay {
  const q = request.url.searchParams.get('q');
  const auth = request.headers.authorization;
  if (q === 'slow') return 'hang';
  if (auth === undefined) return { status: 403, headers: { 'content-type': 'text/plain' }, body: fixtureText('error-403-anonymous.txt') };
  if (auth !== `Bearer ${SESSION.accessJwt}` && auth !== `Bearer ${REFRESHED.accessJwt}`) return json(fixture('error-expired-token.json'), { status: 400 });
  if (q === 'ratelimited') {
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    return json(fixture('error-rate-limit.json'), { status: 429, headers: { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': reset, 'ratelimit-policy': '3000;w=300' } });
  }
  if (q === 'broken') return json(fixture('error-internal.json'), { status: 500 });
  if (q === 'bad(query') return json(fixture('error-bad-query.json'), { status: 400 });
  if (q === 'garbled') return { headers: { 'content-type': 'application/json' }, body: '{"posts": [' };
  if (q === 'invalid-shape') return json({ posts: [{ uri: 'not-an-at-uri', text: 'hello' }] });
  return json(fixture(request.url.searchParams.get('cursor') === '2' ? 'search-posts.page2.json' : 'search-posts.page1.json'));
}

function route(request: RecordedRequest): Replay {
  switch (request.path) {
    case '/xrpc/com.atproto.server.createSession': {
      const { password } = JSON.parse(request.body) as { password: string };
      return password === CREDENTIALS.appPassword ? json(SESSION) : json(fixture('error-bad-login.json'), { status: 401 });
    }
    case '/xrpc/com.atproto.server.refreshSession':
      return request.headers.authorization === `Bearer ${SESSION.refreshJwt}` ? json(REFRESHED) : json(fixture('error-revoked-token.json'), { status: 400 });
    case '/xrpc/com.atproto.server.getSession': {
      const { accessJwt: _access, refreshJwt: _refresh, ...profile } = SESSION;
      return json(profile);
    }
    case '/xrpc/app.bsky.feed.searchPosts':
      return search(request);
    default:
      return json({ error: 'MethodNotImplemented', message: 'Method Not Implemented' }, { status: 501 });
  }
}

let server: ReplayServer;
before(async () => {
  server = await startReplayServer(route);
});
after(() => server.close());

const config = (query: BlueskyConfig['query'], extra: Partial<BlueskyConfig> = {}): BlueskyConfig => ({ serviceUrl: server.origin, query, credentials: CREDENTIALS, pageSize: 2, ...extra });
const searchFor = (text: string, extra: Partial<BlueskyConfig> = {}) => config({ kind: 'search', text }, extra);
const paths = (from: number) => server.requests.slice(from).map((request) => request.path.replace('/xrpc/', ''));

test('anonymous search is refused by Bluesky: AuthExpired that asks for an app password', async () => {
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('shopee', { credentials: null }), cursor: null }), (error: unknown) => {
    assert.ok(error instanceof AuthExpired);
    assert.match(error.message, /does not allow post search without signing in \(HTTP 403\)\. Add a Bluesky handle and app password/);
    return true;
  });
});

test('signed in: a hashtag search is walked page by page, then polled from the newest post', async () => {
  const start = server.requests.length;
  const first = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'hashtag', tag: '#shopee' }), cursor: null, since: SINCE });
  assert.deepEqual(paths(start), ['com.atproto.server.createSession', 'app.bsky.feed.searchPosts']);
  assert.deepEqual(JSON.parse(server.requests[start]!.body), { identifier: CREDENTIALS.identifier, password: CREDENTIALS.appPassword });
  const query = server.requests.at(-1)!.url.searchParams;
  assert.deepEqual(Object.fromEntries(query), { q: '#shopee', sort: 'latest', limit: '2', since: '2024-03-01T00:00:00.000Z', tag: 'shopee' });
  assert.deepEqual(first.mentions[0], {
    externalId: 'at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3kmhv7hqbis2k',
    channel: 'bluesky',
    text: 'ช้อปปี้ส่งของเร็วมากวันนี้ แต่แพ็กเกจบุบนิดหน่อย #shopee',
    publishedAt: '2024-03-02T13:05:41.231Z',
    url: 'https://bsky.app/profile/nattaya.bsky.social/post/3kmhv7hqbis2k',
    author: { name: 'ณัฐยา 🌸', handle: 'nattaya.bsky.social', url: 'https://bsky.app/profile/nattaya.bsky.social' },
    language: 'th',
    metrics: { likes: 15, shares: 1, comments: 2, reach: null },
  });
  // Stamped in the future by its client: dated when Bluesky indexed it.
  assert.deepEqual([first.mentions[1]!.publishedAt, first.mentions[1]!.language], ['2024-03-02T12:58:02.551Z', 'zh-Hant']);
  assert.equal(first.hasMore, true);
  assert.ok(first.session);

  const second = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'hashtag', tag: 'shopee' }), cursor: first.nextCursor, since: SINCE, session: first.session });
  assert.equal(server.requests.at(-1)!.url.searchParams.get('cursor'), '2');
  assert.equal(server.requests.at(-1)!.headers.authorization, `Bearer ${SESSION.accessJwt}`);
  assert.equal(server.requests.filter((request) => request.path.endsWith('createSession')).length, 1);
  const [handleless] = second.mentions;
  assert.deepEqual([handleless!.url, handleless!.author.name, handleless!.language], [
    'https://bsky.app/profile/did:plc:vwzwgnygau7ed7b7wt5ux7y2/post/3kmfqoiu5as2y',
    'handle.invalid',
    'zh-Hans',
  ]);
  assert.equal(second.hasMore, false);
  assert.deepEqual(JSON.parse(second.nextCursor!), { floor: '2024-03-02T13:05:41.231Z' });

  // The replay ignores `since` and sends page one again: nothing in it is newer than the floor.
  const third = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'hashtag', tag: 'shopee' }), cursor: second.nextCursor, session: second.session });
  assert.equal(server.requests.at(-1)!.url.searchParams.get('since'), '2024-03-02T13:05:41.231Z');
  assert.deepEqual(third.mentions, []);
});

test('an expired access token is refreshed by the client, and the new session is handed back', async () => {
  const signedIn = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('蝦皮'), cursor: null });
  const stale = JSON.parse(signedIn.session!) as { data: { accessJwt: string } };
  stale.data.accessJwt = 'eyJ0eXAiOiJhdCtqd3QifQ.expired.sig';
  const start = server.requests.length;
  const result = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('蝦皮'), cursor: null, session: JSON.stringify(stale) });
  assert.deepEqual(paths(start), ['app.bsky.feed.searchPosts', 'com.atproto.server.refreshSession', 'com.atproto.server.getSession', 'app.bsky.feed.searchPosts']);
  assert.equal(result.mentions.length, 2);
  assert.equal((JSON.parse(result.session!) as { data: { accessJwt: string } }).data.accessJwt, REFRESHED.accessJwt);
});

test('a session that cannot be refreshed is replaced by a fresh login with the app password', async () => {
  const signedIn = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('shopee'), cursor: null });
  const revoked = JSON.parse(signedIn.session!) as { data: { accessJwt: string; refreshJwt: string } };
  revoked.data.accessJwt = 'expired';
  revoked.data.refreshJwt = 'revoked';
  const start = server.requests.length;
  const result = await blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('shopee'), cursor: null, session: JSON.stringify(revoked) });
  assert.deepEqual(paths(start), ['app.bsky.feed.searchPosts', 'com.atproto.server.refreshSession', 'com.atproto.server.createSession', 'app.bsky.feed.searchPosts']);
  assert.equal(result.mentions.length, 2);
});

test('a wrong app password is AuthExpired with the server’s reason', async () => {
  const wrong = searchFor('shopee', { credentials: { identifier: CREDENTIALS.identifier, appPassword: 'wrong-pass-word-0000' } });
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: wrong, cursor: null }), (error: unknown) => {
    assert.ok(error instanceof AuthExpired);
    assert.match(error.message, /refused the Bluesky login \(AuthenticationRequired\).*"Invalid identifier or password"/);
    return true;
  });
});

test('429 carries the wait from RateLimit-Reset', async () => {
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('ratelimited'), cursor: null }), (error: unknown) => {
    assert.ok(error instanceof RateLimited);
    assert.ok(error.retryAfterMs! > 115_000 && error.retryAfterMs! <= 120_000, String(error.retryAfterMs));
    return true;
  });
});

test('server errors, bad queries and unreadable answers', async () => {
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('broken'), cursor: null }), (error: unknown) => error instanceof Unavailable && error.status === 500);
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('bad(query'), cursor: null }), (error: unknown) => error instanceof Rejected && /could not parse query string/.test(error.message));
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('garbled'), cursor: null }), BadResponse);
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('invalid-shape'), cursor: null }), BadResponse);
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'hashtag', tag: 'two words' }), cursor: null }), Rejected);
});

test('a service that never answers is Unavailable after the timeout', async () => {
  const started = performance.now();
  await assert.rejects(blueskyConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: searchFor('slow', { credentials: null, timeoutMs: 300 }), cursor: null }), (error: unknown) => error instanceof Unavailable && /did not answer within 0\.3 s/.test(error.message));
  assert.ok(performance.now() - started < 2_000);
});
