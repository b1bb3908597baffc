import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LOGO_MAX_BYTES } from '../../../shared/api/workspace-logo.schemas.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';
import { zipEntries } from '../../test-support/zip-entries.ts';
import { base64, jpegHead, pngImage } from './workspace-logo.fixtures.ts';

let t: TestApp;
let owner: TestClient;
let viewer: TestClient;
let editor: TestClient;
let ws: string;

const logoUrl = () => `/api/v1/workspaces/${ws}/logo`;
const put = (client: TestClient, body: unknown) => client.request('PUT', logoUrl(), body);

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await createWorkspaceAs(owner, orgId, 'Logo');
  viewer = (await addMember(t, owner, ws, 'viewer@example.com', 'viewer')).client;
  editor = (await addMember(t, owner, ws, 'editor@example.com', 'editor')).client;
});
after(() => t.close());

test('an admin uploads a PNG; members get it back with its type, and the workspace says it has one', async () => {
  assert.equal((await viewer.get(logoUrl())).status, 404);
  assert.equal((await owner.get(`/api/v1/workspaces/${ws}`)).body.logoUpdatedAt, null);
  const png = pngImage(320, 80);
  const res = await put(owner, { mediaType: 'image/png', dataBase64: base64(png) });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual({ ...res.body, updatedAt: typeof res.body.updatedAt }, { mediaType: 'image/png', width: 320, height: 80, byteSize: png.length, updatedAt: 'string' });
  const image = await viewer.get(logoUrl());
  assert.equal(image.status, 200);
  assert.equal(image.headers['content-type'], 'image/png');
  assert.deepEqual(image.raw.rawPayload, png);
  assert.equal((await viewer.get(`/api/v1/workspaces/${ws}`)).body.logoUpdatedAt, res.body.updatedAt);
});

test('the logo goes into the HTML page and the Word document, not into Markdown', async () => {
  const html = (await viewer.get(`/api/v1/workspaces/${ws}/strategy/export.html`)).raw.body;
  assert.match(html, /<img src="data:image\/png;base64,[^"]+" alt="Logo" width="320" height="80">/);
  const docx = zipEntries((await viewer.get(`/api/v1/workspaces/${ws}/strategy/export.docx`)).raw.rawPayload);
  assert.equal([...docx.keys()].filter((name) => name.startsWith('word/media/')).length, 1);
  assert.doesNotMatch((await viewer.get(`/api/v1/workspaces/${ws}/strategy/export.md`)).raw.body, /data:image/);
});

test('a JPEG replaces it', async () => {
  const res = await put(owner, { mediaType: 'image/jpeg', dataBase64: base64(jpegHead(600, 300)) });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal((await viewer.get(logoUrl())).headers['content-type'], 'image/jpeg');
});

test('bytes that are not a PNG or JPEG are refused with what they are, and the logo stays', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ mediaType: 'image/png', dataBase64: base64(Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1')) }, /this is a GIF image, not a PNG or JPEG/],
    [{ mediaType: 'image/png', dataBase64: base64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')) }, /this is an SVG image/],
    [{ mediaType: 'image/png', dataBase64: base64(Buffer.from('hello')) }, /this is not a PNG or JPEG image/],
    [{ mediaType: 'image/jpeg', dataBase64: base64(pngImage(4, 4)) }, /a PNG image but was sent as image\/jpeg/],
  ];
  for (const [body, message] of cases) {
    const res = await put(owner, body);
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
    assert.equal(res.body.error.details[0].path, 'body.dataBase64');
    assert.match(res.body.error.details[0].message, message);
  }
  const notBase64 = await put(owner, { mediaType: 'image/png', dataBase64: 'data:image/png;base64,AAAA' });
  assert.equal(notBase64.status, 400);
  assert.match(notBase64.body.error.details[0].message, /not base64/);
  const webp = await put(owner, { mediaType: 'image/webp', dataBase64: 'AAAA' });
  assert.equal(webp.body.error.details[0].path, 'body.mediaType');
  assert.equal((await viewer.get(logoUrl())).headers['content-type'], 'image/jpeg');
});

test('an image over 256 KB is refused with its size; one over the body limit never reaches us', async () => {
  const big = await put(owner, { mediaType: 'image/png', dataBase64: base64(pngImage(10, 10, { padding: LOGO_MAX_BYTES + 40 * 1024 })) });
  assert.equal(big.status, 400);
  assert.equal(big.body.error.details[0].message, 'the image is 297 KB; the limit is 256 KB');
  const huge = await put(owner, { mediaType: 'image/png', dataBase64: base64(pngImage(10, 10, { padding: 900 * 1024 })) });
  assert.equal(huge.status, 413);
  assert.equal(huge.body.error.code, 'payload_too_large');
});

test('viewers and editors may look at the logo but not change it', async () => {
  for (const client of [viewer, editor]) {
    assert.equal((await put(client, { mediaType: 'image/png', dataBase64: base64(pngImage(8, 8)) })).status, 403);
    assert.equal((await client.delete(logoUrl())).status, 403);
    assert.equal((await client.get(logoUrl())).status, 200);
  }
});

test('removing the logo is audited like setting it; removing it twice is no error', async () => {
  assert.equal((await owner.delete(logoUrl())).status, 200);
  assert.equal((await owner.delete(logoUrl())).status, 200);
  assert.equal((await viewer.get(logoUrl())).status, 404);
  assert.equal((await owner.get(`/api/v1/workspaces/${ws}`)).body.logoUpdatedAt, null);
  const events = (await owner.get(`/api/v1/workspaces/${ws}/audit`)).body.events as Array<{ action: string; changes: Record<string, unknown> }>;
  assert.deepEqual(events.filter((e) => e.action.startsWith('workspace.logo')).map((e) => e.action), ['workspace.logo_removed', 'workspace.logo_updated', 'workspace.logo_updated']);
  const replaced = events.find((e) => e.action === 'workspace.logo_updated');
  assert.deepEqual(replaced?.changes.logo, { from: 'image/png 320×80', to: 'image/jpeg 600×300' });
});
