import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { formatDate } from '../src/shared/locales.ts';
import type { Strategy } from '../src/shared/strategy/strategy.schemas.ts';
import { SECTION_LABELS } from '../src/shared/strategy/strategy-labels.messages.ts';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const OWNER = 'Olivia Owner';
const GOALS = SECTION_LABELS.goals.en;
const BRAND_TERMS = ['Siam Roasters', 'สยามโรสเตอร์', 'Siam Roaster'];
const DOI_MOK = { name: 'Doi Mok Café', handles: ['@doimokcafe', 'LINE @doimok'] };
const RIVER = { name: 'River Brew', handles: ['@riverbrew'] };
const QUESTION = 'What do people complain about after buying beans online?';
const FINDING = 'Most complaints are about slow delivery outside Bangkok, not about taste.';
const L = en.strategy.listening;

type StrategyState = { revision: number; document: Strategy };

// Step 1's RACI on the Team page and step 3's listening plan: filled in, autosaved, reloaded, pruned.
describe('strategy: who does what and the listening plan', () => {
  const { step, get } = journey('strategy-team-listening');
  let owner: Page;
  let ws: OwnerWorkspace;

  const heading = (name: string) => visible(owner.getByRole('heading', { level: 1, name }));
  const saved = () => visible(owner.getByRole('status').getByText(en.strategy.save.saved, { exact: true }));
  const strategy = async (): Promise<StrategyState> => {
    const response = await owner.context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy`);
    assert.equal(response.status(), 200);
    return (await response.json()) as StrategyState;
  };
  const competitor = (name: string) => owner.getByRole('group', { name, exact: true });
  const addTags = async (label: string, tags: string[], scope = owner.locator('body')) => {
    // The tags field and its suggestion list share the label; the field is the combobox.
    const input = scope.getByRole('combobox', { name: label, exact: true });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  };
  const goalsRow = () => owner.getByRole('row').filter({ has: owner.getByRole('rowheader', { name: GOALS }) });

  step('the owner names themselves accountable for the goals in the RACI on the Team page', async () => {
    owner = await get().newPerson();
    ws = await setUpOwnerWorkspace(owner, get().server.url);
    await owner.goto(`${get().server.url}${ws.workspacePath}/team`);
    await heading(en.sections.team.title);
    const raci = await visible(owner.getByRole('region', { name: en.strategy.raci.title }));
    await visible(raci.getByRole('heading', { name: en.strategy.findings.title }));
    await raci.getByLabel(en.strategy.raci.accountableFor.replace('{{section}}', GOALS), { exact: true }).click();
    await owner.getByRole('option', { name: OWNER }).click();
    await owner.keyboard.press('Escape');
    await saved();
    const raciDoc = (await strategy()).document.team.raci;
    assert.equal(raciDoc.goals.accountable.length, 1);
  });

  step('the RACI survives a reload and the Team page passes the accessibility check', async () => {
    await owner.reload();
    await heading(en.sections.team.title);
    // Columns: section, R, A, C, I.
    await visible(goalsRow().getByRole('cell').nth(1).getByText(OWNER));
    assert.equal(await goalsRow().getByRole('cell').nth(0).getByText(OWNER).count(), 0);
    await expectAccessible(owner, 'team page with the RACI');
  });

  step('the listening plan takes brand terms, two competitors, a question and a finding', async () => {
    await owner.goto(`${get().server.url}${ws.workspacePath}/listening`);
    await heading(en.sections.listening.title);
    await addTags(L.brandTerms, BRAND_TERMS);

    await owner.getByRole('button', { name: L.addCompetitor }).click();
    await competitor(L.untitledCompetitor.replace('{{number}}', '1')).getByLabel(L.competitorName).fill(DOI_MOK.name);
    await addTags(L.handles, DOI_MOK.handles, competitor(DOI_MOK.name));
    await owner.getByRole('button', { name: L.addCompetitor }).click();
    await competitor(L.untitledCompetitor.replace('{{number}}', '2')).getByLabel(L.competitorName).fill(RIVER.name);
    await addTags(L.handles, RIVER.handles, competitor(RIVER.name));

    await owner.getByRole('button', { name: L.addQuestion }).click();
    await owner.getByLabel(L.question.replace('{{number}}', '1'), { exact: true }).fill(QUESTION);
    await owner.getByRole('button', { name: L.addFinding }).click();
    // The label carries the date it was noted, which the next step checks exactly.
    await owner.getByLabel(new RegExp(`^${L.finding.replace('{{number}}', '1').split('{{date}}')[0]}`)).fill(FINDING);
    await saved();

    const listening = (await strategy()).document.listening;
    assert.deepEqual(listening.brandTerms, BRAND_TERMS);
    assert.deepEqual(
      listening.competitors.map((c) => [c.name, c.handles]),
      [
        [DOI_MOK.name, DOI_MOK.handles],
        [RIVER.name, RIVER.handles],
      ],
    );
    assert.deepEqual(listening.questions, [QUESTION]);
    assert.equal(listening.findings[0]?.text, FINDING);
    assert.ok(Math.abs(Date.parse(listening.findings[0]?.createdAt ?? '') - Date.now()) < 5 * 60_000, 'the finding is dated now');
  });

  step('after a reload everything is still there, the finding dated in words', async () => {
    // A score for Doi Mok in step 6's comparison, so removing it has something to clean up.
    const state = await strategy();
    const doiMok = state.document.listening.competitors[0]?.id ?? '';
    const attribute = '7d1f0c9e-3b7a-4b8e-9a51-2f4c6d8e0a11';
    const put = await owner.context().request.put(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy/sections/oneThing`, {
      headers: { origin: get().server.url, 'x-csrf-token': ws.csrfToken },
      data: {
        revision: state.revision,
        value: { ...state.document.oneThing, comparison: { attributes: [{ id: attribute, name: 'Freshness' }], rows: [{ subject: doiMok, scores: { [attribute]: 4 } }] } },
      },
    });
    assert.equal(put.status(), 200, await put.text());

    await owner.reload();
    await heading(en.sections.listening.title);
    for (const term of BRAND_TERMS) await visible(owner.getByText(term, { exact: true }));
    assert.equal(await competitor(DOI_MOK.name).getByLabel(L.competitorName).inputValue(), DOI_MOK.name);
    for (const handle of DOI_MOK.handles) await visible(competitor(DOI_MOK.name).getByText(handle, { exact: true }));
    await visible(competitor(RIVER.name).getByText(RIVER.handles[0] ?? '', { exact: true }));
    assert.equal(await owner.getByLabel(L.question.replace('{{number}}', '1'), { exact: true }).inputValue(), QUESTION);
    const createdAt = state.document.listening.findings[0]?.createdAt ?? '';
    const date = formatDate(createdAt, 'en', 'gregory', 'Asia/Bangkok');
    const finding = owner.getByLabel(L.finding.replace('{{number}}', '1').replace('{{date}}', date), { exact: true });
    assert.equal(await finding.inputValue(), FINDING);
  });

  step('removing a competitor goes through the server, which also drops its comparison row', async () => {
    await owner.getByRole('button', { name: L.removeCompetitor.replace('{{name}}', DOI_MOK.name) }).click();
    const report = await visible(owner.getByRole('status').filter({ hasText: en.strategy.cleanup.title }));
    await visible(report.getByText(en.strategy.cleanup.summary.replace('{{count}}', '1')));
    await competitor(DOI_MOK.name).waitFor({ state: 'detached' });
    await visible(competitor(RIVER.name));

    const after = (await strategy()).document;
    assert.deepEqual(
      after.listening.competitors.map((c) => c.name),
      [RIVER.name],
    );
    assert.deepEqual(after.oneThing.comparison.rows, []);

    await owner.reload();
    await heading(en.sections.listening.title);
    await visible(competitor(RIVER.name));
    assert.equal(await competitor(DOI_MOK.name).count(), 0);
    await expectAccessible(owner, 'listening page');
  });
});
