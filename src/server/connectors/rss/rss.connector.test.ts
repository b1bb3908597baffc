import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { LOOPBACK_ALLOWED, type Replay, type ReplayServer, startReplayServer } from '../../test-support/replay-server.ts';
import { AuthExpired, BadResponse, RateLimited, Rejected, Unavailable } from '../connector-errors.ts';
import { createRssConnector } from './rss.connector.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const NOW = new Date('2024-03-05T00:00:00Z');
const connector = createRssConnector({ now: () => NOW });
const ETAG = '"48213-1709289000"';
const LAST_MODIFIED = 'Fri, 01 Mar 2024 11:05:12 GMT';

const routes: Record<string, (headers: Record<string, string | string[] | undefined>) => Replay> = {
  '/feed/': (headers): Replay => {
    if (headers['if-none-match'] === ETAG) return { status: 304, headers: { etag: ETAG } };
    return { headers: { 'content-type': 'application/rss+xml; charset=UTF-8', etag: ETAG, 'last-modified': LAST_MODIFIED }, body: fixture('techwire-th.rss.xml') };
  },
  '/atom.xml': () => ({ headers: { 'content-type': 'application/atom+xml' }, body: fixture('dev-notes-zh-tw.atom.xml') }),
  // Mislabelled as UTF-8 by the server, as old Thai forums often are; the prolog says TIS-620.
  '/tis620.xml': () => ({ headers: { 'content-type': 'text/xml; charset=utf-8' }, body: fixture('forum-tis620.rss.xml') }),
  '/page': () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: fixture('web-page.html') }),
  '/truncated.xml': () => ({ headers: { 'content-type': 'application/xml' }, body: fixture('truncated.rss.xml') }),
  '/slow': () => 'hang',
  // Declares more than it sends: refused on the header alone, before any body arrives.
  '/huge': () => ({ headers: { 'content-type': 'application/rss+xml', 'content-length': '50000000' }, body: '<rss>' }),
  '/limited': () => ({ status: 429, headers: { 'retry-after': '120', 'content-type': 'text/plain' }, body: 'Too Many Requests' }),
  '/broken': () => ({ status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Internal Server Error</h1>' }),
  '/private': () => ({ status: 401, headers: { 'www-authenticate': 'Basic realm="feed"' }, body: '' }),
};

let server: ReplayServer;
before(async () => {
  server = await startReplayServer((request) => routes[request.path]?.(request.headers) ?? { status: 404, body: 'Not Found' });
});
after(() => server.close());

const fetchFeed = (path: string, extra: { cursor?: string | null; since?: string; timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {}) =>
  connector.fetchMentions({
    addressPolicy: LOOPBACK_ALLOWED,
    config: { url: `${server.origin}${path}`, timeoutMs: extra.timeoutMs, maxBytes: extra.maxBytes },
    cursor: extra.cursor ?? null,
    since: extra.since,
    signal: extra.signal,
  });

test('an RSS 2.0 feed becomes plain-text mentions with the validators as cursor', async () => {
  const result = await fetchFeed('/feed/');
  assert.equal(result.mentions.length, 3);
  assert.deepEqual(result.mentions[0], {
    externalId: 'https://techwire.example/?p=48213',
    channel: 'rss',
    text: 'Shopee เปิดบริการส่งด่วนภายใน 2 ชั่วโมงในกรุงเทพฯ\nShopee ประกาศบริการ ส่งด่วนภายใน 2 ชั่วโมง สำหรับลูกค้าในกรุงเทพฯ และปริมณฑล\nผู้ใช้หลายคนบ่นว่า “ค่าส่งแพงไปหน่อย” แต่ก็ชอบความเร็ว',
    publishedAt: '2024-03-01T10:30:00.000Z',
    url: 'https://techwire.example/2024/03/01/shopee-express-2-hours/',
    author: { name: 'สมชาย ใจดี', handle: 'techwire.example', url: 'https://techwire.example/' },
    language: 'th-TH',
    metrics: { likes: null, shares: null, comments: 12, reach: null },
  });
  assert.equal(result.mentions[1]!.text, 'รีวิว Lazada 3.3 ลดจริงหรือไม่ & คุ้มไหม\nเราเทียบราคาสินค้า 50 รายการก่อนและระหว่างแคมเปญ 3.3 & พบว่า...');
  // A relative item link resolves against the feed's address; the guid-less item falls back to it.
  assert.equal(result.mentions[2]!.url, `${server.origin}/2024/02/20/line-man-commission/`);
  assert.equal(result.hasMore, false);
  assert.deepEqual(JSON.parse(result.nextCursor!), { etag: ETAG, lastModified: LAST_MODIFIED });
  assert.match(String(server.requests.at(-1)!.headers.accept), /application\/rss\+xml/);
});

test('an unchanged feed answers 304: no mentions, the cursor is kept', async () => {
  const first = await fetchFeed('/feed/');
  const second = await fetchFeed('/feed/', { cursor: first.nextCursor });
  const request = server.requests.at(-1)!;
  assert.equal(request.headers['if-none-match'], ETAG);
  assert.equal(request.headers['if-modified-since'], LAST_MODIFIED);
  assert.deepEqual(second, { mentions: [], nextCursor: first.nextCursor, hasMore: false });
});

test('since drops older items; an unreadable cursor only costs a full fetch', async () => {
  const result = await fetchFeed('/feed/', { since: '2024-02-25T00:00:00Z', cursor: 'not json' });
  assert.deepEqual(result.mentions.map((mention) => mention.publishedAt), ['2024-03-01T10:30:00.000Z', '2024-02-28T02:15:00.000Z']);
  assert.equal(server.requests.at(-1)!.headers['if-none-match'], undefined);
});

test('Atom in Traditional Chinese and a TIS-620 feed mislabelled as UTF-8', async () => {
  const atom = await fetchFeed('/atom.xml');
  assert.equal(atom.mentions[0]!.text, '蝦皮購物結帳流程改版 & 使用心得\n這次改版後，結帳速度快了很多，客服回覆也很好。\n不過運費計算還是有點混亂。');
  assert.deepEqual([atom.mentions[0]!.language, atom.mentions[0]!.author.name, atom.mentions[0]!.author.handle], ['zh-TW', '陳怡君', 'notes.example.tw']);
  assert.equal(atom.nextCursor, null);
  const thai = await fetchFeed('/tis620.xml');
  assert.equal(thai.mentions[0]!.text, 'ใครเคยสั่งของจาก Shopee แล้วได้ของไม่ตรงปกบ้างครับ\nสั่งเคสมือถือมา สีไม่ตรงกับรูปเลย ร้านค้าไม่ตอบแชท');
  assert.equal(thai.mentions[0]!.author.name, 'เว็บบอร์ดคนรักมือถือ');
});

test('a web page is a BadResponse that names the feed the page advertises', async () => {
  await assert.rejects(fetchFeed('/page'), (error: unknown) => {
    assert.ok(error instanceof BadResponse);
    assert.equal(error.message, `${server.origin}/page returns a web page, not a feed. The page names its feed: ${server.origin}/feed/?format=rss&lang=th. Use that address instead.`);
    return true;
  });
});

test('broken XML is a BadResponse with the line and column', async () => {
  await assert.rejects(fetchFeed('/truncated.xml'), (error: unknown) => error instanceof BadResponse && /did not return readable XML: .+ \(line \d+, column \d+\)\.$/.test(error.message));
});

test('a server that never answers is Unavailable once the timeout passes', async () => {
  const started = performance.now();
  await assert.rejects(fetchFeed('/slow', { timeoutMs: 300 }), (error: unknown) => {
    assert.ok(error instanceof Unavailable);
    assert.equal(error.message, `${server.origin}/slow did not answer within 0.3 s.`);
    return true;
  });
  assert.ok(performance.now() - started < 2_000);
});

test('HTTP errors: 429 with Retry-After, 500, 401 and 404', async () => {
  await assert.rejects(fetchFeed('/limited'), (error: unknown) => error instanceof RateLimited && error.retryAfterMs === 120_000 && error.status === 429);
  await assert.rejects(fetchFeed('/broken'), (error: unknown) => error instanceof Unavailable && error.retryable && error.status === 500);
  await assert.rejects(fetchFeed('/private'), (error: unknown) => error instanceof AuthExpired && !error.retryable);
  await assert.rejects(fetchFeed('/missing'), (error: unknown) => error instanceof Rejected && error.message === `${server.origin}/missing was not found (HTTP 404). Check the address.`);
});

test('a body over the size cap is refused without reading it all', async () => {
  await assert.rejects(fetchFeed('/feed/', { maxBytes: 1_000 }), (error: unknown) => error instanceof Rejected && /sent more than 1000 bytes/.test(error.message));
  await assert.rejects(fetchFeed('/huge'), (error: unknown) => error instanceof Rejected && /sent more than 10 MB/.test(error.message));
});

test('bad addresses, refused connections and the caller cancelling', async () => {
  await assert.rejects(connector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: { url: 'feed.example.com/rss' }, cursor: null }), Rejected);
  await assert.rejects(connector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: { url: 'ftp://feed.example.com/rss' }, cursor: null }), Rejected);
  const closed = await startReplayServer(() => ({ body: '' }));
  await closed.close();
  await assert.rejects(connector.fetchMentions({ addressPolicy: LOOPBACK_ALLOWED, config: { url: `${closed.origin}/feed` }, cursor: null }), (error: unknown) => error instanceof Unavailable && /connection was refused/.test(error.message));
  const controller = new AbortController();
  const pending = fetchFeed('/slow', { signal: controller.signal });
  controller.abort(new Error('job stopping'));
  await assert.rejects(pending, { message: 'job stopping' });
});
