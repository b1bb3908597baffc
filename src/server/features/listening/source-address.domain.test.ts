import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPrivateAddress } from '../../connectors/private-address.domain.ts';
import { hostOf, sourceUrls } from './source-address.domain.ts';
import { blockedAddressReason } from './source-address.service.ts';

test('loopback, private, link-local and reserved addresses are private; public ones are not', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
    assert.equal(isPrivateAddress(address), true, address);
  }
  for (const address of ['::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'ff02::1']) {
    assert.equal(isPrivateAddress(address), true, address);
  }
  for (const address of ['1.1.1.1', '93.184.215.14', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isPrivateAddress(address), false, address);
  }
  assert.equal(isPrivateAddress('not an address'), true);
});

test('hosts come out of URLs as a resolver takes them, odd IPv4 spellings normalised', () => {
  assert.equal(hostOf('http://[::1]:8080/feed'), '::1');
  assert.equal(hostOf('http://0x7f.1/feed'), '127.0.0.1');
  assert.equal(hostOf('http://2130706433/'), '127.0.0.1');
  assert.equal(hostOf('https://Mastodon.Social/'), 'mastodon.social');
  assert.deepEqual(sourceUrls({ kind: 'mastodon', instanceUrl: 'https://m.example', mode: 'hashtag', query: 'coffee' }), [{ path: 'body.config.instanceUrl', url: 'https://m.example' }]);
});

test('a URL is blocked when its host is, or resolves to, a private address; unresolvable hosts pass', async () => {
  const resolve = async (host: string) => {
    if (host === 'intranet.example') return ['93.184.215.14', '10.0.0.8'];
    if (host === 'news.example') return ['93.184.215.14'];
    throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  };
  assert.match((await blockedAddressReason('http://127.0.0.1:9/feed', resolve)) ?? '', /points at 127\.0\.0\.1, a loopback or private-network address/);
  assert.match((await blockedAddressReason('https://intranet.example/rss', resolve)) ?? '', /intranet\.example \(10\.0\.0\.8\).*ALLOW_PRIVATE_SOURCE_URLS=true/);
  assert.equal(await blockedAddressReason('https://news.example/rss', resolve), null);
  assert.equal(await blockedAddressReason('https://gone.example/rss', resolve), null);
  assert.match((await blockedAddressReason('http://[::ffff:7f00:1]/', resolve)) ?? '', /points at ::ffff:7f00:1/);
});
