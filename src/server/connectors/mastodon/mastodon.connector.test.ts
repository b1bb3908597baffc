import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { json, LOOPBACK_ALLOWED, type RecordedRequest, type Replay, type ReplayServer, startReplayServer } from '../../test-support/replay-server.ts';
import { AuthExpired, BadResponse, RateLimited, Rejected, Unavailable } from '../connector-errors.ts';
import { type MastodonConfig, mastodonConnector } from './mastodon.connector.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const jsonFixture = (name: string, status = 200, headers: Record<string, string> = {}): Replay => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: fixture(name),
});

function tagTimeline(request: RecordedRequest): Replay {
  const maxId = request.url.searchParams.get('max_id');
  if (request.url.searchParams.get('since_id') === '112000000000000302') return json([]);
  if (maxId === '112000000000000301') return jsonFixture('tag-timeline.page2.json');
  const next = `<${request.url.origin}/api/v1/timelines/tag/shopee?max_id=112000000000000301>; rel="next"`;
  return jsonFixture('tag-timeline.page1.json', 200, { link: next });
}

const TAGS: Record<string, (request: RecordedRequest) => Replay> = {
  shopee: tagTimeline,
  'ช้อปปี้': () => json([]),
  ratelimited: () => jsonFixture('error-429.json', 429, { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date(Date.now() + 300_000).toISOString() }),
  gateway: () => ({ status: 502, headers: { 'content-type': 'text/html' }, body: fixture('error-502-nginx.txt') }),
  garbled: () => ({ headers: { 'content-type': 'application/json' }, body: '[{"id": "1", "content": ' }),
  webpage: () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body>Welcome</body></html>' }),
  slow: () => 'hang',
  // A reverse proxy's own error page: the status must survive the HTML body.
  gone: () => ({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>404 Not Found</h1></body></html>' }),
};

function route(request: RecordedRequest): Replay {
  if (request.path.startsWith('/api/v1/timelines/tag/')) {
    const tag = decodeURIComponent(request.path.slice('/api/v1/timelines/tag/'.length));
    return TAGS[tag]?.(request) ?? json([]);
  }
  if (request.path === '/api/v2/search') {
    if (request.headers.authorization !== 'Bearer good-token') return jsonFixture('error-401.json', 401);
    if ((request.url.searchParams.get('q') ?? '').length > 50) return jsonFixture('error-422.json', 422);
    return jsonFixture('search-statuses.json');
  }
  return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>The page you are looking for isn\'t here.</h1>' };
}

let server: ReplayServer;
before(async () => {
  server = await startReplayServer(route);
});
after(() => server.close());

const config = (query: MastodonConfig['query'], extra: Partial<MastodonConfig> = {}): MastodonConfig => ({ instanceUrl: server.origin, query, pageSize: 2, ...extra });
const hashtag = (tag: string, extra: Partial<MastodonConfig> = {}) => config({ kind: 'hashtag', tag }, extra);
const lastQuery = () => Object.fromEntries(server.requests.at(-1)!.url.searchParams);

test('a hashtag timeline is walked newest first down to since, then polled above the newest id', async () => {
  const since = '2024-03-01T00:00:00Z';
  const first = await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('#shopee'), cursor: null, since });
  assert.deepEqual(lastQuery(), { limit: '2' });
  assert.equal(first.hasMore, true);
  assert.deepEqual(first.mentions[0], {
    externalId: 'https://mastodon.example/users/somchai/statuses/112000000000000302',
    channel: 'mastodon',
    text: 'สั่งของจาก #Shopee มาส่งไวมาก แต่กล่องบุบนิดหน่อย 😅\nรายละเอียด: https://blog.example.com/shopee-review',
    publishedAt: '2024-03-02T13:05:41.000Z',
    url: 'https://mastodon.example/@somchai/112000000000000302',
    author: { name: 'สมชาย :thumbsup:', handle: `somchai@${new URL(server.origin).host}`, url: 'https://mastodon.example/@somchai' },
    language: 'th',
    metrics: { likes: 21, shares: 5, comments: 3, reach: 1532 },
  });
  // A content warning comes first; a remote account keeps its own instance in the handle.
  assert.equal(first.mentions[1]!.text, '網購心得\n蝦皮這次的客服回覆很快，推一個 #shopee');
  assert.equal(first.mentions[1]!.author.handle, 'mei@social.example.tw');

  const second = await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('shopee'), cursor: first.nextCursor, since });
  assert.deepEqual(lastQuery(), { limit: '2', max_id: '112000000000000301' });
  assert.deepEqual(second.mentions.map((mention) => mention.language), ['en']);
  assert.equal(second.hasMore, false);

  const third = await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('shopee'), cursor: second.nextCursor });
  assert.deepEqual(lastQuery(), { limit: '2', since_id: '112000000000000302' });
  assert.deepEqual(third, { mentions: [], nextCursor: second.nextCursor, hasMore: false });
});

test('a first poll without since reads only the newest page', async () => {
  const result = await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('shopee'), cursor: null });
  assert.equal(result.mentions.length, 2);
  assert.equal(result.hasMore, false);
  assert.deepEqual(JSON.parse(result.nextCursor!), { floor: '112000000000000302' });
});

test('Thai hashtags are sent percent-encoded; malformed ones are refused before any request', async () => {
  await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('#ช้อปปี้'), cursor: null });
  assert.equal(server.requests.at(-1)!.path, `/api/v1/timelines/tag/${encodeURIComponent('ช้อปปี้')}`);
  const count = server.requests.length;
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('shopee/../../admin'), cursor: null }), Rejected);
  assert.equal(server.requests.length, count);
});

test('status search sends the token and maps what the server returns', async () => {
  const result = await mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'search', text: '拼多多 物流' }, { accessToken: 'good-token' }), cursor: null });
  const request = server.requests.at(-1)!;
  assert.equal(request.headers.authorization, 'Bearer good-token');
  assert.deepEqual(lastQuery(), { q: '拼多多 物流', type: 'statuses', resolve: 'false', limit: '2' });
  assert.deepEqual(result.mentions.map(({ text, url, author, language }) => ({ text, url, author, language })), [
    {
      text: '拼多多的物流太慢了，等了两个星期还没到。\n客服也不回复。',
      url: 'https://m.example.cn/users/wangwei/statuses/888',
      author: { name: 'wangwei', handle: 'wangwei@m.example.cn', url: 'https://m.example.cn/@wangwei' },
      language: 'zh-CN',
    },
  ]);
});

test('search without a token is AuthExpired at once; a refused token is AuthExpired too', async () => {
  const count = server.requests.length;
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'search', text: 'shopee' }), cursor: null }), AuthExpired);
  assert.equal(server.requests.length, count);
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: config({ kind: 'search', text: 'shopee' }, { accessToken: 'revoked' }), cursor: null }), (error: unknown) => {
    assert.ok(error instanceof AuthExpired);
    assert.equal(error.message, `${new URL(server.origin).host} refused our credentials (HTTP 401): they have expired or been revoked. Reconnect the account. The server said: "The access token is invalid".`);
    return true;
  });
});

test('429 carries the wait from X-RateLimit-Reset', async () => {
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('ratelimited'), cursor: null }), (error: unknown) => {
    assert.ok(error instanceof RateLimited);
    assert.ok(error.retryAfterMs! > 290_000 && error.retryAfterMs! <= 300_000, String(error.retryAfterMs));
    assert.match(error.message, /is limiting our requests \(HTTP 429\); it asks us to wait 5 min\. The server said: "Too many requests"\.$/);
    return true;
  });
});

test('server failures, bad answers and a 422', async () => {
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('gateway'), cursor: null }), (error: unknown) => error instanceof Unavailable && error.status === 502);
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('garbled'), cursor: null }), BadResponse);
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('webpage'), cursor: null }), (error: unknown) => error instanceof BadResponse && /answered \/api\/v1\/timelines\/tag\/webpage with a web page instead of the Mastodon API's JSON/.test(error.message));
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('gone'), cursor: null }), (error: unknown) => error instanceof Rejected && error.status === 404);
  const longQuery = config({ kind: 'search', text: 'x'.repeat(60) }, { accessToken: 'good-token' });
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: longQuery, cursor: null }), (error: unknown) => error instanceof Rejected && error.status === 422 && /Query is too long/.test(error.message));
});

test('an instance that never answers is Unavailable after the timeout; a dead port too', async () => {
  const started = performance.now();
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: hashtag('slow', { timeoutMs: 300 }), cursor: null }), (error: unknown) => error instanceof Unavailable && /did not answer within 0\.3 s/.test(error.message));
  assert.ok(performance.now() - started < 2_000);
  const closed = await startReplayServer(() => json([]));
  await closed.close();
  await assert.rejects(mastodonConnector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: { instanceUrl: closed.origin, query: { kind: 'hashtag', tag: 'shopee' } }, cursor: null }), Unavailable);
});
