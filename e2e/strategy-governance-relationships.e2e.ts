import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { Strategy } from '../src/shared/strategy/strategy.schemas.ts';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { atPath, expectValue, journey, visible } from './support/journey.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const OWNER = 'Olivia Owner';
const G = en.strategy.governance;
const R = en.strategy.relationships;
const POLICY = { title: 'Social media code of conduct', body: 'Only the content team posts on brand accounts.', reviewDate: '2020-01-15' };
const CRISIS = { description: 'Customer data leaked or a safety issue with a product.', who: ['Managing director', 'Lawyer'], minutes: '30' };
const BLOGGERS = { name: 'Chiang Mai food bloggers', count: '12', value: 4 };
const INFLUENCERS = { name: 'Bangkok coffee influencers', count: '5', value: 5 };

type StrategyState = { revision: number; document: Strategy };

// The two sections around the plan: governance with an overdue review and a crisis ladder, and the relationship map.
describe('strategy: governance and relationships', () => {
  const { step, get } = journey('strategy-governance-relationships');
  let owner: Page;
  let ws: OwnerWorkspace;

  const heading = (name: string) => visible(owner.getByRole('heading', { level: 1, name }));
  const saved = () => visible(owner.getByRole('status').getByText(en.strategy.save.saved, { exact: true }));
  const card = (name: string) => owner.getByRole('group', { name, exact: true });
  const openSection = async (title: string, slug: string) => {
    await owner.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: title }).click();
    await atPath(owner, new RegExp(`/${slug}$`));
    await heading(title);
  };
  const choose = async (scope: Locator, label: string, option: string) => {
    await scope.getByLabel(label, { exact: true }).click();
    await owner.getByRole('option', { name: option, exact: true }).click();
  };
  const rate = async (scope: Locator, value: number) => {
    // Keyboard, as a screen-reader user would: focus the star and press Space.
    await scope.getByRole('radio', { name: R.valueOf.replace('{{value}}', String(value)) }).focus();
    await owner.keyboard.press('Space');
  };
  const strategy = async (): Promise<StrategyState> => {
    const response = await owner.context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy`);
    assert.equal(response.status(), 200);
    return (await response.json()) as StrategyState;
  };

  step('the owner opens Governance from the navigation and writes a policy with an owner and a past review date', async () => {
    owner = await get().newPerson();
    ws = await setUpOwnerWorkspace(owner, get().server.url);
    await owner.goto(`${get().server.url}${ws.workspacePath}/team`);
    await heading(en.sections.team.title);
    await openSection(en.sections.governance.title, 'governance');

    await owner.getByRole('button', { name: G.add.policy }).click();
    const policy = card(G.untitled.policy.replace('{{number}}', '1'));
    await policy.getByLabel(G.title, { exact: true }).fill(POLICY.title);
    const named = card(POLICY.title);
    await named.getByLabel(G.body).fill(POLICY.body);
    await choose(named, G.owner, OWNER);
    await named.getByLabel(G.reviewDate).fill(POLICY.reviewDate);
    await visible(named.getByText(G.overdue, { exact: true }));
    await visible(owner.getByText(G.overdueSummary.replace('{{count}}', '1')));
  });

  step('a crisis level says who is called and how fast', async () => {
    await owner.getByRole('button', { name: G.crisis.add }).click();
    const level = card(G.crisis.levelName.replace('{{level}}', '1'));
    await level.getByLabel(G.crisis.description).fill(CRISIS.description);
    const who = level.getByLabel(G.crisis.whoIsCalled);
    for (const person of CRISIS.who) {
      await who.fill(person);
      await who.press('Enter');
    }
    await level.getByLabel(G.crisis.responseTime).fill(CRISIS.minutes);
    await saved();

    const governance = (await strategy()).document.governance;
    assert.equal(governance.items.length, 1);
    assert.deepEqual(
      { kind: governance.items[0]?.kind, title: governance.items[0]?.title, reviewDate: governance.items[0]?.reviewDate, owned: governance.items[0]?.ownerUserId !== null },
      { kind: 'policy', title: POLICY.title, reviewDate: POLICY.reviewDate, owned: true },
    );
    assert.deepEqual(
      governance.crisis.levels.map((l) => [l.level, l.description, l.whoIsCalled, l.responseTimeMinutes]),
      [[1, CRISIS.description, CRISIS.who, 30]],
    );
  });

  step('after a reload the policy, its overdue review and the crisis level are still there', async () => {
    await owner.reload();
    await heading(en.sections.governance.title);
    const policy = card(POLICY.title);
    assert.equal(await policy.getByLabel(G.body).inputValue(), POLICY.body);
    await expectValue(policy.getByLabel(G.owner, { exact: true }), OWNER);
    assert.equal(await policy.getByLabel(G.reviewDate).inputValue(), POLICY.reviewDate);
    await visible(policy.getByText(G.overdue, { exact: true }));
    const level = card(G.crisis.levelName.replace('{{level}}', '1'));
    assert.equal(await level.getByLabel(G.crisis.description).inputValue(), CRISIS.description);
    assert.equal(await level.getByLabel(G.crisis.responseTime).inputValue(), CRISIS.minutes);
    for (const person of CRISIS.who) await visible(level.getByText(person, { exact: true }));
    await expectAccessible(owner, 'governance page');
  });

  step('two relationships go in on the Relationships page, one of them influencers worth 5 of 5', async () => {
    await openSection(en.sections.relationships.title, 'relationships');
    await visible(owner.getByText(R.map.empty));

    await owner.getByRole('button', { name: R.add }).click();
    await card(R.untitled.replace('{{number}}', '1')).getByLabel(R.name, { exact: true }).fill(BLOGGERS.name);
    const bloggers = card(BLOGGERS.name);
    await choose(bloggers, R.kind, R.kinds.blogger);
    await bloggers.getByLabel(R.count).fill(BLOGGERS.count);
    await rate(bloggers, BLOGGERS.value);
    await choose(bloggers, R.frequency, R.frequencies.monthly);

    await owner.getByRole('button', { name: R.add }).click();
    await card(R.untitled.replace('{{number}}', '2')).getByLabel(R.name, { exact: true }).fill(INFLUENCERS.name);
    const influencers = card(INFLUENCERS.name);
    await choose(influencers, R.kind, R.kinds.influencer);
    await influencers.getByLabel(R.count).fill(INFLUENCERS.count);
    await rate(influencers, INFLUENCERS.value);
    await choose(influencers, R.channel, 'Instagram');
    await choose(influencers, R.owner, OWNER);
    await saved();

    const relationships = (await strategy()).document.relationships.relationships;
    assert.deepEqual(
      relationships.map((r) => [r.name, r.kind, r.count, r.value]),
      [
        [BLOGGERS.name, 'blogger', 12, BLOGGERS.value],
        [INFLUENCERS.name, 'influencer', 5, INFLUENCERS.value],
      ],
    );
    assert.equal(relationships[0]?.flow.frequency, 'monthly');
    assert.equal(relationships[1]?.flow.channel, 'instagram');
    assert.notEqual(relationships[1]?.flow.ownerUserId, null);
  });

  step('after a reload the relationships are kept and the map draws them, with a table for those who cannot see it', async () => {
    await owner.reload();
    await heading(en.sections.relationships.title);
    const influencers = card(INFLUENCERS.name);
    assert.equal(await influencers.getByLabel(R.kind, { exact: true }).inputValue(), R.kinds.influencer);
    assert.equal(await influencers.getByLabel(R.count).inputValue(), INFLUENCERS.count);
    assert.equal(await influencers.getByRole('radio', { name: R.valueOf.replace('{{value}}', '5') }).isChecked(), true);
    await expectValue(influencers.getByLabel(R.owner, { exact: true }), OWNER);
    assert.equal(await card(BLOGGERS.name).getByRole('radio', { name: R.valueOf.replace('{{value}}', '4') }).isChecked(), true);

    const map = await visible(owner.getByRole('img', { name: R.map.label }));
    await visible(map.locator('svg'));
    // Two bubbles: ECharts draws each scatter symbol as an SVG path labelled with its name.
    await visible(map.locator('svg').getByText(INFLUENCERS.name));
    await visible(map.locator('svg').getByText(BLOGGERS.name));
    const summary = R.map.summary.replace('{{count}}', '2').replace('{{name}}', INFLUENCERS.name).replace('{{value}}', '5');
    await visible(owner.getByText(summary));

    await owner.getByRole('button', { name: R.map.showTable }).click();
    const table = await visible(owner.getByRole('group', { name: R.map.tableLabel }));
    await visible(table.getByRole('rowheader', { name: INFLUENCERS.name }));
    await visible(table.getByRole('cell', { name: R.kinds.influencer, exact: true }));
    await expectAccessible(owner, 'relationships page with the map and its table');
  });
});
