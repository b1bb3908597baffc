import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test-support/test-app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('first run: setup creates the owner, signs in, and cannot run twice', async () => {
  const anon = t.client();
  assert.deepEqual((await anon.get('/api/v1/setup/status')).body, { needsSetup: true });
  const res = await anon.post('/api/v1/setup', { name: 'Ploy', email: 'Ploy@Example.com', password: TEST_PASSWORD, organizationName: 'บ้านดอย', locale: 'th' });
  assert.equal(res.status, 201);
  assert.equal(res.body.user.email, 'ploy@example.com');
  assert.equal(res.body.user.locale, 'th');
  assert.equal(res.body.user.calendar, 'buddhist', 'a Thai owner starts on the Buddhist calendar');
  assert.equal(res.body.user.isInstanceAdmin, true);
  assert.deepEqual(res.body.organizations.map((o: { name: string; role: string }) => [o.name, o.role]), [['บ้านดอย', 'owner']]);
  const cookie = res.raw.cookies.find((c) => c.name === 'sp_session')!;
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.notEqual(cookie.secure, true, 'plain http in tests: not Secure');
  assert.deepEqual((await anon.get('/api/v1/setup/status')).body, { needsSetup: false });
  const again = await t.client().post('/api/v1/setup', { name: 'Eve', email: 'eve@example.com', password: TEST_PASSWORD, organizationName: 'Evil' });
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'setup_already_done');
});

test('sign-in is case-insensitive on e-mail; a wrong password is a 401', async () => {
  const client = t.client();
  assert.equal((await client.login('PLOY@example.com')).status, 200);
  const wrong = await t.client().login('ploy@example.com', 'not the password');
  assert.equal(wrong.status, 401);
  assert.equal(wrong.body.error.code, 'invalid_credentials');
  const unknown = await t.client().login('nobody@example.com');
  assert.equal(unknown.body.error.code, 'invalid_credentials', 'unknown accounts look the same as wrong passwords');
});

test('repeated failures are rate-limited with Retry-After, and the limit lifts with time', async () => {
  for (let i = 0; i < 5; i++) await t.client().login('target@example.com', 'guess');
  const blocked = await t.client().login('target@example.com', 'guess');
  assert.equal(blocked.status, 429);
  assert.equal(blocked.body.error.code, 'too_many_attempts');
  assert.ok(Number(blocked.headers['retry-after']) > 0);
  t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
  assert.equal((await t.client().login('target@example.com', 'guess')).status, 401);
});

test('sign-out ends the session on the server, not just the cookie', async () => {
  const client = t.client();
  await client.login('ploy@example.com');
  const stolen = client.cookie;
  assert.equal((await client.post('/api/v1/auth/logout')).status, 200);
  const replay = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: stolen! } });
  assert.equal(replay.statusCode, 401);
});

test('sessions expire after 30 idle days', async () => {
  const client = t.client();
  await client.login('ploy@example.com');
  t.clock.now = new Date(t.clock.now.getTime() + 31 * 86_400_000);
  assert.equal((await client.get('/api/v1/session')).status, 401);
});

test('profile: language and Buddhist calendar are saved', async () => {
  const client = t.client();
  await client.login('ploy@example.com');
  const res = await client.patch('/api/v1/me', { locale: 'zh-Hant', calendar: 'buddhist' });
  assert.equal(res.status, 200);
  assert.equal(res.body.locale, 'zh-Hant');
  assert.equal((await client.get('/api/v1/session')).body.user.calendar, 'buddhist');
  assert.equal((await client.patch('/api/v1/me', { calendar: 'islamic' })).status, 400);
});

test('password change needs the current one and signs out other sessions', async () => {
  const here = t.client();
  await here.login('ploy@example.com');
  const elsewhere = t.client();
  await elsewhere.login('ploy@example.com');
  const wrong = await here.post('/api/v1/me/password', { currentPassword: 'nope', newPassword: 'a brand new password' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.error.code, 'wrong_password');
  assert.equal((await here.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' })).status, 200);
  assert.equal((await here.get('/api/v1/session')).status, 200, 'this session stays');
  assert.equal((await elsewhere.get('/api/v1/session')).status, 401, 'other sessions end');
  assert.equal((await t.client().login('ploy@example.com', 'a brand new password')).status, 200);
});

test('the session cookie is Secure when the public URL is https', async () => {
  const secure = await createTestApp({ config: { publicUrl: 'https://plan.example.com' } });
  try {
    const res = await secure.client().request('POST', '/api/v1/setup', { name: 'A', email: 'a@example.com', password: TEST_PASSWORD, organizationName: 'A' });
    assert.equal(res.raw.cookies.find((c) => c.name === 'sp_session')?.secure, true);
  } finally {
    await secure.close();
  }
});
