import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js';
import { LOCALES } from '../../locales.ts';
import type { CheckFacts } from '../strategy-check.schemas.ts';
import { checkStrategy } from '../strategy-check.domain.ts';
import { completeness } from '../strategy-completeness.domain.ts';
import { fiscalQuarterOf } from '../strategy-fiscal.domain.ts';
import { strategySchema } from '../strategy.schemas.ts';
import { STRATEGY_TEMPLATE_KEYS, STRATEGY_TEMPLATES } from './strategy-templates.data.ts';
import { buildTemplate, isTemplateKey, listTemplates } from './strategy-templates.domain.ts';
import type { Text } from './template-spec.domain.ts';

const TODAY = '2026-08-10';
const options = (locale: (typeof LOCALES)[number], today = TODAY, fiscalYearStartMonth = 1) => ({ locale, today, fiscalYearStartMonth, currency: 'THB' });
// A team with every business function the templates' goals call for.
const facts = (today = TODAY, fiscalYearStartMonth = 1): CheckFacts => ({
  members: (['marketing', 'sales', 'hr'] as const).map((businessFunction, i) => ({ userId: `00000000-0000-4000-8000-00000000000${i}`, businessFunction })),
  today,
  fiscalYearStartMonth,
});

const EXPECTED_PRIMARY = {
  local_retailer: 'acquisition_sales',
  b2b_services: 'acquisition_sales',
  agency_client: 'awareness',
  nonprofit: 'crowdsourced_investment',
  employer_brand: 'employee_engagement_recruiting',
} as const;

test('every template in every language is a valid strategy with exactly one primary goal of the right kind', () => {
  for (const key of STRATEGY_TEMPLATE_KEYS) {
    for (const locale of LOCALES) {
      const doc = buildTemplate(key, options(locale));
      const parsed = strategySchema.safeParse(doc);
      assert.equal(parsed.success, true, `${key}/${locale}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
      assert.deepEqual(parsed.data, doc, `${key}/${locale}: nothing is dropped or defaulted by the schema`);
      const primary = doc.goals.goals.filter((g) => g.priority === 'primary');
      assert.deepEqual(primary.map((g) => g.type), [EXPECTED_PRIMARY[key]], `${key}/${locale}`);
      assert.ok(doc.goals.objectives.length >= 2 && doc.goals.objectives.length <= 3, `${key}: 2-3 SMART objectives`);
      assert.ok(doc.goals.objectives.every((o) => o.ownerUserId === null), `${key}: owners are the team's to choose`);
      assert.ok(doc.listening.competitors.length >= 1 && doc.listening.competitors.length <= 2);
      assert.ok(doc.audience.personas.length >= 1 && doc.audience.personas.length <= 2);
      assert.ok(doc.channels.channels.length >= 2 && doc.channels.channels.length <= 3);
      assert.equal(new Set(doc.channels.channels.map((c) => c.channel)).size, doc.channels.channels.length, `${key}/${locale}: one plan per network`);
      assert.equal(doc.context.planning.budget.currency, 'THB');
    }
  }
});

test('the method check finds no errors; what it says is only what the team itself must add', () => {
  for (const key of STRATEGY_TEMPLATE_KEYS) {
    for (const locale of LOCALES) {
      const doc = buildTemplate(key, options(locale));
      const findings = checkStrategy(doc, facts());
      assert.deepEqual(findings.filter((f) => f.severity === 'error'), [], `${key}/${locale}`);
      // Owners are people of the workspace, so a template cannot name them.
      assert.deepEqual([...new Set(findings.map((f) => `${f.severity}:${f.ruleId}`))].filter((r) => r !== 'info:relationship-no-owner'), [], `${key}/${locale}`);
      assert.ok(completeness(doc, facts()).overall > 0.75, `${key}/${locale}: a template is most of a strategy`);
    }
  }
});

test('deadlines, review dates and the planned fiscal year lie ahead whatever the date and fiscal year', () => {
  const days = ['2026-01-01', '2026-03-31', '2026-06-30', '2026-07-01', '2026-12-31', '2027-02-28'];
  for (const key of STRATEGY_TEMPLATE_KEYS) {
    for (let start = 1; start <= 12; start++) {
      for (const today of days) {
        const doc = buildTemplate(key, options('en', today, start));
        const where = `${key} ${today} start ${start}`;
        assert.ok(doc.goals.objectives.every((o) => o.deadline !== null && o.deadline > today), where);
        assert.ok(doc.governance.items.every((g) => g.reviewDate !== null && g.reviewDate > today), where);
        assert.ok(doc.metrics.fiscalYear! >= fiscalQuarterOf(today, start).fiscalYear, where);
        assert.ok(doc.metrics.kpis.every((k) => k.quarterlyTargets.every((t) => t !== null)), where);
        assert.deepEqual(checkStrategy(doc, facts(today, start)).filter((f) => f.severity === 'error'), [], where);
      }
    }
  }
});

test('the statement names the last day of the planned fiscal year, the local way', () => {
  // FY2027 with an October start ends on 30 September 2027: 2570 in the Buddhist era.
  assert.match(buildTemplate('local_retailer', options('en', TODAY, 10)).goals.statement, /^By 30 September 2027, /);
  assert.match(buildTemplate('local_retailer', options('th', TODAY, 10)).goals.statement, /^ภายในวันที่ 30 กันยายน 2570 /);
  assert.match(buildTemplate('local_retailer', options('zh-Hant', TODAY, 10)).goals.statement, /^2027年9月30日前，/);
  assert.ok(!buildTemplate('nonprofit', options('zh-Hans')).goals.statement.includes('{deadline}'));
});

test('ids are fresh for every build and all come from the id generator', () => {
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const doc = buildTemplate('b2b_services', { ...options('en'), newId });
  const ids = JSON.stringify(doc).match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g) ?? [];
  assert.ok(ids.length > 50);
  assert.ok(ids.every((id) => id.startsWith('00000000-0000-4000-8000-')), 'no id is written into the template');
  const first = buildTemplate('b2b_services', options('en'));
  const second = buildTemplate('b2b_services', options('en'));
  assert.notEqual(first.goals.goals[0]!.id, second.goals.goals[0]!.id);
});

/** Every text of a template's data (the channel slots are network keys, not texts). */
function texts(value: unknown, out: Text[] = []): Text[] {
  if (Array.isArray(value)) for (const item of value) texts(item, out);
  else if (value && typeof value === 'object') {
    if ('zh-Hant' in value) out.push(value as Text);
    else for (const [k, v] of Object.entries(value)) if (k !== 'slots') texts(v, out);
  }
  return out;
}

const THAI = /[\u0E00-\u0E7F]/;
const HAN = /\p{Script=Han}/u;
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Characters Taiwan writes as they are although OpenCC's character table would convert them
// (台 rather than 臺, 平台, 面試, 回覆, 雇主, 公里, 核准, 划算, and 郁 as a name).
const TAIWAN_AS_IS = new Set([...'台表面回雇郁里准划']);
// Format names that stay in English in every language.
const UNTRANSLATED = new Set(['Reels']);

test('Thai and Chinese are written, not copied: Thai script, Simplified in zh-Hans, Traditional in zh-Hant', () => {
  for (const key of STRATEGY_TEMPLATE_KEYS) {
    const all = texts([STRATEGY_TEMPLATES[key]]);
    assert.ok(all.length > 100, key);
    let traditionalMarked = 0;
    for (const t of all) {
      for (const locale of ['th', 'zh-Hant', 'zh-Hans'] as const) {
        assert.ok(t[locale] !== t.en || UNTRANSLATED.has(t.en), `${key} ${locale} copies English: ${t.en}`);
      }
      // Clock times are the only texts without Thai script.
      assert.ok(THAI.test(t.th) || /^[\d:\- ]+$/.test(t.th), `${key} th without Thai script: ${t.th}`);
      assert.equal(toSimplified(t['zh-Hans']), t['zh-Hans'], `${key} zh-Hans has Traditional characters: ${t['zh-Hans']}`);
      const simplifiedInHant = [...t['zh-Hant']].filter((c) => HAN.test(c) && !TAIWAN_AS_IS.has(c) && toTraditional(c) !== c && toSimplified(toTraditional(c)) === c);
      assert.deepEqual(simplifiedInHant, [], `${key} zh-Hant has Simplified characters: ${t['zh-Hant']}`);
      if (toSimplified(t['zh-Hant']) !== t['zh-Hant']) traditionalMarked++;
    }
    // Short texts such as 熟客 are the same in both scripts; most are not.
    assert.ok(traditionalMarked / all.length > 0.75, `${key}: zh-Hant is Traditional (${traditionalMarked}/${all.length})`);
    assert.ok(all.filter((t) => t['zh-Hant'] !== t['zh-Hans']).length / all.length > 0.9, `${key}: zh-Hant and zh-Hans differ`);
  }
  const th = buildTemplate('local_retailer', options('th'));
  for (const text of [th.goals.statement, th.goals.objectives[0]!.title, th.audience.personas[0]!.name, th.channels.channels[0]!.reason, th.oneThing.differentiator]) {
    assert.match(text, THAI);
  }
});

test('the list names every template in the language asked for', () => {
  assert.deepEqual(listTemplates('en').map((t) => t.key), [...STRATEGY_TEMPLATE_KEYS]);
  assert.equal(listTemplates('th')[0]!.name, 'ร้านค้าปลีกในย่าน');
  assert.equal(listTemplates('zh-Hant')[3]!.name, '非營利組織');
  assert.equal(listTemplates('zh-Hans')[3]!.name, '公益机构');
  assert.ok(listTemplates('en').every((t) => t.description.length > 30));
  assert.equal(isTemplateKey('nonprofit'), true);
  assert.equal(isTemplateKey('toString'), false);
});
