import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { emptyStrategy, type Strategy } from '../src/shared/strategy/strategy.schemas.ts';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const V = en.strategy.versions;
const LABEL = 'Q1 2027 review';
const FIRST_STATEMENT = 'Grow web-shop sales in Thailand through LINE OA.';
const SECOND_STATEMENT = 'Grow web-shop sales in Thailand and Taiwan through LINE OA and Instagram.';
const GOAL_ID = '00000000-0000-4000-8000-000000000001';
const OBJECTIVE_ID = '00000000-0000-4000-8000-000000000010';

type StrategyState = { revision: number; document: Strategy };

function startingStrategy(): Strategy {
  const document = emptyStrategy('THB');
  document.goals.statement = FIRST_STATEMENT;
  document.goals.goals = [{ id: GOAL_ID, type: 'acquisition_sales', priority: 'primary', description: 'More web-shop orders' }];
  document.goals.objectives = [
    {
      id: OBJECTIVE_ID,
      goalId: GOAL_ID,
      title: 'Leads from LINE OA',
      metric: 'leads',
      baseline: 40,
      target: 120,
      unit: 'count',
      deadline: '2027-03-31',
      ownerUserId: null,
      description: '',
    },
  ];
  return document;
}

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{{${key}}}`, String(value)), text);

// Publish at a review, see what changed since, and move the strategy out and back in as files.
describe('strategy: versions and files', () => {
  const { step, get } = journey('strategy-versions');
  let owner: Page;
  let ws: OwnerWorkspace;

  const api = (path: string) => `${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy${path}`;
  const writeHeaders = () => ({ origin: get().server.url, 'x-csrf-token': ws.csrfToken });
  const strategy = async (): Promise<StrategyState> => {
    const response = await owner.context().request.get(api(''));
    assert.equal(response.status(), 200);
    return (await response.json()) as StrategyState;
  };
  const region = (name: string): Locator => owner.getByRole('region', { name, exact: true });
  const compare = () => region(V.compare.title);
  const importPanel = () => region(V.import.title);

  step('a strategy is saved and the versions page says nothing is published yet', async () => {
    owner = await get().newPerson();
    ws = await setUpOwnerWorkspace(owner, get().server.url);
    const put = await owner.context().request.put(api(''), { headers: writeHeaders(), data: { revision: 0, document: startingStrategy() } });
    assert.equal(put.status(), 200, await put.text());
    await owner.goto(`${get().server.url}${ws.workspacePath}/versions`);
    await visible(owner.getByRole('heading', { level: 1, name: en.sections.versions.title }));
    await visible(owner.getByText(V.list.empty));
    await visible(compare().getByText(V.compare.needVersion));
  });

  step('the owner publishes version 1 with a label', async () => {
    const publish = region(V.publish.title);
    await publish.getByRole('button', { name: V.publish.submit }).click();
    await visible(publish.getByText(V.publish.labelRequired));
    await publish.getByLabel(V.publish.label).fill(LABEL);
    await publish.getByRole('button', { name: V.publish.submit }).click();
    await visible(publish.getByRole('status').getByText(fill(V.publish.done, { number: 1, label: LABEL })));
    const row = owner.getByRole('row').filter({ hasText: LABEL });
    await visible(row.getByRole('cell', { name: 'Olivia Owner' }));
    // Nothing changed since it was published.
    await visible(compare().getByText(V.compare.noDifferences));
    await expectAccessible(owner, 'versions page with one version');
  });

  step('after a colleague changes the goals, publishing from the stale page is refused with a reload', async () => {
    const { revision, document } = await strategy();
    const goals = { ...document.goals, statement: SECOND_STATEMENT, objectives: document.goals.objectives.map((o) => ({ ...o, target: 150 })) };
    const put = await owner.context().request.put(api('/sections/goals'), { headers: writeHeaders(), data: { revision, value: goals } });
    assert.equal(put.status(), 200, await put.text());

    const publish = region(V.publish.title);
    await publish.getByLabel(V.publish.label).fill('Too late');
    await publish.getByRole('button', { name: V.publish.submit }).click();
    const stale = await visible(publish.getByRole('alert').filter({ hasText: V.stale.title }));
    await stale.getByRole('button', { name: V.stale.reload }).click();
    await stale.waitFor({ state: 'detached' });
    assert.equal(await owner.getByRole('row').filter({ hasText: 'Too late' }).count(), 0);
  });

  step('comparing version 1 with the draft shows the new statement and the named objective', async () => {
    await owner.getByRole('button', { name: `${V.list.compare} ${fill(V.versionName, { number: 1 })}` }).click();
    await visible(compare().getByText(fill(V.compare.count, { total: 2 })));
    const goals = compare().getByRole('region', { name: en.sections.goals.title });
    const statement = goals.getByRole('listitem').filter({ hasText: 'Statement' });
    await visible(statement.getByText(V.compare.kind.changed));
    await visible(statement.getByText(FIRST_STATEMENT));
    await visible(statement.getByText(SECOND_STATEMENT));
    const target = goals.getByRole('listitem').filter({ hasText: 'Objectives › Leads from LINE OA › Target' });
    await visible(target.getByText('120', { exact: true }));
    await visible(target.getByText('150', { exact: true }));
    await expectAccessible(owner, 'versions page with a comparison');
  });

  step('an invalid YAML file is refused with every problem listed, and the draft is untouched', async () => {
    const before = await strategy();
    const broken = structuredClone(before.document) as unknown as { goals: { goals: { type: string }[]; objectives: { target: unknown }[] } };
    broken.goals.objectives[0]!.target = 'a lot';
    broken.goals.goals[0]!.type = 'fame';
    await importPanel()
      .getByLabel(V.import.file)
      .setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(stringify(broken)) });
    await importPanel().getByRole('button', { name: V.import.submit }).click();
    const alert = await visible(importPanel().getByRole('alert').filter({ hasText: V.import.refusedTitle }));
    const problems = alert.getByRole('list', { name: V.import.problems }).getByRole('listitem');
    await visible(problems.filter({ hasText: 'content.goals.goals[0].type' }));
    await visible(problems.filter({ hasText: 'content.goals.objectives[0].target' }));
    const after = await strategy();
    assert.equal(after.revision, before.revision);
    assert.deepEqual(after.document, before.document);
    await expectAccessible(owner, 'versions page with import problems');
  });

  step('a file that is not JSON or YAML is stopped in the browser', async () => {
    await importPanel().getByLabel(V.import.file).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await visible(importPanel().getByText(V.import.problem.wrongType));
    assert.equal(await importPanel().getByRole('button', { name: V.import.submit }).isDisabled(), true);
  });

  step('version 1 downloaded as JSON imports back, and the draft then matches it', async () => {
    const download = owner.waitForEvent('download');
    await owner.getByRole('button', { name: `${V.list.download} ${fill(V.versionName, { number: 1 })}` }).click();
    const downloaded = await download;
    assert.equal(downloaded.suggestedFilename(), 'strategy-v1.json');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'socialplan-e2e-download-'));
    let content: Buffer;
    try {
      const file = path.join(dir, downloaded.suggestedFilename());
      await downloaded.saveAs(file);
      content = await readFile(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await importPanel().getByLabel(V.import.file).setInputFiles({ name: downloaded.suggestedFilename(), mimeType: 'application/json', buffer: content });
    await importPanel().getByRole('button', { name: V.import.submit }).click();
    await visible(importPanel().getByRole('status').getByText(fill(V.import.done, { name: 'strategy-v1.json' })));
    assert.equal((await strategy()).document.goals.statement, FIRST_STATEMENT);
    await visible(compare().getByText(V.compare.noDifferences));
  });

  step('the draft downloads as JSON and YAML', async () => {
    for (const [name, type] of [
      [V.export.json, 'application/json'],
      [V.export.yaml, 'application/yaml'],
    ] as const) {
      const href = await region(V.export.title).getByRole('link', { name }).getAttribute('href');
      const response = await owner.context().request.get(`${get().server.url}${href}`);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', new RegExp(type));
      assert.match(await response.text(), /Grow web-shop sales in Thailand through LINE OA\./);
    }
  });

  step('each version offers its documents (Markdown, HTML, DOCX) from the documents menu', async () => {
    const row = owner.getByRole('row').filter({ hasText: LABEL });
    await row.getByRole('button', { name: fill(en.strategy.documents.downloadVersion, { number: 1 }) }).click();
    const docx = await visible(owner.getByRole('link', { name: en.strategy.documents.formats.docx }));
    assert.match((await docx.getAttribute('href')) ?? '', /export\.docx\?.*version=1/);
    await owner.keyboard.press('Escape');
  });
});
