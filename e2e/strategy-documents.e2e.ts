import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { pngImage } from '../src/server/features/workspace-logo/workspace-logo.fixtures.ts';
import { zipEntries } from '../src/server/test-support/zip-entries.ts';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { setUpOwnerWorkspace } from './support/workspace.ts';

const logo = en.settings.logo;
const docs = en.strategy.documents;
const WORKSPACE = 'Chiang Mai roastery';

// The logo is set once in the settings and shows up in the documents downloaded from the overview.
describe('strategy documents: the workspace logo and downloads in a chosen language', () => {
  const { step, get } = journey('strategy-documents');
  let page: Page;
  let base: string;

  const downloadFrom = async (name: string): Promise<{ file: Download; bytes: Buffer }> => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name }).click();
    const file = await download;
    const path = await file.path();
    return { file, bytes: await readFile(path) };
  };

  step('the owner uploads a PNG logo in the workspace settings and sees it', async () => {
    page = await get().newPerson();
    const { workspacePath } = await setUpOwnerWorkspace(page, get().server.url, { workspace: WORKSPACE });
    base = `${get().server.url}${workspacePath}`;
    await page.goto(`${base}/settings`);
    await visible(page.getByText(logo.none));
    await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngImage(240, 80) });
    await visible(page.getByRole('status').filter({ hasText: logo.saved }));
    await visible(page.getByRole('img', { name: logo.alt.replace('{{workspace}}', WORKSPACE) }));
    await visible(page.getByRole('button', { name: logo.replace }));
    await expectAccessible(page, 'workspace settings with a logo');
  });

  step('a GIF named logo.png is refused in plain words and the logo stays', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1') });
    await visible(page.getByRole('alert').filter({ hasText: logo.wrongType }));
    await visible(page.getByRole('img', { name: logo.alt.replace('{{workspace}}', WORKSPACE) }));
  });

  step('the overview offers the strategy as Markdown, a print-ready page and Word, in Thai', async () => {
    await page.goto(`${base}/overview`);
    await page.getByRole('button', { name: docs.download }).click();
    await page.getByLabel(docs.language).selectOption('th');
    await expectAccessible(page, 'download menu on the overview');

    const word = await downloadFrom(docs.formats.docx);
    assert.match(word.file.suggestedFilename(), /^Chiang Mai roastery – กลยุทธ์โซเชียลมีเดีย r0\.docx$/);
    const files = zipEntries(word.bytes);
    assert.ok(files.get('word/document.xml')?.toString('utf8').includes('ทีมและความรับผิดชอบ (RACI)'), 'Thai headings in the Word document');
    assert.equal([...files.keys()].filter((name) => name.startsWith('word/media/')).length, 1, 'the logo is in the Word document');

    await page.getByRole('button', { name: docs.download }).click();
    const html = await downloadFrom(docs.formats.html);
    assert.match(html.file.suggestedFilename(), /\.html$/);
    const text = html.bytes.toString('utf8');
    assert.match(text, /<html lang="th">/);
    assert.match(text, /<img src="data:image\/png;base64,/);

    await page.getByRole('button', { name: docs.download }).click();
    const markdown = await downloadFrom(docs.formats.md);
    assert.match(markdown.bytes.toString('utf8'), /^# กลยุทธ์โซเชียลมีเดีย\n/);
  });

  step('the draft is also there as JSON, the re-importable file', async () => {
    await page.getByRole('button', { name: docs.download }).click();
    const json = await downloadFrom(docs.formats.json);
    assert.equal(JSON.parse(json.bytes.toString('utf8')).schemaVersion, 1);
  });
});
