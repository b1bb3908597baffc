import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { atPath, journey, visible } from './support/journey.ts';
import { setUpOwnerWorkspace } from './support/workspace.ts';

const ctx = en.strategy.context;
const voice = en.strategy.voice;
const SEGMENT = 'Office workers in Silom';
const SWOT = { strength: 'Beans roasted in Chiang Mai', weakness: 'Two people run every channel', opportunity: 'Cold brew is growing', threat: 'A chain opens next door' } as const;
const RISK = 'The only roaster breaks down';
const THAI_NOTES = 'ลงท้ายด้วย ครับ/ค่ะ เสมอ';

// The two sections around the plan that describe the business and its voice, filled in and read back.
describe('strategy: business context and brand voice', () => {
  const { step, get } = journey('strategy-context-voice');
  let page: Page;

  const openSection = async (title: string, slug: string) => {
    await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: title }).click();
    await atPath(page, new RegExp(`/${slug}$`));
    await visible(page.getByRole('heading', { level: 1, name: title }));
  };
  // Every edit turns the status to "Saving…"; "Saved" comes back only once the last one is stored.
  const saved = () => visible(page.getByRole('status').filter({ hasText: en.strategy.save.saved }));
  const riskCell = (likelihood: number, impact: number) => page.getByTestId(`risk-cell-${likelihood}-${impact}`);

  step('the owner opens Business context from the navigation', async () => {
    page = await get().newPerson();
    const { workspacePath } = await setUpOwnerWorkspace(page, get().server.url);
    await page.goto(`${get().server.url}${workspacePath}/team`);
    await openSection(en.sections.context.title, 'context');
  });

  step('a segment, a finding of each SWOT kind, a rated risk and the budget are filled in', async () => {
    await page.getByRole('button', { name: ctx.segments.add }).click();
    await page.getByLabel(ctx.segments.name, { exact: true }).fill(SEGMENT);
    for (const [kind, text] of Object.entries(SWOT) as [keyof typeof SWOT, string][]) {
      await page.getByRole('button', { name: ctx.swot[kind].add }).click();
      await page.getByLabel(ctx.swot[kind].item.replace('{{number}}', '1'), { exact: true }).fill(text);
    }
    await page.getByRole('button', { name: ctx.risks.add }).click();
    await page.getByLabel(ctx.risks.description, { exact: true }).fill(RISK);
    await page.getByLabel(ctx.risks.likelihood, { exact: true }).selectOption('4');
    await page.getByLabel(ctx.risks.impact, { exact: true }).selectOption('5');
    await page.getByLabel(ctx.risks.mitigation, { exact: true }).fill('Service contract with a second roaster');
    await page.getByLabel(ctx.planning.budget, { exact: true }).fill('120000');
    await saved();
  });

  step('the risk matrix counts the risk in its cell', async () => {
    assert.equal((await riskCell(4, 5).textContent())?.trim(), '1');
    assert.equal((await riskCell(5, 4).textContent())?.trim(), '');
    const label = ctx.matrix.cell
      .replace('{{likelihood}}', '4')
      .replace('{{impact}}', '5')
      .replace('{{level}}', ctx.risks.levels.high)
      .replace('{{total}}', '1');
    await visible(page.getByRole('cell', { name: label, exact: true }));
  });

  step('after a reload everything is still there', async () => {
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: en.sections.context.title }));
    assert.equal(await page.getByLabel(ctx.segments.name, { exact: true }).inputValue(), SEGMENT);
    for (const [kind, text] of Object.entries(SWOT) as [keyof typeof SWOT, string][]) {
      assert.equal(await page.getByLabel(ctx.swot[kind].item.replace('{{number}}', '1'), { exact: true }).inputValue(), text);
    }
    assert.equal(await page.getByLabel(ctx.risks.description, { exact: true }).inputValue(), RISK);
    assert.equal(await page.getByLabel(ctx.risks.likelihood, { exact: true }).inputValue(), '4');
    assert.equal(await page.getByLabel(ctx.risks.impact, { exact: true }).inputValue(), '5');
    assert.equal((await riskCell(4, 5).textContent())?.trim(), '1');
    assert.equal((await page.getByLabel(ctx.planning.budget, { exact: true }).inputValue()).replace(/\D/g, ''), '120000');
    await expectAccessible(page, 'business context page');
  });

  step('Be human opens from the navigation', async () => {
    await openSection(en.sections.voice.title, 'voice');
  });

  step('traits, a refused language tag and a Thai rule are filled in', async () => {
    const weAre = page.getByRole('combobox', { name: voice.weAre.label, exact: true });
    for (const trait of ['warm', 'expert']) {
      await weAre.fill(trait);
      await weAre.press('Enter');
    }
    const weAreNot = page.getByRole('combobox', { name: voice.weAreNot.label, exact: true });
    await weAreNot.fill('pushy');
    await weAreNot.press('Enter');

    const other = page.getByLabel(voice.languages.otherTag, { exact: true });
    await other.fill('thai!');
    await other.press('Enter');
    await visible(page.getByText(voice.languages.problems.invalid.replace('{{tag}}', 'thai!')));

    await page.getByRole('button', { name: voice.languages.addQuick.replace('{{language}}', 'Thai (th)') }).click();
    const thai = page.getByRole('region', { name: 'Thai (th)' });
    await thai.getByRole('radio', { name: voice.formality.casual }).check();
    await thai.getByLabel(voice.languages.notes, { exact: true }).fill(THAI_NOTES);
    await page.getByLabel(voice.responseTime.label, { exact: true }).fill('4');
    await saved();
  });

  step('after a reload the voice is still there, and the bad tag was never saved', async () => {
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: en.sections.voice.title }));
    const traits = page.getByRole('region', { name: voice.traits.heading });
    for (const trait of ['warm', 'expert', 'pushy']) await visible(traits.getByText(trait, { exact: true }));
    const thai = page.getByRole('region', { name: 'Thai (th)' });
    assert.equal(await thai.getByRole('radio', { name: voice.formality.casual }).isChecked(), true);
    assert.equal(await thai.getByLabel(voice.languages.notes, { exact: true }).inputValue(), THAI_NOTES);
    assert.equal(await page.getByRole('region', { name: voice.languages.heading }).getByRole('region').count(), 1);
    assert.match(await page.getByLabel(voice.responseTime.label, { exact: true }).inputValue(), /^4\b/);
    await expectAccessible(page, 'be human page');
  });
});
