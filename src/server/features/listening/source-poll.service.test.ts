import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq, ne } from 'drizzle-orm';
import { listeningSources, mentions } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { createSecretBox } from '../../lib/secret-box.ts';
import { json, type RecordedRequest, type Replay, type ReplayServer, startReplayServer } from '../../test-support/replay-server.ts';
import { createTestApp, type TestApp, type TestClient, testConfig } from '../../test-support/test-app.ts';
import { api, newWorkspace } from './listening-test.fixtures.ts';
import { claimDueSources, type PollOptions, pollSource, queueDuePolls } from './source-poll.service.ts';

const connectors = new URL('../../connectors/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(path, connectors));
const ETAG = '"48213-1709289000"';
const template = JSON.parse(fixture('mastodon/fixtures/tag-timeline.page1.json').toString('utf8'))[0];

/** `count` distinct statuses newest first, ids counting down from `top`. */
const statuses = (top: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ ...template, id: String(top - i), uri: `https://mastodon.example/users/somchai/statuses/${top - i}`, content: `<p>กาแฟดริป รีวิวที่ ${top - i}</p>`, created_at: '2024-03-02T10:00:00.000Z' }));
const page = (request: RecordedRequest, top: number, count: number) =>
  json(statuses(top, count), { headers: { link: `<${request.url.origin}${request.path}?max_id=${top - count + 1}>; rel="next"` } });

const feed = (): Replay => ({ headers: { 'content-type': 'application/rss+xml; charset=UTF-8', etag: ETAG }, body: fixture('rss/fixtures/techwire-th.rss.xml') });
const state = { flaky: 'feed' as 'feed' | 'html', busyPage3: 'down' as 'down' | 'up' };

const ROUTES: Record<string, (request: RecordedRequest) => Replay> = {
  '/feed/': (request) => (request.headers['if-none-match'] === ETAG ? { status: 304, headers: { etag: ETAG } } : feed()),
  '/flaky': () =>
    state.flaky === 'html'
      ? { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fixture('rss/fixtures/web-page.html') }
      : { headers: { 'content-type': 'application/atom+xml' }, body: fixture('rss/fixtures/dev-notes-zh-tw.atom.xml') },
  '/slow': () => 'hang',
  '/api/v1/timelines/tag/limited': () => ({ status: 429, headers: { 'content-type': 'application/json', 'retry-after': '600' }, body: fixture('mastodon/fixtures/error-429.json') }),
  '/api/v1/timelines/tag/broken': () => ({ status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Internal Server Error</h1>' }),
  '/api/v1/timelines/tag/busy': (request) => {
    const maxId = request.url.searchParams.get('max_id');
    if (maxId === null) return page(request, 1000, 40);
    if (maxId === '961') return page(request, 960, 40);
    return state.busyPage3 === 'down' ? { status: 502, headers: { 'content-type': 'text/html' }, body: fixture('mastodon/fixtures/error-502-nginx.txt').toString() } : json(statuses(920, 5));
  },
  '/api/v1/timelines/tag/endless': (request) => {
    const top = Number(request.url.searchParams.get('max_id') ?? '5001') - 1;
    return page(request, top, 40);
  },
  '/api/v2/search': (request) =>
    request.headers.authorization === 'Bearer good-token'
      ? { headers: { 'content-type': 'application/json' }, body: fixture('mastodon/fixtures/search-statuses.json') }
      : { status: 401, headers: { 'content-type': 'application/json' }, body: fixture('mastodon/fixtures/error-401.json') },
};

let t: TestApp;
let server: ReplayServer;
let owner: TestClient;
let ws: string;
let deps: AppDeps;
const NOW = new Date('2024-03-03T00:00:00Z');

before(async () => {
  [t, server] = await Promise.all([createTestApp(), startReplayServer((request) => ROUTES[request.path]?.(request) ?? { status: 404, body: 'Not Found' })]);
  t.clock.now = NOW;
  deps = { db: t.database.db, config: testConfig(), secrets: createSecretBox('test-secret-key-test-secret-key-0123456789'), jobs: t.jobs, now: () => t.clock.now };
  owner = t.client();
  const org = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await newWorkspace(owner, org, 'Polling');
});
after(async () => {
  await Promise.all([t.close(), server.close()]);
});

const rssSource = async (name: string, path: string) => (await owner.post(api(ws, '/sources'), { name, config: { kind: 'rss', url: `${server.origin}${path}` } })).body.id as string;
const tagSource = async (tag: string) => (await owner.post(api(ws, '/sources'), { name: `#${tag}`, config: { kind: 'mastodon', instanceUrl: server.origin, mode: 'hashtag', query: tag } })).body.id as string;
const row = async (id: string) => (await t.database.db.select().from(listeningSources).where(eq(listeningSources.id, id)))[0]!;
const stored = async (id: string) => (await t.database.db.select({ id: mentions.id }).from(mentions).where(eq(mentions.sourceId, id))).length;
const waitMs = async (id: string) => (await row(id)).nextPollAt!.getTime() - t.clock.now.getTime();
const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);

/** Claims one source the way the due round does (a lease as token) and runs its poll job. */
async function pollOnce(id: string, options: PollOptions = {}, pollDeps: AppDeps = deps) {
  const claim = new Date(t.clock.now.getTime() + 600_000);
  await t.database.db.update(listeningSources).set({ claimedUntil: claim }).where(eq(listeningSources.id, id));
  return pollSource(pollDeps, { sourceId: id, claim: claim.toISOString() }, { random: () => 0.5, timeoutMs: 2_000, ...options });
}

test('a feed is read into mentions; the next poll sends its ETag, gets 304 and adds nothing', async () => {
  const id = await rssSource('Techwire', '/feed/');
  assert.deepEqual(await pollOnce(id), { polled: true, accepted: 2 });
  const first = await row(id);
  assert.deepEqual([first.status, first.consecutiveFailures, first.lastError, first.claimedUntil], ['ok', 0, null, null]);
  assert.equal(await waitMs(id), 30 * 60_000);
  assert.deepEqual(JSON.parse((first.cursor as { cursor: string }).cursor), { etag: ETAG });
  const kept = await t.database.db.select({ channel: mentions.channel, kind: mentions.sourceKind, author: mentions.author }).from(mentions).where(eq(mentions.sourceId, id));
  assert.deepEqual(kept.map((m) => [m.channel, m.kind]), [['blog', 'rss'], ['blog', 'rss']]);
  assert.equal(kept[0]!.author, 'สมชาย ใจดี');

  t.clock.now = new Date(NOW.getTime() + 31 * 60_000);
  assert.deepEqual(await pollOnce(id), { polled: true, accepted: 0 });
  assert.equal(requestsTo('/feed/').at(-1)!.headers['if-none-match'], ETAG);
  assert.equal((await row(id)).lastPolledAt!.toISOString(), t.clock.now.toISOString());
  const listed = (await owner.get(api(ws, '/sources'))).body.sources.find((s: { id: string }) => s.id === id);
  assert.deepEqual([listed.mentions, listed.status], [2, 'ok']);
  t.clock.now = NOW;
});

test('a web page instead of the feed marks the source failing with the reason, keeps its mentions, and it recovers', async () => {
  const id = await rssSource('Flaky', '/flaky');
  await pollOnce(id);
  state.flaky = 'html';
  await pollOnce(id);
  const failing = (await owner.get(api(ws, '/sources'))).body.sources.find((s: { id: string }) => s.id === id);
  assert.equal(failing.status, 'failing');
  assert.equal(failing.lastErrorCode, 'bad_response');
  assert.match(failing.lastError, /\/flaky returns a web page, not a feed\./);
  assert.equal(failing.consecutiveFailures, 1);
  assert.equal(failing.mentions, 1);
  assert.equal(await waitMs(id), 22_500);

  state.flaky = 'feed';
  await pollOnce(id);
  const recovered = await row(id);
  assert.deepEqual([recovered.status, recovered.lastError, recovered.lastErrorCode, recovered.consecutiveFailures], ['ok', null, null, 0]);
  assert.equal(await stored(id), 1);
});

test('a Mastodon 429 with Retry-After is not asked again before the time it gave', async () => {
  const id = await tagSource('limited');
  await pollOnce(id);
  const limited = await row(id);
  assert.deepEqual([limited.status, limited.lastErrorCode], ['failing', 'rate_limited']);
  assert.match(limited.lastError ?? '', /is limiting our requests \(HTTP 429\); it asks us to wait 10 min/);
  // 600 s asked, plus our own spread (half of the 30 s at most) so limited sources do not all return at once.
  assert.equal(await waitMs(id), 615_000);
});

test('a server answering 500 is retried with a pause that grows with each failure', async () => {
  const id = await tagSource('broken');
  const waits = [];
  for (let i = 0; i < 4; i++) {
    await pollOnce(id);
    waits.push(await waitMs(id));
  }
  assert.deepEqual(waits, [22_500, 45_000, 90_000, 180_000]);
  const failing = await row(id);
  assert.equal(failing.consecutiveFailures, 4);
  assert.match(failing.lastError ?? '', /failed with HTTP 500; it is probably down for a while\.$/);
});

test('a server that never answers fails at the deadline', async () => {
  const id = await rssSource('Slow', '/slow');
  const started = Date.now();
  await pollOnce(id, { timeoutMs: 300 });
  assert.ok(Date.now() - started < 2_000);
  const slow = await row(id);
  assert.deepEqual([slow.status, slow.lastErrorCode], ['failing', 'unavailable']);
  assert.match(slow.lastError ?? '', /\/slow did not answer within 0\.3 s\./);
});

test('pages are stored one by one: a failure on page 3 keeps pages 1 and 2, and the next poll goes on from there', async () => {
  const id = await tagSource('busy');
  assert.deepEqual(await pollOnce(id), { polled: true, accepted: 80 });
  assert.equal((await row(id)).status, 'failing');
  assert.equal(await stored(id), 80);
  state.busyPage3 = 'up';
  assert.deepEqual(await pollOnce(id), { polled: true, accepted: 5 });
  assert.equal(requestsTo('/api/v1/timelines/tag/busy').at(-1)!.url.searchParams.get('max_id'), '921');
  const done = await row(id);
  assert.deepEqual([done.status, done.consecutiveFailures], ['ok', 0]);
  assert.equal(await stored(id), 85);
});

test('one run reads at most five pages and comes back a minute later for the rest', async () => {
  const id = await tagSource('endless');
  assert.deepEqual(await pollOnce(id), { polled: true, accepted: 200 });
  assert.equal(requestsTo('/api/v1/timelines/tag/endless').length, 5);
  assert.equal((await row(id)).status, 'ok');
  assert.equal(await waitMs(id), 60_000);
});

test('the access token is unsealed for the fetch; refused credentials wait for a person', async () => {
  const config = { kind: 'mastodon', instanceUrl: server.origin, mode: 'search', query: 'Shopee' };
  const good = (await owner.post(api(ws, '/sources'), { name: 'Search', config, secret: 'good-token' })).body.id as string;
  assert.deepEqual(await pollOnce(good), { polled: true, accepted: 1 });
  const bad = (await owner.post(api(ws, '/sources'), { name: 'Search 2', config, secret: 'revoked-token' })).body.id as string;
  await pollOnce(bad);
  const refused = await row(bad);
  assert.deepEqual([refused.status, refused.lastErrorCode], ['failing', 'auth_expired']);
  assert.match(refused.lastError ?? '', /refused our credentials \(HTTP 401\).*This needs someone to change the source: until then it is tried only once a day\.$/);
  assert.equal(await waitMs(bad), 24 * 3600_000);
});

test('without ALLOW_PRIVATE_SOURCE_URLS a poll refuses a loopback address before any request', async () => {
  const id = await rssSource('Inside', '/feed/');
  const before = server.requests.length;
  await pollOnce(id, {}, { ...deps, config: testConfig({ allowPrivateSourceUrls: false }) });
  const blocked = await row(id);
  assert.deepEqual([blocked.status, blocked.lastErrorCode], ['failing', 'address_blocked']);
  assert.equal(server.requests.length, before);
});

test('a name that resolved publicly before the poll but privately as the socket connects fails the poll, naming the address', async () => {
  const port = new URL(server.origin).port;
  const id = (await owner.post(api(ws, '/sources'), { name: 'Rebinding', config: { kind: 'rss', url: `http://rebind.example:${port}/feed/` } })).body.id as string;
  // DNS rebinding: the check before the poll is told a public address, the connection a loopback one.
  let lookups = 0;
  const rebinding = async () => (lookups++ === 0 ? ['93.184.215.14'] : ['127.0.0.1']);
  const before = server.requests.length;
  await pollOnce(id, { resolve: rebinding }, { ...deps, config: testConfig({ allowPrivateSourceUrls: false }) });
  const blocked = await row(id);
  assert.deepEqual([blocked.status, blocked.lastErrorCode, lookups], ['failing', 'address_blocked', 2]);
  assert.match(blocked.lastError ?? '', /^http:\/\/rebind\.example:\d+\/feed\/ leads to rebind\.example \(127\.0\.0\.1\), a loopback or private-network address.*ALLOW_PRIVATE_SOURCE_URLS=true\. This needs someone/);
  assert.equal(await waitMs(id), 24 * 3600_000);
  assert.equal(server.requests.length, before);
  // The instance that allows private addresses reads the same source.
  await pollOnce(id, { resolve: async () => ['127.0.0.1'] });
  assert.deepEqual([(await row(id)).status, server.requests.length], ['ok', before + 1]);
});

test('two due rounds at once claim each source once; a job delivered twice polls once', async () => {
  // Only this test's sources are due.
  await t.database.db.update(listeningSources).set({ enabled: false }).where(ne(listeningSources.workspaceId, ws));
  await t.database.db.update(listeningSources).set({ enabled: false }).where(eq(listeningSources.workspaceId, ws));
  const ids = [await rssSource('Due 1', '/feed/'), await rssSource('Due 2', '/feed/'), await rssSource('Due 3', '/feed/')];
  const claimed = (await Promise.all([claimDueSources(t.database.db, NOW), claimDueSources(t.database.db, NOW)])).flat();
  assert.deepEqual(claimed.map((c) => c.sourceId).sort(), [...ids].sort());
  assert.deepEqual(await claimDueSources(t.database.db, NOW), []);

  // Leases run out: the due round claims them again and queues one job per source.
  await t.jobs.boss.deleteAllJobs('listening.poll-source');
  const later = new Date(NOW.getTime() + 11 * 60_000);
  t.clock.now = later;
  const rounds = await Promise.all([queueDuePolls(deps), queueDuePolls(deps)]);
  assert.equal(rounds[0].queued + rounds[1].queued, 3);
  const jobs = await t.jobs.boss.fetch<Record<string, unknown>>('listening.poll-source', { batchSize: 10 });
  assert.equal(jobs.length, 3);
  const before = requestsTo('/feed/').length;
  const results = [];
  for (const job of [...jobs, ...jobs]) results.push((await pollSource(deps, job.data)).polled);
  assert.deepEqual(results, [true, true, true, false, false, false]);
  assert.equal(requestsTo('/feed/').length - before, 3);
  for (const id of ids) assert.deepEqual([(await row(id)).status, (await row(id)).claimedUntil], ['ok', null]);
  t.clock.now = NOW;
});
