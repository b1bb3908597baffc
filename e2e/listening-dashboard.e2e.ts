import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import en from '../src/web/i18n/locales/en.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import { type ListeningData, seedListening } from './support/listening-data.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const D = en.listening.dashboard;
const M = en.listening.mentions;
const FINDING = 'The launch day tripled brand mentions; most were neutral queue reports, not complaints.';
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

// Mentions pushed through the webhook, read on the dashboard, followed to a spike, corrected, and kept as evidence.
describe('listening: dashboard, mention stream and evidence', () => {
  const { step, get } = journey('listening-dashboard');
  let owner: Page;
  let ws: OwnerWorkspace;
  let data: ListeningData;

  const heading = (name: string) => visible(owner.getByRole('heading', { level: 1, name }));
  const card = (name: string) => owner.getByRole('region', { name, exact: true });

  step('a week of Thai and Chinese mentions arrives through the webhook', async () => {
    owner = await get().newPerson();
    ws = await setUpOwnerWorkspace(owner, get().server.url);
    data = await seedListening(owner, get().server.url, ws);
    assert.equal(data.total, 33);
  });

  step('the dashboard draws its charts, counts every mention and shows both topics’ share of voice', async () => {
    await owner.goto(`${get().server.url}${ws.workspacePath}/listening/dashboard`);
    await heading(D.title);
    await visible(owner.getByRole('navigation', { name: en.listening.tabs.label }).getByRole('link', { name: en.listening.tabs.dashboard }).and(owner.locator('[aria-current="page"]')));
    // The section navigation still marks the Listening step on a sub-page.
    await visible(owner.getByRole('link', { name: /Listening$/ }).and(owner.locator('[aria-current="page"]')));

    const tiles = owner.locator('dl').filter({ has: owner.getByText(D.tiles.mentions, { exact: true }) });
    await visible(tiles.locator('dd').first().getByText(String(data.total), { exact: true }));
    for (const title of [D.volume.title, D.sentiment.title, D.share.title, D.channels.title, D.languages.title]) {
      await visible(card(title).getByRole('img', { name: title }).locator('svg'));
    }
    const share = card(D.share.title);
    await share.getByRole('button', { name: en.listening.common.showTable }).click();
    for (const topic of [data.brand.name, data.rival.name]) await visible(share.getByRole('rowheader', { name: topic }));
    await expectAccessible(owner, 'listening dashboard');
  });

  step('a spike opens the mentions of that day and topic', async () => {
    const spikes = card(D.spikes.title);
    await spikes.getByRole('link', { name: new RegExp(`${data.brand.name}$`) }).click();
    await owner.waitForURL((url) => url.pathname.endsWith('/listening/mentions') && url.searchParams.get('from') === data.spikeDay && url.searchParams.get('to') === data.spikeDay);
    assert.equal(new URL(owner.url()).searchParams.get('topic'), data.brand.id);
    await heading(M.title);
    await visible(owner.getByText(fill(M.end, { shown: data.spikeMentions }), { exact: true }));
    assert.equal(await owner.getByRole('article').count(), data.spikeMentions);
    await expectAccessible(owner, 'mention stream');
  });

  step('a corrected sentiment is shown at once and is still there after a reload', async () => {
    const author = '@queue_fan_3';
    const mention = owner.getByRole('article', { name: new RegExp(`^${fill(M.mentionBy, { author, when: '' })}`) });
    const control = mention.getByRole('radiogroup', { name: fill(M.sentimentOf, { author }) });
    const checked = await control.getByRole('radio', { checked: true }).getAttribute('value');
    const target = checked === 'neg' ? 'pos' : 'neg';
    const label = en.listening.common.sentiment[target];
    await control.getByText(label, { exact: true }).click();
    const model = en.listening.common.sentiment[(checked ?? 'neu') as 'pos' | 'neu' | 'neg'];
    await visible(mention.getByText(fill(M.corrected, { model }), { exact: true }));

    await owner.reload();
    await heading(M.title);
    const again = owner.getByRole('article', { name: new RegExp(`^${fill(M.mentionBy, { author, when: '' })}`) });
    await visible(again.getByText(fill(M.corrected, { model }), { exact: true }));
    assert.equal(await again.getByRole('radio', { checked: true }).getAttribute('value'), target);
    await visible(owner.getByRole('region', { name: M.model.title }));
  });

  step('a frequent author becomes an influencer in the strategy’s relationships', async () => {
    await owner.getByRole('navigation', { name: en.listening.tabs.label }).getByRole('link', { name: en.listening.tabs.dashboard }).click();
    await heading(D.title);
    const authors = card(D.authors.title);
    await authors.getByRole('button', { name: fill(D.authors.add, { name: '@ari_morning' }) }).click();
    await visible(authors.getByRole('listitem').filter({ hasText: '@ari_morning' }).getByRole('link', { name: D.authors.inRelationships }));
    const response = await owner.context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy`);
    const { relationships } = ((await response.json()) as { document: { relationships: { relationships: { name: string; kind: string }[] } } }).document.relationships;
    assert.deepEqual(
      relationships.map((r) => [r.name, r.kind]),
      [['@ari_morning', 'influencer']],
    );
  });

  step('a chart saved as evidence appears as a finding on the Plan tab', async () => {
    await card(D.volume.title).getByRole('button', { name: fill(D.evidence.saveFor, { chart: D.volume.title }) }).click();
    const dialog = owner.getByRole('dialog', { name: fill(D.evidence.title, { chart: D.volume.title }) });
    await dialog.getByRole('button', { name: D.evidence.submit }).click();
    await visible(dialog.getByText(D.evidence.findingMissing));
    await dialog.getByLabel(D.evidence.finding).fill(FINDING);
    await dialog.getByRole('button', { name: D.evidence.submit }).click();
    await visible(owner.getByText(fill(D.evidence.saved, { chart: D.volume.title })));
    await owner.getByRole('link', { name: D.evidence.openPlan }).click();

    await heading(en.sections.listening.title);
    const saved = await visible(owner.getByRole('textbox', { name: new RegExp(`^${en.strategy.listening.finding.split('{{')[0]}`) }));
    assert.equal(await saved.inputValue(), FINDING);
    await visible(owner.getByText(new RegExp(`^${en.listening.common.evidence.from.split(':')[0]}: ${en.listening.common.evidence.charts.volume}`)));
    const response = await owner.context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy`);
    const finding = ((await response.json()) as { document: { listening: { findings: { text: string; evidence?: { chart: string; series: unknown[] } }[] } } }).document.listening.findings[0];
    assert.equal(finding?.text, FINDING);
    assert.equal(finding?.evidence?.chart, 'volume');
    assert.equal(finding?.evidence?.series.length, 30, 'the last 30 days, one value a day');
    await expectAccessible(owner, 'listening plan with a saved finding');
  });
});
