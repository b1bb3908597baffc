import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import { MAX_QUERY_LENGTH } from '../../../shared/listening/topic-query.schemas.ts';
import { competitorQuery, handle, orQuery, phrase, term, topicQueryDetails, topicsFromPlan } from './topics.domain.ts';

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';

test('query problems are reported at body.query with the character they start at', () => {
  assert.deepEqual(topicQueryDetails(validateTopicQuery('coffee AND (tea')), [{ path: 'body.query', message: 'unbalanced parenthesis at character 12' }]);
  assert.deepEqual(topicQueryDetails(validateTopicQuery('tea lang:xx')), [{ path: 'body.query', message: 'unknown language "xx" at characters 10–11' }]);
  assert.equal(topicQueryDetails(validateTopicQuery('NOT spam'))[0]?.message, 'the query needs at least one word, phrase, #hashtag or @account to look for at characters 1–8');
});

test('strategy terms become phrases with quotes they do not contain', () => {
  assert.equal(phrase(' Kafe Dee '), '"Kafe Dee"');
  assert.equal(phrase('The "Best" Café'), '「The "Best" Café」');
  assert.equal(phrase('"」'), '"」"');
  assert.equal(phrase('   '), null);
  for (const term of ['กาแฟดริป', '手沖咖啡', 'AND', 'lang:xx', '(x']) assert.deepEqual(validateTopicQuery(phrase(term)!), [], term);
});

test('account names stay handles when they can, phrases when they hold spaces or brackets', () => {
  assert.equal(handle('@kafedee'), '@kafedee');
  assert.equal(handle('＠咖啡'), '@咖啡');
  assert.equal(handle('kafedee_th'), '@kafedee_th');
  assert.equal(handle('Kafe Dee Page'), '"Kafe Dee Page"');
  assert.equal(handle('@'), null);
});

test('hashtags and accounts among the terms stay hashtags and accounts', () => {
  assert.equal(term('#kafedee'), '#kafedee');
  assert.equal(term('＃กาแฟ'), '#กาแฟ');
  assert.equal(term('@kafedee'), '@kafedee');
  assert.equal(term('#two words'), '"#two words"');
  assert.equal(term('Kafe Dee'), '"Kafe Dee"');
});

test('an OR of operands drops repeats and stops before the query grows too long', () => {
  assert.equal(orQuery(['"a"', null, '"A"', '@b']), '"a" OR @b');
  assert.equal(orQuery([]), null);
  const many = Array.from({ length: 400 }, (_, i) => phrase(`term number ${i}`));
  const query = orQuery(many)!;
  assert.ok(query.length <= MAX_QUERY_LENGTH);
  assert.deepEqual(validateTopicQuery(query), []);
});

test('a competitor is looked for by name, accounts and terms', () => {
  assert.equal(competitorQuery({ id: ID_A, name: 'Bean Bros', handles: ['@beanbros', 'Bean Bros TH'], terms: ['บีนบรอส', 'Bean Bros', '#beanbros'] }), '"Bean Bros" OR @beanbros OR "Bean Bros TH" OR "บีนบรอส" OR #beanbros');
  assert.equal(competitorQuery({ id: ID_A, name: '', handles: [], terms: [] }), null);
});

test('the plan yields a brand topic and one per competitor, leaving out those that exist or have nothing to find', () => {
  const plan = {
    brandTerms: ['Kafe Dee', '#kafedee'],
    competitors: [
      { id: ID_A, name: 'Bean Bros', handles: ['@beanbros'], terms: [] },
      { id: ID_B, name: 'Brew Co', handles: [], terms: ['brewco'] },
      { id: '00000000-0000-4000-8000-00000000000c', name: ' ', handles: [], terms: [] },
    ],
    categoryTerms: [],
    topicTerms: [],
    questions: [],
    findings: [],
  };
  const fresh = topicsFromPlan(plan, 'Kafe Dee Workspace', { hasBrand: false, competitorIds: new Set() });
  assert.deepEqual(fresh.planned, [
    { name: 'Kafe Dee Workspace', kind: 'brand', competitorId: null, query: '"Kafe Dee" OR #kafedee' },
    { name: 'Bean Bros', kind: 'competitor', competitorId: ID_A, query: '"Bean Bros" OR @beanbros' },
    { name: 'Brew Co', kind: 'competitor', competitorId: ID_B, query: '"Brew Co" OR "brewco"' },
  ]);
  assert.equal(fresh.existing, 0);
  const again = topicsFromPlan(plan, 'Kafe Dee Workspace', { hasBrand: true, competitorIds: new Set([ID_A]) });
  assert.deepEqual(
    again.planned.map((p) => p.name),
    ['Brew Co'],
  );
  assert.equal(again.existing, 2);
  assert.deepEqual(topicsFromPlan({ ...plan, brandTerms: [], competitors: [] }, 'X', { hasBrand: false, competitorIds: new Set() }), { planned: [], existing: 0 });
});
