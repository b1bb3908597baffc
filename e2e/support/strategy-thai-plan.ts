import { CHANNEL_LABELS, GOAL_TYPE_LABELS, KPI_LABELS } from '../../src/shared/strategy/strategy-labels.messages.ts';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { CAFE, CHANNELS, GOALS, KPI, LISTENING, ONE_THING, PERSONA } from './strategy-thai-content.ts';
import { card, saved, combo, type Ui } from './strategy-thai-ui.ts';

// The seven steps' editors (2 to 7), filled in the way the café owner would, one page at a time.
const S = th.strategy;
const n = (text: string, number: number) => text.replace('{{number}}', String(number));

/** Step 2: the primary goal, the statement, one SMART objective and a tactic serving it. */
export async function fillGoals(ui: Ui): Promise<void> {
  const { page } = ui;
  // Why social: marketing, facing customers (external is preselected), in one line.
  await ui.click(page.getByRole('checkbox', { name: S.reasons.kinds.marketing }));
  await ui.type(page.getByLabel(S.reasons.descriptionFor.replace('{{reason}}', S.reasons.kinds.marketing), { exact: true }), GOALS.reason);
  await ui.choose(combo(page, S.goals.primary), GOAL_TYPE_LABELS.acquisition_sales.th);
  await ui.type(page.getByLabel(S.goals.statement, { exact: true }), GOALS.statement);

  // A new objective serves the primary goal already: the goal field needs no click.
  await ui.click(page.getByRole('button', { name: S.objectives.add }));
  await ui.type(card(page, n(S.objectives.untitled, 1)).getByLabel(S.objectives.title, { exact: true }), GOALS.objective.title);
  const objective = card(page, GOALS.objective.title);
  await ui.type(objective.getByLabel(S.objectives.metric, { exact: true }), GOALS.objective.metric);
  await ui.choose(combo(objective, S.objectives.unit), S.units.count);
  await ui.type(objective.getByLabel(S.objectives.baseline, { exact: true }), GOALS.objective.baseline);
  await ui.type(objective.getByLabel(S.objectives.target, { exact: true }), GOALS.objective.target);
  await ui.type(objective.getByLabel(S.objectives.deadline, { exact: true }), GOALS.objective.deadline);
  await ui.choose(combo(objective, S.objectives.owner), CAFE.owner.name);

  await ui.click(page.getByRole('button', { name: S.tactics.add }));
  await ui.type(card(page, n(S.tactics.untitled, 1)).getByLabel(S.tactics.title, { exact: true }), GOALS.tactic);
  const tactic = card(page, GOALS.tactic);
  await ui.choose(combo(tactic, S.tactics.objective), GOALS.objective.title);
  await ui.pick(combo(tactic, S.tactics.channels), [CHANNEL_LABELS.line_oa.th]);
  await saved(page);
}

/** Step 3: what to listen for, one competitor and one question. */
export async function fillListening(ui: Ui): Promise<void> {
  const { page } = ui;
  const L = S.listening;
  await ui.tags(combo(page, L.brandTerms), LISTENING.brandTerms);
  await ui.tags(combo(page, L.categoryTerms), LISTENING.categoryTerms);
  await ui.click(page.getByRole('button', { name: L.addCompetitor }));
  await ui.type(card(page, n(L.untitledCompetitor, 1)).getByLabel(L.competitorName, { exact: true }), LISTENING.competitor.name);
  await ui.tags(combo(card(page, LISTENING.competitor.name), L.handles), LISTENING.competitor.handles);
  await ui.click(page.getByRole('button', { name: L.addQuestion }));
  await ui.type(page.getByLabel(n(L.question, 1), { exact: true }), LISTENING.question);
  await saved(page);
}

/** Step 4: one persona with what drives them, where they are in the journey and how to talk to them. */
export async function fillAudience(ui: Ui): Promise<void> {
  const { page } = ui;
  const P = S.personas;
  await ui.click(page.getByRole('button', { name: P.add }));
  await ui.type(card(page, n(P.untitled, 1)).getByLabel(P.name, { exact: true }), PERSONA.name);
  const persona = card(page, PERSONA.name);
  await ui.tags(combo(persona, P.motivations), PERSONA.motivations);
  await ui.tags(combo(persona, P.challenges), PERSONA.challenges);
  await ui.choose(combo(persona, P.journeyStage), S.journey.consideration);
  await ui.type(persona.getByLabel(P.howToTalk, { exact: true }), PERSONA.howToTalk);
  await saved(page);
}

/** Step 5: a sales KPI proving the objective, with a target for each quarter and an owner. */
export async function fillMetrics(ui: Ui): Promise<void> {
  const { page } = ui;
  const M = S.metrics;
  await ui.click(page.getByRole('button', { name: M.add }));
  // A new KPI starts as reach; a sales goal needs one that counts sales.
  await ui.choose(combo(card(page, KPI_LABELS.reach.th), M.kpi), `${KPI_LABELS.conversions.th} (${S.units.count})`);
  const kpi = card(page, KPI_LABELS.conversions.th);
  await ui.choose(combo(kpi, M.objective), GOALS.objective.title);
  for (const [index, target] of KPI.targets.entries()) {
    await ui.type(kpi.getByLabel(M.quarter.replace('{{quarter}}', String(index + 1)), { exact: true }), target);
  }
  await ui.type(kpi.getByLabel(M.dataSource, { exact: true }), KPI.dataSource);
  await ui.choose(combo(kpi, M.owner), CAFE.owner.name);
  await saved(page);
}

/** Step 6: the differentiator, a proof point and one attribute scored for us and the competitor. */
export async function fillOneThing(ui: Ui): Promise<void> {
  const { page } = ui;
  const O = S.oneThing;
  await ui.type(page.getByLabel(O.differentiator, { exact: true }), ONE_THING.differentiator);
  await ui.click(page.getByRole('button', { name: O.addProofPoint }));
  await ui.type(page.getByLabel(n(O.proofPoint, 1), { exact: true }), ONE_THING.proofPoint);
  await ui.click(page.getByRole('button', { name: O.addAttribute }));
  await ui.type(page.getByLabel(n(O.attributeName, 1), { exact: true }), ONE_THING.attribute);
  const score = (row: string) => page.getByLabel(O.score.replace('{{row}}', row).replace('{{attribute}}', ONE_THING.attribute), { exact: true });
  await ui.type(score(O.us), ONE_THING.scores.us);
  await ui.type(score(LISTENING.competitor.name), ONE_THING.scores.competitor);
  await saved(page);
}

type ChannelPlan = (typeof CHANNELS)[keyof typeof CHANNELS];

async function fillChannel(ui: Ui, name: string, plan: ChannelPlan, kpi: string | null): Promise<void> {
  const C = S.channels;
  const channel = card(ui.page, name);
  await ui.type(channel.getByLabel(C.reason), plan.reason);
  await ui.pick(combo(channel, C.personas), [PERSONA.name]);
  await ui.type(channel.getByLabel(C.postsPerWeek, { exact: true }), plan.posts);
  await ui.type(channel.getByLabel(C.hoursPerPost, { exact: true }), plan.hoursPerPost);
  await ui.type(channel.getByLabel(C.hoursPerWeek, { exact: true }), plan.hoursPerWeek);
  await ui.click(channel.getByRole('button', { name: C.addKpi }));
  // A new channel KPI is reach, which suits Facebook; LINE is where orders come in.
  if (kpi) await ui.choose(combo(channel, C.kpi), kpi);
  await ui.type(channel.getByLabel(C.kpiTarget, { exact: true }), plan.target);
}

/** Step 7: LINE OA for orders and Facebook for stories, each for the persona, with effort and a KPI. */
export async function fillChannels(ui: Ui): Promise<void> {
  const { page } = ui;
  const C = S.channels;
  // The first plan is Facebook (the first channel in the list); the second is switched to LINE OA.
  await ui.click(page.getByRole('button', { name: C.add }));
  await fillChannel(ui, CHANNEL_LABELS.facebook.th, CHANNELS.facebook, null);
  await ui.click(page.getByRole('button', { name: C.add }));
  await ui.choose(combo(card(page, CHANNEL_LABELS.instagram.th), C.channel), CHANNEL_LABELS.line_oa.th);
  await fillChannel(ui, CHANNEL_LABELS.line_oa.th, CHANNELS.line, KPI_LABELS.conversions.th);
  await saved(page);
}
