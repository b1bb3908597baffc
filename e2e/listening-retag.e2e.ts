import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { type ListeningData, seedListening } from './support/listening-data.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const L = en.listening;
const NEW_QUERY = '#กาแฟดริป';

// Issue 4: a topic's query changes after mentions were stored; the worker re-tags them in the
// background while the Topics tab follows it, and the stream and dashboard then follow the new query.
describe('listening: stored mentions follow a changed topic query', () => {
  const { step, get } = journey('listening-retag');
  let page: Page;
  let ws: OwnerWorkspace;
  let data: ListeningData;

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await page.context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}${path}`);
    assert.equal(response.status(), 200, await response.text());
    return (await response.json()) as T;
  };

  step('mentions are stored under the first query', async () => {
    page = await get().newPerson();
    ws = await setUpOwnerWorkspace(page, get().server.url, { workspace: 'Siam Roasters' });
    data = await seedListening(page, get().server.url, ws);
    await page.goto(`${get().server.url}${ws.workspacePath}/listening/topics`);
    await visible(page.getByRole('heading', { level: 1, name: L.tabs.topics }));
    await visible(page.getByTestId('retag-status').getByText(L.retag.idle));
    await expectAccessible(page, 'topics page before any re-tagging');
  });

  step('changing the brand query re-tags them, and the Topics tab says when it is done', async () => {
    await page.getByRole('button', { name: L.topics.edit.replace('{{name}}', data.brand.name), exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: L.topics.form.editTitle.replace('{{name}}', data.brand.name) }));
    await dialog.getByTestId('topic-query').fill(NEW_QUERY);
    await dialog.getByRole('button', { name: en.common.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Queued or running first (unless the worker was quicker than the page), then done.
    const done = L.retag.done.split('.')[0]!;
    await page.getByTestId('retag-status').getByText(done, { exact: false }).waitFor({ state: 'visible', timeout: 60_000 });
    await expectAccessible(page, 'topics page after re-tagging');

    const status = await getJson<{ status: string; processed: number; total: number; changed: number }>('/listening/retag');
    assert.deepEqual([status.status, status.processed, status.total], ['done', data.total, data.total]);
    const { mentions } = await getJson<{ mentions: { text: string }[] }>(`/listening/mentions?topicId=${data.brand.id}&limit=100`);
    assert.ok(mentions.length > 0 && mentions.every((m) => m.text.includes(NEW_QUERY)), JSON.stringify(mentions.map((m) => m.text)));
    const dashboard = await getJson<{ totals: { mentions: number } }>(`/listening/dashboard?from=${data.days[0]}&to=${data.days.at(-1)}&topicId=${data.brand.id}`);
    assert.equal(dashboard.totals.mentions, mentions.length);
  });
});
