import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type Replay, type ReplayServer, startReplayServer } from '../test-support/replay-server.ts';
import type { AddressPolicy } from './address-guard.ts';
import { blueskyConnector } from './bluesky/bluesky.connector.ts';
import { AddressBlocked, Rejected } from './connector-errors.ts';
import { fetchLimited } from './http-fetch.ts';
import { mastodonConnector } from './mastodon/mastodon.connector.ts';
import { isPrivateAddress } from './private-address.domain.ts';
import { rssConnector } from './rss/rss.connector.ts';

/*
 * Loopback is private, so the servers here are exactly what the guard must refuse. To test a
 * redirect from a public server into the private network, 127.0.0.2 plays the public server: the
 * tests that need it judge addresses with `isPrivate` below, where only that one address passes.
 */

let inside: ReplayServer; // 127.0.0.1: the server's own network
let outside: ReplayServer; // 127.0.0.2: stands in for a public server
let port: number;
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Inside</title><item><guid>1</guid><title>Secret</title></item></channel></rss>';

before(async () => {
  inside = await startReplayServer((request): Replay => {
    if (request.path === '/echo') return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: request.method, authorization: request.headers.authorization ?? null }) };
    if (request.path === '/gzip') return { headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, body: gzipSync('กาแฟ decompressed') };
    return { headers: { 'content-type': 'application/rss+xml' }, body: FEED };
  });
  port = Number(new URL(inside.origin).port);
  outside = await startReplayServer(
    (request) => {
      if (request.path === '/to-inside') return { status: 302, headers: { location: `${inside.origin}/feed` } };
      if (request.path === '/to-localhost') return { status: 301, headers: { location: `http://localhost:${port}/feed` } };
      if (request.path === '/to-echo') return { status: 303, headers: { location: `${inside.origin}/echo` } };
      if (request.path.startsWith('/loop/')) return { status: 307, headers: { location: `/loop/${Number(request.path.slice(6)) + 1}` } };
      return { status: 404, body: '' };
    },
    { host: '127.0.0.2' },
  );
});
after(() => Promise.all([inside.close(), outside.close()]));

const resolve = async (host: string) => {
  if (host === 'news.example' || host === 'localhost') return ['127.0.0.1'];
  if (host === 'mixed.example') return ['93.184.215.14', '127.0.0.1'];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};
const outsideIsPublic = (address: string) => address !== '127.0.0.2' && isPrivateAddress(address);
const strict: AddressPolicy = { allowPrivate: false, resolve, isPrivate: outsideIsPublic };
const allowed: AddressPolicy = { allowPrivate: true, resolve };
const get = (url: string, addressPolicy?: AddressPolicy, extra: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  fetchLimited(url, { timeoutMs: 5_000, maxBytes: 100_000, addressPolicy, ...extra });
const text = (body: Uint8Array) => new TextDecoder().decode(body);

function refused(pattern: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof AddressBlocked, String(error));
    assert.equal(error.code, 'address_blocked');
    assert.equal(error.retryable, false);
    assert.match(error.message, pattern);
    assert.match(error.message, /ALLOW_PRIVATE_SOURCE_URLS=true/);
    return true;
  };
}

test('with private addresses refused, loopback is refused before anything is sent, however it is written', async () => {
  const before = inside.requests.length;
  await assert.rejects(get(`${inside.origin}/feed`), refused(/leads to 127\.0\.0\.1, a loopback or private-network address/));
  await assert.rejects(get(`http://[::ffff:127.0.0.1]:${port}/feed`, strict), refused(/\[::ffff:127\.0\.0\.1\]:\d+\/feed leads to ::ffff:7f00:1,/));
  await assert.rejects(get(`http://0x7f.1:${port}/feed`, strict), AddressBlocked);
  assert.equal(inside.requests.length, before);
});

test('a public-looking name that resolves into the private network is refused where the socket connects', async () => {
  const before = inside.requests.length;
  await assert.rejects(get(`http://news.example:${port}/feed`, strict), refused(/news\.example:\d+\/feed leads to news\.example \(127\.0\.0\.1\)/));
  // One private answer among public ones is enough: which one a socket would pick is not ours to choose.
  await assert.rejects(get(`http://mixed.example:${port}/feed`, strict), refused(/mixed\.example \(127\.0\.0\.1\)/));
  assert.equal(inside.requests.length, before);
});

test('a redirect from a public server into the private network is refused on that hop', async () => {
  const before = inside.requests.length;
  await assert.rejects(get(`${outside.origin}/to-inside`, strict), refused(/\/to-inside redirects to http:\/\/127\.0\.0\.1:\d+\/feed, which leads to 127\.0\.0\.1,/));
  await assert.rejects(get(`${outside.origin}/to-localhost`, strict), refused(/redirects to http:\/\/localhost:\d+\/feed, which leads to localhost \(127\.0\.0\.1\)/));
  assert.equal(inside.requests.length, before);
  assert.deepEqual(outside.requests.slice(-2).map((r) => r.path), ['/to-inside', '/to-localhost']);
});

test('when the instance allows private addresses, the same requests go through', async () => {
  const direct = await get(`http://news.example:${port}/feed`, allowed);
  assert.deepEqual([direct.status, text(direct.body)], [200, FEED]);
  const redirected = await get(`${outside.origin}/to-localhost`, allowed);
  assert.deepEqual([redirected.status, redirected.url, text(redirected.body)], [200, `http://localhost:${port}/feed`, FEED]);
});

test('redirects stop after five hops; a 303 turns a POST into a GET and credentials stay with their origin', async () => {
  const before = outside.requests.length;
  await assert.rejects(get(`${outside.origin}/loop/0`, strict), (error: unknown) => error instanceof Rejected && /redirects more than 5 times/.test(error.message));
  assert.equal(outside.requests.length - before, 6);
  const echoed = await get(`${outside.origin}/to-echo`, { allowPrivate: true }, { method: 'POST', body: '{}', headers: { Authorization: 'Bearer secret', 'content-type': 'application/json' } });
  assert.deepEqual(JSON.parse(text(echoed.body)), { method: 'GET', authorization: null });
  const zipped = await get(`${inside.origin}/gzip`, { allowPrivate: true });
  assert.equal(text(zipped.body), 'กาแฟ decompressed');
});

test('every connector refuses the private network unless its caller allows it', async () => {
  await assert.rejects(rssConnector.fetchMentions({ config: { url: `${inside.origin}/feed` }, cursor: null }), AddressBlocked);
  await assert.rejects(mastodonConnector.fetchMentions({ config: { instanceUrl: inside.origin, query: { kind: 'hashtag', tag: 'coffee' } }, cursor: null }), AddressBlocked);
  await assert.rejects(blueskyConnector.fetchMentions({ config: { serviceUrl: `http://news.example:${port}`, query: { kind: 'search', text: 'coffee' } }, cursor: null, addressPolicy: strict }), AddressBlocked);
  const feed = await rssConnector.fetchMentions({ config: { url: `http://news.example:${port}/feed` }, cursor: null, addressPolicy: allowed });
  assert.deepEqual(feed.mentions.map((m) => m.text), ['Secret']);
});
