import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { API_ROUTES } from '../routes.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-support/test-app.ts';
import { BODY_LIMIT } from '../app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
  await t.client().setup('owner@example.com');
});
after(() => t.close());

test('malformed JSON is a 400 with code malformed_json', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.code, 'malformed_json');
});

test('a body over the limit is a 413 and nothing is processed', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'x'.repeat(BODY_LIMIT) }) });
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().error.code, 'payload_too_large');
});

test('unknown fields are refused with their path', async () => {
  const res = await t.client().post('/api/v1/auth/login', { email: 'owner@example.com', password: 'x', admin: true });
  assert.equal(res.status, 400);
  assert.equal(res.body.error.code, 'validation_failed');
  assert.deepEqual(res.body.error.details, [{ path: 'body.admin', message: 'unknown field' }]);
});

test('each invalid field is reported with its path', async () => {
  const res = await t.client().post('/api/v1/setup', { name: '', email: 'nope', password: 'short', organizationName: 'X', locale: 'fr' });
  assert.equal(res.status, 400);
  const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
  assert.deepEqual(paths, ['body.email', 'body.locale', 'body.name', 'body.password']);
});

test('a form post is refused: the API speaks JSON only', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a&password=b' });
  assert.equal(res.statusCode, 415);
  assert.equal(res.json().error.code, 'unsupported_media_type');
});

test('cookie-authenticated writes need the CSRF token', async () => {
  const client = t.client();
  await client.login('owner@example.com');
  const missing = await client.request('PATCH', '/api/v1/me', { name: 'Hacked' }, { 'x-csrf-token': '' });
  assert.equal(missing.status, 403);
  assert.equal(missing.body.error.code, 'csrf_failed');
  const ok = await client.patch('/api/v1/me', { name: 'Olivia' });
  assert.equal(ok.status, 200);
});

test('writes from another origin are refused', async () => {
  const res = await t.client().request('POST', '/api/v1/auth/login', { email: 'owner@example.com', password: TEST_PASSWORD }, { origin: 'https://evil.example' });
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'csrf_failed');
});

test('unknown API paths answer a JSON 404', async () => {
  const res = await t.client().get('/api/v1/nothing-here');
  assert.equal(res.status, 404);
  assert.equal(res.body.error.code, 'not_found');
});

test('health and readiness probes answer', async () => {
  assert.deepEqual((await t.client().get('/healthz')).body, { status: 'ok' });
  const ready = await t.client().get('/readyz');
  assert.equal(ready.status, 200);
  assert.deepEqual(ready.body.checks, { database: 'ok', jobs: 'ok' });
});

test('responses carry security headers', async () => {
  const res = await t.client().get('/healthz');
  assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
});

test('the OpenAPI document describes every route from the same schemas', async () => {
  const res = await t.client().get('/api/v1/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.0.3');
  for (const route of API_ROUTES) {
    const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const op = res.body.paths[path]?.[route.method.toLowerCase()];
    assert.ok(op, `${route.method} ${path} is documented`);
    if (route.body) assert.ok(op.requestBody.content['application/json'].schema.properties, `${path} documents its body`);
  }
  const setup = res.body.paths['/api/v1/setup'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(setup.required.sort(), ['email', 'name', 'organizationName', 'password']);
  assert.equal(setup.additionalProperties, false);
});
