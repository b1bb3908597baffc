import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig, parseRoles } from './config.ts';
import { StartupError } from './lib/app-error.ts';

function throwsStartup(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => error instanceof StartupError && pattern.test(error.message));
}

describe('loadConfig', () => {
  test('has working defaults for an empty environment', () => {
    assert.deepEqual(loadConfig({}), {
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      secretKey: undefined,
      publicUrl: undefined,
      logLevel: 'info',
      trustProxy: 'loopback',
      allowPrivateSourceUrls: false,
      demoMentions: 3000,
    });
  });

  test('DEMO_MENTIONS sets the size of the demo and refuses what is not a count', () => {
    assert.equal(loadConfig({ DEMO_MENTIONS: '500' }).demoMentions, 500);
    assert.equal(loadConfig({ DEMO_MENTIONS: '0' }).demoMentions, 0);
    throwsStartup(() => loadConfig({ DEMO_MENTIONS: '-1' }), /DEMO_MENTIONS must be a whole number/);
    throwsStartup(() => loadConfig({ DEMO_MENTIONS: '1e3' }), /got "1e3"/);
    throwsStartup(() => loadConfig({ DEMO_MENTIONS: '60000' }), /from 0 to 50000/);
  });

  test('treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', HOST: '', DATA_DIR: '', DATABASE_URL: '', SECRET_KEY: '', PUBLIC_URL: '', LOG_LEVEL: '' });
    assert.equal(config.port, 3000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.dataDir, path.resolve('./data'));
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.secretKey, undefined);
    assert.equal(config.publicUrl, undefined);
  });

  test('resolves DATA_DIR to an absolute path', () => {
    assert.equal(loadConfig({ DATA_DIR: 'var/socialplan' }).dataDir, path.resolve('var/socialplan'));
    assert.equal(loadConfig({ DATA_DIR: '/srv/socialplan' }).dataDir, '/srv/socialplan');
  });

  test('accepts ports from 0 to 65535', () => {
    assert.equal(loadConfig({ PORT: '0' }).port, 0);
    assert.equal(loadConfig({ PORT: '8080' }).port, 8080);
    assert.equal(loadConfig({ PORT: '65535' }).port, 65535);
  });

  test('rejects a PORT that is not a whole number in range', () => {
    for (const raw of ['65536', '-1', '3000.5', 'http', '3000abc']) {
      throwsStartup(() => loadConfig({ PORT: raw }), new RegExp(`PORT must be a whole number from 0 to 65535, got "${raw}"`));
    }
  });

  test('accepts postgres:// and postgresql:// DATABASE_URLs', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/sp' }).databaseUrl, 'postgres://u:p@db:5432/sp');
    assert.equal(loadConfig({ DATABASE_URL: 'postgresql://db/sp' }).databaseUrl, 'postgresql://db/sp');
  });

  test('rejects any other DATABASE_URL', () => {
    for (const raw of ['mysql://db/sp', 'db:5432/sp', ' postgres://db/sp']) {
      throwsStartup(() => loadConfig({ DATABASE_URL: raw }), /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
    }
  });

  test('normalises PUBLIC_URL without its trailing slash', () => {
    assert.equal(loadConfig({ PUBLIC_URL: 'https://plan.example.com/' }).publicUrl, 'https://plan.example.com');
    assert.equal(loadConfig({ PUBLIC_URL: 'https://plan.example.com' }).publicUrl, 'https://plan.example.com');
    assert.equal(loadConfig({ PUBLIC_URL: 'http://example.com:8080/socialplan/' }).publicUrl, 'http://example.com:8080/socialplan');
    assert.equal(loadConfig({ PUBLIC_URL: 'HTTPS://Plan.Example.com/' }).publicUrl, 'https://plan.example.com');
  });

  test('rejects a PUBLIC_URL that is not http(s)', () => {
    for (const raw of ['plan.example.com', 'ftp://plan.example.com', 'javascript:alert(1)']) {
      throwsStartup(() => loadConfig({ PUBLIC_URL: raw }), /PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/);
    }
  });

  test('trusts loopback proxies unless told otherwise', () => {
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy, '10.0.0.0/8');
  });

  test('allows private source addresses only when ALLOW_PRIVATE_SOURCE_URLS is true', () => {
    assert.equal(loadConfig({ ALLOW_PRIVATE_SOURCE_URLS: 'true' }).allowPrivateSourceUrls, true);
    assert.equal(loadConfig({ ALLOW_PRIVATE_SOURCE_URLS: 'false' }).allowPrivateSourceUrls, false);
    throwsStartup(() => loadConfig({ ALLOW_PRIVATE_SOURCE_URLS: 'yes' }), /ALLOW_PRIVATE_SOURCE_URLS must be true or false/);
  });

  test('passes SECRET_KEY, HOST and LOG_LEVEL through', () => {
    const config = loadConfig({ SECRET_KEY: 's'.repeat(40), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    assert.equal(config.secretKey, 's'.repeat(40));
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.logLevel, 'warn');
  });
});

describe('parseRoles', () => {
  test('defaults to web and worker', () => {
    assert.deepEqual(parseRoles(undefined), ['web', 'worker']);
    assert.deepEqual(parseRoles(''), ['web', 'worker']);
  });

  test('takes one role or both, trimmed and without duplicates', () => {
    assert.deepEqual(parseRoles('web'), ['web']);
    assert.deepEqual(parseRoles('worker'), ['worker']);
    assert.deepEqual(parseRoles(' worker , web,worker'), ['worker', 'web']);
  });

  test('rejects an unknown role', () => {
    throwsStartup(() => parseRoles('web,bogus'), /Unknown role "bogus"\. Use --roles web, --roles worker or --roles web,worker\./);
  });

  test('rejects a list without any role', () => {
    throwsStartup(() => parseRoles(' , '), /--roles needs at least one of: web, worker/);
  });
});
