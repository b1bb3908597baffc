import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe } from 'node:test';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const L = en.listening;
const COMPETITOR = { id: '3f1c2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c', name: '山嵐咖啡', handles: ['@shanlan'], terms: ['山嵐咖啡'] };
const THEME = { name: 'กาแฟดริป 手沖', broken: 'กาแฟดริป AND (ดอย OR "คั่ว', fixed: '(กาแฟดริป OR 手沖咖啡) -โฆษณา' };
const FILE_NAME = 'ยอดขาย-มกราคม.csv';

/** dd/mm/yyyy hh:mm some days ago, as Thai spreadsheets write dates. */
function daysAgo(days: number, time: string): string {
  const date = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${time}`;
}

/** A Thai export as Windows Excel writes it: Windows-874 bytes, CRLF, one row with a date nobody can read (line 4). */
function thaiCsv(): Buffer {
  const rows = [
    ['ข้อความ', 'วันที่', 'นามแฝง', 'ช่องทาง', 'ยอดไลก์'],
    ['กาแฟบ้านดอยหอมมาก ชอบมาก', daysAgo(4, '09:30'), 'สมชาย', 'facebook', '12'],
    ['ส่งช้าแต่กาแฟอร่อย', daysAgo(3, '10:00'), 'สมหญิง', 'line', '3'],
    ['ราคาแพงไปหน่อย', 'ไม่ระบุวัน', 'มานี', 'facebook', '1'],
    ['คั่วอ่อนกลิ่นผลไม้ ดีมาก', daysAgo(2, '18:45'), 'ปิติ', 'instagram', '40'],
  ];
  return iconv.encode(`${rows.map((row) => row.join(',')).join('\r\n')}\r\n`, 'windows-874');
}

/** A small Atom feed with one entry in Traditional Chinese, dated yesterday so the first poll reads it back. */
function atomFeed(base: string): string {
  const updated = new Date(Date.now() - 86_400_000).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>咖啡日報</title>
  <id>${base}/feed.xml</id>
  <updated>${updated}</updated>
  <entry>
    <title>山嵐咖啡推出新的手沖豆</title>
    <id>${base}/posts/1</id>
    <link href="${base}/posts/1"/>
    <updated>${updated}</updated>
    <author><name>咖啡小編</name></author>
    <summary>山嵐咖啡的新豆很好喝，推薦給大家。</summary>
  </entry>
</feed>`;
}

/** The feeds the RSS sources read: a good one, and one whose server keeps failing. */
async function startFeedServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const base = `http://${request.headers.host}`;
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
      response.end(atomFeed(base));
    } else {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('down for maintenance');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// The sources in this journey are on 127.0.0.1, which the server refuses unless told otherwise.
process.env.ALLOW_PRIVATE_SOURCE_URLS = 'true';

// Issue 4's management pages: topics from the strategy and by hand (with a live query check), a
// Windows-874 file through the import wizard twice, a webhook token and an alert rule.
describe('listening: topics, file imports, webhook tokens and alerts', () => {
  const { step, get } = journey('listening-manage');
  let page: Page;
  let ws: OwnerWorkspace;
  let feeds: { server: Server; base: string };
  const csv = thaiCsv();

  before(async () => {
    feeds = await startFeedServer();
  });
  after(() => new Promise<void>((resolve) => feeds.server.close(() => resolve())));

  const api = (path: string) => `${get().server.url}/api/v1/workspaces/${ws.workspaceId}${path}`;
  const open = async (tab: 'topics' | 'sources' | 'alerts', title: string) => {
    await page.goto(`${get().server.url}${ws.workspacePath}/listening/${tab}`);
    await visible(page.getByRole('heading', { level: 1, name: title }));
  };
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await page.context().request.get(api(path));
    assert.equal(response.status(), 200, await response.text());
    return (await response.json()) as T;
  };
  const choose = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  /** Through the wizard from the file to the end of the import; the author column has a name no export uses, so it is mapped by hand. */
  const importFile = async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: csv });
    await visible(page.getByTestId('import-file-size').getByText(FILE_NAME, { exact: false }));
    await page.getByRole('button', { name: L.imports.file.upload, exact: true }).click();
    const detected = await visible(page.getByTestId('import-detected'));
    await visible(detected.getByText(L.imports.mapping.encoding.replace('{{encoding}}', 'windows-874')));
    await visible(page.getByTestId('import-sample').getByText('กาแฟบ้านดอยหอมมาก ชอบมาก'));
    assert.equal(await page.getByRole('combobox', { name: L.imports.fields.text, exact: true }).inputValue(), 'ข้อความ');
    assert.equal(await page.getByRole('combobox', { name: L.imports.fields.author, exact: true }).inputValue(), '');
    await choose(L.imports.fields.author, 'นามแฝง');
    await page.getByRole('button', { name: L.imports.mapping.start, exact: true }).click();
    const progress = await visible(page.getByTestId('import-progress'));
    await visible(progress.getByText(L.imports.progress.doneTitle, { exact: true }));
    return progress;
  };
  const count = async (scope: ReturnType<Page['getByTestId']>, id: string) => ((await scope.getByTestId(id).textContent()) ?? '').trim();

  step('the strategy names the brand terms and a competitor', async () => {
    page = await get().newPerson();
    ws = await setUpOwnerWorkspace(page, get().server.url, { workspace: 'บ้านดอย' });
    const state = await getJson<{ revision: number; document: { listening: Record<string, unknown> } }>('/strategy');
    const value = { ...state.document.listening, brandTerms: ['บ้านดอย', 'Baan Doi'], competitors: [COMPETITOR] };
    const put = await page.context().request.put(api('/strategy/sections/listening'), {
      headers: { origin: get().server.url, 'x-csrf-token': ws.csrfToken },
      data: { revision: state.revision, value },
    });
    assert.equal(put.status(), 200, await put.text());
  });

  step('topics are created from the strategy, and the page says which', async () => {
    await open('topics', en.listening.tabs.topics);
    await visible(page.getByText(L.topics.empty.brand));
    await page.getByRole('button', { name: L.topics.fromStrategy.button, exact: true }).click();
    const created = await visible(page.getByTestId('created-topics'));
    await visible(created.getByText(`บ้านดอย (${L.topics.kinds.brand})`));
    await visible(created.getByText(`${COMPETITOR.name} (${L.topics.kinds.competitor})`));
    await visible(page.getByRole('row').filter({ hasText: COMPETITOR.name }).getByText('"山嵐咖啡" OR @shanlan'));
    await expectAccessible(page, 'topics page');
  });

  step('a theme with a broken query shows each problem where it is, then saves once fixed', async () => {
    await page.getByRole('button', { name: L.topics.add.theme, exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: L.topics.form.createTitle }));
    await dialog.getByLabel(L.topics.form.name).fill(THEME.name);
    await dialog.getByTestId('topic-query').fill(THEME.broken);
    const errors = await visible(dialog.getByTestId('query-errors'));
    await visible(errors.getByText(`${L.query.errors.unbalanced_parenthesis} (${L.query.character.replace('{{start}}', '14')})`));
    await visible(errors.getByText(new RegExp(`^${L.query.errors.unclosed_quote.replace('.', '\\.')}`)));
    assert.equal(await errors.locator('mark').first().textContent(), '(');
    await expectAccessible(page, 'topic form with query errors');
    await dialog.getByRole('button', { name: L.topics.form.create, exact: true }).click();
    await visible(dialog.getByTestId('query-errors'));

    await dialog.getByTestId('topic-query').fill(THEME.fixed);
    await dialog.getByTestId('query-errors').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: L.topics.form.create, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(page.getByRole('row').filter({ hasText: THEME.name }));
    const { topics } = await getJson<{ topics: { name: string; kind: string; query: string }[] }>('/listening/topics');
    assert.deepEqual(
      topics.map((topic) => [topic.kind, topic.name]),
      [
        ['brand', 'บ้านดอย'],
        ['competitor', COMPETITOR.name],
        ['theme', THEME.name],
      ],
    );
    assert.equal(topics[2]?.query, THEME.fixed);
  });

  step('the team keeps its own words whole and keeps mentions for 90 days', async () => {
    const words = page.getByRole('combobox', { name: L.settings.userWords, exact: true });
    for (const word of ['บ้านดอย', '手沖咖啡']) {
      await words.fill(word);
      await words.press('Enter');
    }
    await page.getByRole('radio', { name: L.settings.keepDays }).check();
    await page.getByLabel(L.settings.days).fill('90');
    await page.getByRole('button', { name: en.common.save, exact: true }).click();
    await visible(page.getByRole('status').getByText(L.settings.saved));
    assert.deepEqual(await getJson('/listening/settings'), { retentionDays: 90, userWords: ['บ้านดอย', '手沖咖啡'] });
  });

  step('a Windows-874 CSV goes through the wizard: mapped, imported, one row rejected', async () => {
    await open('sources', en.listening.tabs.sources);
    await page.getByRole('button', { name: L.imports.open, exact: true }).click();
    await visible(page.getByTestId('import-wizard'));
    await expectAccessible(page, 'import wizard, file step');
    const progress = await importFile();
    assert.equal(await count(progress, 'rows-imported'), '3');
    assert.equal(await count(progress, 'rows-duplicate'), '0');
    assert.equal(await count(progress, 'rows-rejected'), '1');
    await expectAccessible(page, 'import wizard, summary');

    const download = page.waitForEvent('download');
    await progress.getByRole('link', { name: L.imports.downloadRejections }).click();
    const file = await download;
    const text = (await readFile(await file.path())).toString('utf8');
    const [header, row, ...rest] = text.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    assert.equal(header, 'line,reason,message,excerpt');
    assert.match(row ?? '', /^4,invalid_date,/);
    assert.match(row ?? '', /ราคาแพงไปหน่อย/);
    assert.deepEqual(rest, []);
  });

  step('importing the same file again adds nothing', async () => {
    await page.getByRole('button', { name: L.imports.progress.another, exact: true }).click();
    const progress = await importFile();
    assert.equal(await count(progress, 'rows-imported'), '0');
    assert.equal(await count(progress, 'rows-duplicate'), '3');
    await page.getByRole('button', { name: en.common.close, exact: true }).click();
    await page.getByTestId('import-wizard').waitFor({ state: 'detached' });
    const rows = page.getByTestId('import-row');
    await visible(rows.nth(1));
    assert.equal(await rows.count(), 2);
    const { imports } = await getJson<{ imports: { rowsImported: number; rowsDuplicate: number; rowsRejected: number; encoding: string }[] }>('/listening/imports');
    assert.deepEqual(
      imports.map((i) => [i.encoding, i.rowsImported, i.rowsDuplicate, i.rowsRejected]),
      [
        ['windows-874', 0, 3, 1],
        ['windows-874', 3, 0, 1],
      ],
    );
  });

  step('a webhook token is shown once with a curl example, and it works', async () => {
    await page.getByLabel(L.sources.webhook.name, { exact: true }).fill('LINE OA');
    await page.getByRole('button', { name: L.sources.webhook.create, exact: true }).click();
    const token = ((await (await visible(page.getByTestId('created-token'))).textContent()) ?? '').trim();
    const curl = (await page.getByTestId('webhook-curl').textContent()) ?? '';
    assert.ok(curl.includes(`/api/v1/workspaces/${ws.workspaceId}/mentions`) && curl.includes(`Bearer ${token}`), curl);
    await expectAccessible(page, 'sources page with a new token');
    const posted = await page.context().request.post(api('/mentions'), {
      headers: { authorization: `Bearer ${token}` },
      data: { mentions: [{ id: 'line-1', text: '山嵐咖啡的手沖很好喝', publishedAt: new Date(Date.now() - 86_400_000).toISOString(), channel: 'line' }] },
    });
    assert.equal(posted.status(), 200, await posted.text());
    assert.deepEqual(await posted.json(), { accepted: 1, duplicates: 0 });
    await page.getByRole('button', { name: L.sources.webhook.done, exact: true }).click();
    await visible(page.getByTestId('token-row').getByRole('cell', { name: 'LINE OA', exact: true }));

    await page.getByRole('button', { name: `${L.sources.webhook.revoke} LINE OA`, exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: L.sources.webhook.revokeTitle }));
    await dialog.getByRole('button', { name: L.sources.webhook.revoke, exact: true }).click();
    await visible(page.getByText(L.sources.webhook.empty));
    // The token's source stays, with the mention it brought, and says the token is gone.
    const lineSource = page.getByTestId('source-row').filter({ hasText: 'LINE OA' });
    await visible(lineSource.getByTestId('source-status').getByText(L.sources.status.revoked));
    await visible(lineSource.getByRole('cell', { name: '1', exact: true }));
    await visible(lineSource.getByText(L.sources.webhookSource.revoked));
    const refused = await page.context().request.post(api('/mentions'), {
      headers: { authorization: `Bearer ${token}` },
      data: { mentions: [{ text: 'หลังเพิกถอน', publishedAt: new Date().toISOString() }] },
    });
    assert.equal(refused.status(), 401, await refused.text());
  });

  step('an Atom feed is added as a source and polled; a broken one shows as failing', async () => {
    const addFeed = async (name: string, url: string) => {
      await page.getByRole('button', { name: L.sources.add, exact: true }).click();
      const dialog = await visible(page.getByRole('dialog', { name: L.sources.form.createTitle }));
      await dialog.getByLabel(L.sources.form.name, { exact: true }).fill(name);
      await dialog.getByLabel(L.sources.form.feedUrl, { exact: true }).fill(url);
      await dialog.getByRole('button', { name: L.sources.form.create, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      return page.getByTestId('source-row').filter({ hasText: name });
    };
    await page.getByRole('button', { name: L.sources.add, exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: L.sources.form.createTitle }));
    await dialog.getByLabel(L.sources.form.name, { exact: true }).fill('咖啡日報');
    await dialog.getByLabel(L.sources.form.feedUrl, { exact: true }).fill('feed.xml');
    await dialog.getByRole('button', { name: L.sources.form.create, exact: true }).click();
    await visible(dialog.getByText(L.sources.form.urlInvalid));
    await expectAccessible(page, 'source form with an error');
    await dialog.getByRole('button', { name: en.common.cancel, exact: true }).click();

    const good = await addFeed('咖啡日報', `${feeds.base}/feed.xml`);
    await visible(good.getByTestId('source-status').getByText(L.sources.status.ok));
    await visible(good.getByRole('cell', { name: '1', exact: true }));
    const broken = await addFeed('壞掉的訂閱源', `${feeds.base}/broken.xml`);
    await visible(broken.getByTestId('source-status').getByText(L.sources.status.failing));
    await visible(broken.getByText(L.sources.errors.unavailable));
    await visible(broken.getByText(L.sources.failures.replace('{{number}}', '1')));
    await expectAccessible(page, 'sources page with a failing source');

    // The feed's Chinese entry was read and tagged with the competitor's topic.
    const { topics } = await getJson<{ topics: { id: string; kind: string }[] }>('/listening/topics');
    const competitorTopic = topics.find((topic) => topic.kind === 'competitor')?.id ?? '';
    const { mentions } = await getJson<{ mentions: { sourceKind: string; text: string }[] }>(`/listening/mentions?topicId=${competitorTopic}`);
    assert.ok(
      mentions.some((m) => m.sourceKind === 'rss' && m.text.includes('山嵐咖啡推出新的手沖豆')),
      JSON.stringify(mentions),
    );

    await good.getByRole('switch', { name: L.sources.list.enabledOf.replace('{{name}}', '咖啡日報') }).click({ force: true });
    await visible(good.getByTestId('source-status').getByText(L.sources.status.disabled));
    const { sources } = await getJson<{ sources: { name: string; enabled: boolean; status: string; mentions: number }[] }>('/listening/sources');
    assert.deepEqual(
      sources.map((s) => [s.name, s.enabled, s.status, s.mentions]).sort(),
      [
        ['LINE OA', false, 'idle', 1],
        ['咖啡日報', false, 'ok', 1],
        ['壞掉的訂閱源', true, 'failing', 0],
      ].sort(),
    );
  });

  step('an alert rule with a wrong webhook address is refused with a reason, then saved', async () => {
    await open('alerts', en.listening.tabs.alerts);
    await visible(page.getByText(L.alerts.rules.empty));
    await page.getByRole('button', { name: L.alerts.rules.add, exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: L.alerts.form.createTitle }));
    await choose(L.alerts.form.topic, COMPETITOR.name);
    await dialog.getByRole('radio', { name: new RegExp(`^${L.alerts.kinds.negative_spike}`) }).check();
    await dialog.getByLabel(L.alerts.form.minMentions).fill('5');
    await dialog.getByLabel(L.alerts.form.webhookUrl).fill('chat.example/hook');
    await dialog.getByRole('button', { name: L.alerts.form.create, exact: true }).click();
    await visible(dialog.getByText(L.alerts.form.webhookUrlInvalid));
    await dialog.getByLabel(L.alerts.form.webhookUrl).fill('https://chat.example/hook');
    await dialog.getByRole('button', { name: L.alerts.form.create, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = await visible(page.getByTestId('alert-rule-row'));
    await visible(row.getByText(COMPETITOR.name));
    await visible(row.getByText(L.alerts.kinds.negative_spike));
    const { rules } = await getJson<{ rules: { kind: string; minMentions: number; factor: number; webhookUrl: string }[] }>('/listening/alerts');
    assert.deepEqual(
      rules.map((r) => [r.kind, r.factor, r.minMentions, r.webhookUrl]),
      [['negative_spike', 3, 5, 'https://chat.example/hook']],
    );
    await expectAccessible(page, 'alerts page');
  });
});
