import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyStrategy, strategyJsonSchema, strategySchema } from './strategy.schemas.ts';
import { completeStrategy, ID } from './strategy.fixtures.ts';
import { STRATEGY_SECTION_KEYS } from './strategy-steps.data.ts';

/** Parses the complete strategy after an edit made on a JSON copy (so any value can be planted). */
function parseEdited(change: (doc: any) => void) {
  const doc = JSON.parse(JSON.stringify(completeStrategy()));
  change(doc);
  return strategySchema.safeParse(doc);
}
const rejected = (change: (doc: any) => void, expectedPath: string) => {
  const result = parseEdited(change);
  assert.equal(result.success, false, `expected ${expectedPath} to be rejected`);
  const paths = result.error!.issues.map((i) => i.path.join('.'));
  assert.ok(paths.includes(expectedPath), `issues at ${paths.join(', ')}`);
};

test('emptyStrategy() is a valid document with schemaVersion 1', () => {
  const empty = emptyStrategy();
  assert.deepEqual(strategySchema.parse(empty), empty);
  assert.equal(empty.schemaVersion, 1);
  assert.equal(emptyStrategy('TWD').context.planning.budget.currency, 'TWD');
});

test('the complete fixture, with Thai and Chinese text, is valid', () => {
  assert.equal(strategySchema.safeParse(completeStrategy()).success, true);
});

test('unknown fields are rejected at every level', () => {
  rejected((d) => { d.extra = 1; }, '');
  rejected((d) => { d.goals.goals[0].weight = 3; }, 'goals.goals.0');
  rejected((d) => { d.channels.channels[0].resources.notes = 'x'; }, 'channels.channels.0.resources');
});

test('values of the wrong type are rejected even in a draft', () => {
  rejected((d) => { d.goals.objectives[0].target = '120'; }, 'goals.objectives.0.target');
  rejected((d) => { d.goals.goals[0].type = 'world_domination'; }, 'goals.goals.0.type');
  rejected((d) => { d.goals.goals[0].priority = 'tertiary'; }, 'goals.goals.0.priority');
  rejected((d) => { d.goals.objectives[0].deadline = '31/12/2026'; }, 'goals.objectives.0.deadline');
  rejected((d) => { d.goals.objectives[0].unit = 'followers'; }, 'goals.objectives.0.unit');
  rejected((d) => { d.channels.channels[0].channel = 'myspace'; }, 'channels.channels.0.channel');
  rejected((d) => { d.metrics.kpis[0].kpi = 'vanity'; }, 'metrics.kpis.0.kpi');
  rejected((d) => { d.metrics.kpis[0].quarterlyTargets = [1, 2, 3]; }, 'metrics.kpis.0.quarterlyTargets');
  rejected((d) => { d.context.planning.risks[0].impact = 6; }, 'context.planning.risks.0.impact');
  rejected((d) => { d.context.planning.budget.currency = 'baht'; }, 'context.planning.budget.currency');
  rejected((d) => { d.oneThing.comparison.rows[0].scores[ID.attribute] = 0; }, `oneThing.comparison.rows.0.scores.${ID.attribute}`);
  rejected((d) => { d.schemaVersion = 2; }, 'schemaVersion');
  rejected((d) => { d.goals.goals[0].id = 'goal-1'; }, 'goals.goals.0.id');
});

test('drafts may leave SMART values, ratings and choices empty (null)', () => {
  const result = parseEdited((d) => {
    Object.assign(d.goals.objectives[0], { goalId: null, baseline: null, target: null, unit: null, deadline: null, title: '' });
    d.context.planning.risks[0].likelihood = null;
    d.audience.personas[0].journeyStage = null;
    d.metrics.kpis[0].quarterlyTargets = [null, null, null, null];
    d.relationships.relationships[0].flow.channel = null;
  });
  assert.equal(result.success, true);
});

test('ids must be unique within a list, comparison rows one per subject', () => {
  rejected((d) => { d.audience.personas[1].id = d.audience.personas[0].id; }, 'audience.personas');
  rejected((d) => { d.oneThing.comparison.rows.push({ subject: 'us', scores: {} }); }, 'oneThing.comparison.rows');
  rejected((d) => { d.oneThing.comparison.rows[1].subject = 'them'; }, 'oneThing.comparison.rows.1.subject');
});

test('persona languages take the four locales and other BCP 47 tags', () => {
  assert.equal(parseEdited((d) => { d.audience.personas[0].demographics.languages = ['zh-Hant', 'zh-Hant-HK', 'yue', 'th']; }).success, true);
  rejected((d) => { d.audience.personas[0].demographics.languages = ['Thai language']; }, 'audience.personas.0.demographics.languages.0');
  assert.equal(parseEdited((d) => { d.voice.perLanguage['zh-Hans'] = { formality: 'formal', emoji: 'none', notes: '' }; }).success, true);
});

test('the JSON Schema lists every section as a required top-level property', () => {
  const schema = strategyJsonSchema() as { type: string; properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
  assert.equal(schema.type, 'object');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['schemaVersion', ...STRATEGY_SECTION_KEYS].sort());
  assert.deepEqual([...schema.required].sort(), ['schemaVersion', ...STRATEGY_SECTION_KEYS].sort());
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.properties.schemaVersion, { type: 'number', const: 1 });
  assert.doesNotThrow(() => JSON.stringify(schema));
});
