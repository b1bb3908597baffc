import type { Page } from 'playwright-core';
import { CHANNEL_LABELS, SECTION_LABELS } from '../../src/shared/strategy/strategy-labels.messages.ts';
import { RACI_SECTION_KEYS, type RaciSectionKey } from '../../src/shared/strategy/strategy-team.schemas.ts';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { expectAccessible } from './browser.ts';
import { visible } from './journey.ts';
import { CAFE, CONTEXT, GOVERNANCE, RELATIONSHIP, VOICE } from './strategy-thai-content.ts';
import { card, saved, combo, type Ui } from './strategy-thai-ui.ts';

// Step 1 (the team and who does what) and the four sections around the plan.
const S = th.strategy;
const n = (text: string, number: number) => text.replace('{{number}}', String(number));

/** Step 1, first half: the owner invites the café's sales lead and reads the one-time link. */
export async function inviteSalesLead(ui: Ui): Promise<string> {
  const invitations = ui.page.getByRole('region', { name: th.team.invitations.title });
  await ui.type(invitations.getByLabel(th.fields.email, { exact: true }), CAFE.member.email);
  await ui.select(invitations.getByLabel(th.fields.businessFunction, { exact: true }), 'sales');
  await ui.click(invitations.getByRole('button', { name: th.team.invite.submit }));
  const link = ((await (await visible(ui.page.getByTestId('invite-link'))).textContent()) ?? '').trim();
  // Copying is what the owner does with the link (a headless browser may refuse the clipboard; the text is read above).
  await ui.click(ui.page.getByRole('button', { name: th.team.invite.copy }));
  return link;
}

/** The invitee, in their own Thai browser: name, password, join. */
export async function acceptInvitation(ui: Ui, link: string): Promise<void> {
  const { page } = ui;
  await page.goto(link);
  await visible(page.getByRole('heading', { level: 1, name: th.invite.title.replace('{{workspace}}', CAFE.workspace) }));
  await expectAccessible(page, 'invitation page in Thai');
  await ui.type(page.getByLabel(th.fields.name, { exact: true }), CAFE.member.name);
  await ui.type(page.getByLabel(th.fields.password, { exact: true }), CAFE.member.password);
  await ui.click(page.getByRole('button', { name: th.invite.createAndAccept }));
  await page.waitForURL((url) => url.pathname.endsWith('/team'));
}

// The owner answers for every part; the sales lead does the outward-facing work.
const DOER: Readonly<Record<RaciSectionKey, 'owner' | 'member'>> = {
  goals: 'owner',
  context: 'owner',
  listening: 'member',
  audience: 'owner',
  metrics: 'member',
  oneThing: 'owner',
  channels: 'member',
  voice: 'owner',
  governance: 'owner',
  relationships: 'member',
};

/** Step 1, second half: one Accountable and one Responsible for every section of the strategy. */
export async function fillRaci(ui: Ui): Promise<void> {
  const raci = ui.page.getByRole('region', { name: S.raci.title });
  for (const section of RACI_SECTION_KEYS) {
    const label = SECTION_LABELS[section].th;
    await ui.pick(combo(raci, S.raci.accountableFor.replace('{{section}}', label)), [CAFE.owner.name]);
    const doer = DOER[section] === 'owner' ? CAFE.owner.name : CAFE.member.name;
    await ui.pick(combo(raci, S.raci.responsibleFor.replace('{{section}}', label)), [doer]);
  }
  await saved(ui.page);
}

/** Business context: a customer segment, the market, a strength, the value proposition, budget and people. */
export async function fillContext(ui: Ui): Promise<void> {
  const { page } = ui;
  const C = S.context;
  await ui.click(page.getByRole('button', { name: C.segments.add }));
  await ui.type(card(page, n(C.segments.untitled, 1)).getByLabel(C.segments.name, { exact: true }), CONTEXT.segment.name);
  await ui.type(card(page, CONTEXT.segment.name).getByLabel(C.segments.description, { exact: true }), CONTEXT.segment.description);
  await ui.type(page.getByLabel(C.analysis.marketSummary, { exact: true }), CONTEXT.marketSummary);
  await ui.click(page.getByRole('button', { name: C.swot.strength.add }));
  await ui.type(page.getByLabel(n(C.swot.strength.item, 1), { exact: true }), CONTEXT.strength);
  await ui.type(page.getByRole('textbox', { name: C.valueProposition.label, exact: true }), CONTEXT.valueProposition);
  await ui.type(page.getByLabel(C.planning.budget, { exact: true }), CONTEXT.budget);
  await ui.type(page.getByLabel(C.resources.headcount, { exact: true }), CONTEXT.headcount);
  await ui.type(page.getByLabel(C.resources.hoursPerWeek, { exact: true }), CONTEXT.hoursPerWeek);
  await saved(page);
}

/** Be human: who we are and are not, how we write Thai, how fast we answer, the brand as a person. */
export async function fillVoice(ui: Ui): Promise<void> {
  const { page } = ui;
  const V = S.voice;
  await ui.tags(combo(page, V.weAre.label), VOICE.weAre);
  await ui.tags(combo(page, V.weAreNot.label), VOICE.weAreNot);
  // The button names the language the browser's way ("ไทย (th)"), so only the tag is matched exactly.
  await ui.click(page.getByRole('button', { name: /\(th\)$/ }));
  const thai = page.getByRole('region', { name: /\(th\)$/ });
  await ui.click(thai.getByRole('radio', { name: V.formality.casual, exact: true }));
  await ui.type(thai.getByLabel(V.languages.notes, { exact: true }), VOICE.thaiNotes);
  await ui.type(page.getByLabel(V.responseTime.label, { exact: true }), VOICE.responseHours);
  await ui.type(page.getByLabel(V.persona.label, { exact: true }), VOICE.brandPersona);
  await saved(page);
}

async function addGovernanceItem(ui: Ui, kind: 'policy' | 'guideline' | 'approval_process' | 'training', title: string): Promise<void> {
  const G = S.governance;
  await ui.click(ui.page.getByRole('button', { name: G.add[kind], exact: true }));
  await ui.type(card(ui.page, n(G.untitled[kind], 1)).getByLabel(G.title, { exact: true }), title);
}

/** Governance: the policy with its rule, a guideline, the approval step, training and the first crisis level. */
export async function fillGovernance(ui: Ui): Promise<void> {
  const { page } = ui;
  const G = S.governance;
  await addGovernanceItem(ui, 'policy', GOVERNANCE.policy.title);
  await ui.type(card(page, GOVERNANCE.policy.title).getByLabel(G.body, { exact: true }), GOVERNANCE.policy.body);
  await addGovernanceItem(ui, 'guideline', GOVERNANCE.guideline);
  await addGovernanceItem(ui, 'approval_process', GOVERNANCE.approval);
  await addGovernanceItem(ui, 'training', GOVERNANCE.training);
  await ui.click(page.getByRole('button', { name: G.crisis.add, exact: true }));
  const level = card(page, G.crisis.levelName.replace('{{level}}', '1'));
  await ui.type(level.getByLabel(G.crisis.description, { exact: true }), GOVERNANCE.crisis.description);
  await ui.tags(combo(level, G.crisis.whoIsCalled), GOVERNANCE.crisis.who);
  await ui.type(level.getByLabel(G.crisis.responseTime, { exact: true }), GOVERNANCE.crisis.minutes);
  await saved(page);
}

/** Relationships: the local food bloggers, what they are worth, and how and how often the sales lead reaches them. */
export async function fillRelationships(ui: Ui): Promise<void> {
  const { page } = ui;
  const R = S.relationships;
  await ui.click(page.getByRole('button', { name: R.add, exact: true }));
  await ui.type(card(page, n(R.untitled, 1)).getByLabel(R.name, { exact: true }), RELATIONSHIP.name);
  const group = card(page, RELATIONSHIP.name);
  await ui.choose(combo(group, R.kind), R.kinds.blogger);
  await ui.type(group.getByLabel(R.count, { exact: true }), RELATIONSHIP.count);
  // The star's radio is hidden behind its picture; a person clicks the picture, which is the radio's label.
  const star = await group.getByRole('radio', { name: R.valueOf.replace('{{value}}', String(RELATIONSHIP.value)) }).getAttribute('id');
  await ui.click(group.locator(`label[for="${star}"]`));
  await ui.choose(combo(group, R.channel), CHANNEL_LABELS.instagram.th);
  await ui.choose(combo(group, R.frequency), R.frequencies.monthly);
  await ui.choose(combo(group, R.owner), CAFE.member.name);
  await saved(page);
}

/** The overview's "N% complete" as a number. */
export async function shownPercent(page: Page): Promise<number> {
  const [before] = S.overview.complete.split('{{percent}}');
  const text = (await (await visible(page.getByText(new RegExp(`^${before}\\d+%$`)))).textContent()) ?? '';
  return Number(text.slice(before?.length ?? 0).replace('%', ''));
}
