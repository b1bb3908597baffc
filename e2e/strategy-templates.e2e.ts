import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { listTemplates } from '../src/shared/strategy/templates/strategy-templates.domain.ts';
import th from '../src/web/i18n/locales/th.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { atPath, journey, visible } from './support/journey.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const T = th.strategy.templates;
const RETAILER = listTemplates('th').find((template) => template.key === 'local_retailer')!.name;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The percentage the overview shows, read from its "complete" line. */
async function shownPercent(page: Page): Promise<number> {
  const [before = '', after = ''] = th.strategy.overview.complete.split('{{percent}}');
  const line = await visible(page.getByText(new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`)));
  const text = (await line.textContent()) ?? '';
  return Number(text.slice(before.length, text.length - after.length));
}

// A Thai shop owner with an empty workspace starts from the retailer template instead of a blank page.
describe('strategy templates: from an empty workspace to a Thai draft in one choice', () => {
  const { step, get } = journey('strategy-templates');
  let page: Page;
  let ws: OwnerWorkspace;

  const overview = async () => {
    await page.goto(`${get().server.url}${ws.workspacePath}/overview`);
    await visible(page.getByRole('heading', { level: 1, name: th.sections.overview.title, exact: true }));
  };

  step('the overview of an empty strategy offers the five templates', async () => {
    page = await get().newPerson('th-TH');
    ws = await setUpOwnerWorkspace(page, get().server.url, { locale: 'th' });
    await overview();
    const panel = await visible(page.getByRole('region', { name: T.title }));
    // The panel frames the list before the templates arrive; all five come in one answer.
    await visible(panel.getByRole('article').first());
    assert.equal(await panel.getByRole('article').count(), 5);
    assert.equal(await shownPercent(page), 0);
    await expectAccessible(page, 'overview with the templates panel');
  });

  step('choosing the retailer template in Thai asks before replacing the draft', async () => {
    const card = page.getByRole('region', { name: T.title }).getByRole('article', { name: RETAILER });
    assert.equal(await card.getByLabel(T.language).inputValue(), 'th', 'the language defaults to the UI language');
    await card.getByRole('button', { name: fill(T.useNamed, { name: RETAILER }) }).click();
    const dialog = await visible(page.getByRole('dialog', { name: fill(T.confirmTitle, { name: RETAILER }) }));
    await visible(dialog.getByText(T.versionsKept));
    await expectAccessible(page, 'template confirmation');
    await dialog.getByRole('button', { name: T.confirm }).click();
  });

  step('the owner lands on the Goals step with the Thai strategy statement', async () => {
    await atPath(page, /\/goals$/);
    await visible(page.getByRole('heading', { level: 1, name: th.sections.goals.title, exact: true }));
    const statement = page.getByLabel(th.strategy.goals.statement, { exact: true });
    await statement.waitFor();
    const text = await statement.inputValue();
    assert.match(text, /^ภายในวันที่ /);
    assert.match(text, /LINE OA, TikTok และ Facebook/);
    await expectAccessible(page, 'goals page filled from the template');
  });

  step('the overview now shows a strategy more than half complete, and templates stay one click away', async () => {
    await overview();
    assert.ok((await shownPercent(page)) > 50);
    assert.equal(await page.getByRole('region', { name: T.title }).count(), 0, 'the panel is for (nearly) empty strategies');
    await page.getByRole('button', { name: T.title }).click();
    const gallery = await visible(page.getByRole('dialog', { name: T.title }));
    // The dialog opens before its list has loaded (a CI run counted 0 on a slow machine).
    await visible(gallery.getByRole('article').first());
    assert.equal(await gallery.getByRole('article').count(), 5);
    await expectAccessible(page, 'template gallery from the header');
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'hidden' });
  });
});
