import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { StrategyState } from '../src/shared/api/strategy.schemas.ts';
import { zipEntries } from '../src/server/test-support/zip-entries.ts';
import th from '../src/web/i18n/locales/th.json' with { type: 'json' };
import { expectAccessible } from './support/browser.ts';
import { journey, visible } from './support/journey.ts';
import {
  acceptInvitation,
  fillContext,
  fillGovernance,
  fillRaci,
  fillRelationships,
  fillVoice,
  inviteSalesLead,
  shownPercent,
} from './support/strategy-thai-around.ts';
import { CAFE, GOALS, ONE_THING } from './support/strategy-thai-content.ts';
import { fillAudience, fillChannels, fillGoals, fillListening, fillMetrics, fillOneThing } from './support/strategy-thai-plan.ts';
import { countingUi, type Tally, type Ui } from './support/strategy-thai-ui.ts';
import { type OwnerWorkspace, setUpOwnerWorkspace } from './support/workspace.ts';

const T = th.sections;


/**
 * Issue 3's promise: a café team in Chiang Mai goes from an empty workspace to a complete, checked
 * strategy entirely in the Thai interface, and downloads it as a Word document. Every click and
 * field is counted, so the note can say what a newcomer's first strategy takes.
 */
describe('strategy in Thai: from an empty workspace to a checked strategy as DOCX', () => {
  const { step, get } = journey('strategy-thai');
  let owner: Ui;
  let member: Ui;
  let ws: OwnerWorkspace;
  let inviteLink = '';
  let started = 0;
  /** What each section cost the owner, for the note on a newcomer's first strategy. */
  const costs: string[] = [];

  const page = (): Page => owner.page;
  const strategy = async (): Promise<StrategyState> => {
    const response = await page().context().request.get(`${get().server.url}/api/v1/workspaces/${ws.workspaceId}/strategy`);
    assert.equal(response.status(), 200);
    return (await response.json()) as StrategyState;
  };
  const unfilled = (state: StrategyState) =>
    state.completeness.steps.flatMap((s) => s.parts.filter((part) => !part.filled).map((part) => `${s.step}:${part.id}`));
  const measured = async (name: string, work: () => Promise<unknown>) => {
    const before = { ...owner.tally };
    await work();
    const { clicks, typed, keys } = owner.tally;
    costs.push(`${name} ${clicks - before.clicks}/${typed - before.typed}/${keys - before.keys}`);
  };
  /** Opens a section from the navigation, fills it, and checks the filled-in page for accessibility. */
  const section = async (title: string, slug: string, stepNumber: number | undefined, fill: (ui: Ui) => Promise<void>) => {
    await measured(slug, async () => {
      await owner.open(title, slug, stepNumber);
      await fill(owner);
    });
    await expectAccessible(page(), `${slug} page filled in`);
  };

  step('an empty workspace: the overview shows nothing done yet', async () => {
    started = Date.now();
    owner = countingUi(await get().newPerson('th-TH'));
    ws = await setUpOwnerWorkspace(page(), get().server.url, {
      locale: 'th',
      name: CAFE.owner.name,
      email: CAFE.owner.email,
      organization: CAFE.organization,
      workspace: CAFE.workspace,
    });
    await page().goto(`${get().server.url}${ws.workspacePath}/team`);
    await visible(page().getByRole('heading', { level: 1, name: T.team.title, exact: true }));
    await owner.open(T.overview.title, 'overview');
    const state = await strategy();
    assert.equal(state.completeness.overall, 0);
    assert.equal(await shownPercent(page()), 0);
    await expectAccessible(page(), 'overview of an empty strategy');
  });

  step('step 1: the owner invites the sales lead, who joins from their own browser', async () => {
    await measured('invitation', async () => {
      await owner.open(T.team.title, 'team', 1);
      inviteLink = await inviteSalesLead(owner);
    });
    member = countingUi(await get().newPerson('th-TH'));
    await acceptInvitation(member, inviteLink);
    await expectAccessible(member.page, 'team page of the new member');
  });

  step('step 2: goals, the Thai strategy statement, a SMART objective and a tactic', async () => {
    await section(T.goals.title, 'goals', 2, fillGoals);
    const goals = (await strategy()).document.goals;
    assert.equal(goals.statement, GOALS.statement);
    assert.deepEqual(goals.goals.map((goal) => [goal.type, goal.priority]), [['acquisition_sales', 'primary']]);
    assert.equal(goals.objectives[0]?.goalId, goals.goals[0]?.id);
    assert.equal(goals.tactics[0]?.objectiveId, goals.objectives[0]?.id);
  });

  step('around the plan: the business context', async () => {
    await section(T.context.title, 'context', undefined, fillContext);
  });

  step('step 3: the listening plan', async () => {
    await section(T.listening.title, 'listening', 3, fillListening);
  });

  step('step 4: the audience persona', async () => {
    await section(T.audience.title, 'audience', 4, fillAudience);
  });

  step('step 5: a KPI for the objective with four quarterly targets', async () => {
    await section(T.metrics.title, 'metrics', 5, fillMetrics);
    const { goals, metrics } = (await strategy()).document;
    assert.equal(metrics.kpis[0]?.objectiveId, goals.objectives[0]?.id);
    assert.deepEqual(metrics.kpis[0]?.quarterlyTargets, [150, 200, 260, 360]);
  });

  step('step 6: the one thing', async () => {
    await section(T.oneThing.title, 'one-thing', 6, fillOneThing);
  });

  step('step 7: LINE OA and Facebook, each with a reason, the persona and a KPI', async () => {
    await section(T.channels.title, 'channels', 7, fillChannels);
    const { channels, audience } = (await strategy()).document;
    assert.deepEqual(channels.channels.map((plan) => plan.channel).sort(), ['facebook', 'line_oa']);
    for (const plan of channels.channels) assert.deepEqual(plan.personaIds, [audience.personas[0]?.id]);
  });

  step('around the plan: be human, governance and relationships', async () => {
    await section(T.voice.title, 'voice', undefined, fillVoice);
    await section(T.governance.title, 'governance', undefined, fillGovernance);
    await section(T.relationships.title, 'relationships', undefined, fillRelationships);
  });

  step('step 1 again: who does what, now that the team has two people', async () => {
    await section(T.team.title, 'team', 1, fillRaci);
  });

  step('the method check finds no errors and the overview shows the strategy complete', async () => {
    await owner.open(T.overview.title, 'overview');
    const state = await strategy();
    const errors = state.findings.filter((finding) => finding.severity === 'error');
    assert.deepEqual(errors, [], 'no error-severity findings');
    assert.deepEqual(unfilled(state), []);
    const percent = Math.round(state.completeness.overall * 100);
    assert.equal(percent, 100, `completeness ${percent}%`);
    assert.equal(await shownPercent(page()), percent);
    await visible(page().getByText(`${th.strategy.severity.error}: 0`, { exact: true }));
    await visible(page().getByRole('textbox', { name: th.strategy.goals.statement }));
    await expectAccessible(page(), 'overview of the finished strategy');
    const warnings = state.findings.filter((finding) => finding.severity !== 'error').map((finding) => finding.ruleId);
    process.stdout.write(`completeness ${percent}%, findings other than errors: ${warnings.length ? warnings.join(', ') : 'none'}\n`);
  });

  step('the strategy downloads from the overview as a Word document in Thai', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'socialplan-docx-'));
    try {
      const download = page().waitForEvent('download');
      await measured('download', async () => {
        await owner.click(page().getByRole('button', { name: th.strategy.documents.download }));
        await owner.click(page().getByRole('link', { name: th.strategy.documents.formats.docx }));
      });
      const file = path.join(folder, (await download).suggestedFilename());
      await (await download).saveAs(file);
      assert.match(file, /\.docx$/);
      const xml = zipEntries(await readFile(file)).get('word/document.xml')?.toString('utf8') ?? '';
      assert.ok(xml.length > 0, 'the DOCX has word/document.xml');
      for (const text of [GOALS.statement, GOALS.objective.title, ONE_THING.differentiator]) {
        assert.ok(xml.includes(text), `the document holds "${text}"`);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    report(owner.tally, member.tally, costs, Date.now() - started);
  });
});

function report(owner: Tally, member: Tally, costs: string[], elapsedMs: number): void {
  const clicks = owner.clicks + member.clicks;
  const typed = owner.typed + member.typed;
  const keys = owner.keys + member.keys;
  process.stdout.write(
    `first strategy: ${clicks} clicks, ${typed} fields typed, ${keys} keys (Enter after a tag, Escape to close a list); ` +
      `the invited sales lead's share ${member.clicks}/${member.typed}/${member.keys}; ${Math.round(elapsedMs / 1000)} s in the browser\n` +
      `  per part (clicks/typed/keys): ${costs.join(', ')}\n`,
  );
}
