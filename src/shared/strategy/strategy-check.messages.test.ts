import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../locales.ts';
import { TRIGGERS } from './strategy-check.fixtures.ts';
import { formatFinding, interpolate, placeholders, STRATEGY_CHECK_MESSAGES } from './strategy-check.messages.ts';
import { type Finding, RULE_IDS } from './strategy-check.schemas.ts';
import { STRATEGY_CHECK_RULES } from './strategy-check.rules.ts';
import { CHANNEL_LABELS, GOAL_TYPE_LABELS, KPI_LABELS, SECTION_LABELS } from './strategy-labels.messages.ts';
import { CHANNEL_KEYS } from './strategy-channels.schemas.ts';
import { GOAL_TYPES } from './strategy-goals.schemas.ts';
import { KPI_KEYS } from './strategy-kpi-catalogue.data.ts';
import { RACI_SECTION_KEYS } from './strategy-team.schemas.ts';

/** Every finding the trigger cases produce, grouped by rule. */
const triggered = new Map<string, Finding[]>();
for (const rule of STRATEGY_CHECK_RULES) {
  const { strategy, facts } = TRIGGERS[rule.id]();
  triggered.set(rule.id, rule.evaluate(strategy, facts));
}

test('every rule has a message and a fix in all four languages', () => {
  assert.deepEqual(Object.keys(STRATEGY_CHECK_MESSAGES).sort(), [...RULE_IDS].sort());
  for (const id of RULE_IDS) {
    for (const locale of LOCALES) {
      const text = STRATEGY_CHECK_MESSAGES[id][locale];
      assert.ok(text.message.trim().length > 0, `${id} ${locale} message`);
      assert.ok(text.fix.trim().length > 0, `${id} ${locale} fix`);
    }
  }
});

test('the translations are written in their own script, and the two Chinese scripts differ', () => {
  for (const id of RULE_IDS) {
    const { th, 'zh-Hant': hant, 'zh-Hans': hans } = STRATEGY_CHECK_MESSAGES[id];
    assert.match(th.message + th.fix, /[\u0E00-\u0E7F]/, `${id} th`);
    assert.match(hant.message + hant.fix, /\p{Script=Han}/u, `${id} zh-Hant`);
    assert.match(hans.message + hans.fix, /\p{Script=Han}/u, `${id} zh-Hans`);
    assert.notEqual(hant.message + hant.fix, hans.message + hans.fix, `${id}: zh-Hant is a copy of zh-Hans`);
  }
});

test('every locale uses the same placeholders as English', () => {
  for (const id of RULE_IDS) {
    const en = STRATEGY_CHECK_MESSAGES[id].en;
    const expected = new Set([...placeholders(en.message), ...placeholders(en.fix)]);
    for (const locale of LOCALES) {
      const text = STRATEGY_CHECK_MESSAGES[id][locale];
      assert.deepEqual(new Set([...placeholders(text.message), ...placeholders(text.fix)]), expected, `${id} ${locale}`);
    }
  }
});

test('every placeholder is filled by the params of a real finding', () => {
  for (const id of RULE_IDS) {
    const findings = triggered.get(id) ?? [];
    assert.ok(findings.length > 0, `${id} has no triggering finding`);
    const given = new Set(findings.flatMap((f) => Object.keys(f.params)));
    const text = STRATEGY_CHECK_MESSAGES[id].en;
    for (const name of [...placeholders(text.message), ...placeholders(text.fix)]) {
      assert.ok(given.has(name), `${id}: {${name}} is never provided`);
    }
    for (const finding of findings) {
      for (const locale of LOCALES) {
        const { message, fix } = formatFinding(finding, locale);
        assert.doesNotMatch(message + fix, /\{\w+\}/, `${id} ${locale} left a placeholder`);
      }
    }
  }
});

test('catalogue keys in params are shown by their localized label', () => {
  const finding: Finding = { ruleId: 'channel-no-reason', severity: 'warning', step: 7, path: 'channels.channels[0].reason', params: { channel: 'line_oa' } };
  assert.equal(formatFinding(finding, 'zh-Hant').message, '沒有說明為什麼要經營「LINE 官方帳號」。');
  assert.equal(formatFinding(finding, 'en').message, 'No reason is given for being on LINE Official Account.');
  assert.match(formatFinding(finding, 'th').message, /LINE OA/);
});

test('alternatives are joined with "or", numbers are grouped per locale', () => {
  const missing: Finding = {
    ruleId: 'team-function-missing', severity: 'warning', step: 1, path: 'goals.goals[0].type',
    params: { goalType: 'reputation', functions: ['customer_service', 'legal_compliance'] },
  };
  assert.equal(formatFinding(missing, 'en').message, 'The goal “Reputation” needs someone from Customer service or Legal & compliance, but nobody on the team represents it.');
  assert.match(formatFinding(missing, 'zh-Hans').message, /客户服务或法务与合规/);
  const capacity: Finding = {
    ruleId: 'channel-over-capacity', severity: 'warning', step: 7, path: 'x',
    params: { channel: 'wechat', needed: 1250.5, available: 20 },
  };
  assert.equal(formatFinding(capacity, 'zh-Hans').message, '“微信”的计划每周需要 1,250.5 小时，但只安排了 20 小时。');
});

test('label tables cover every catalogue key in every language', () => {
  const tables = [[CHANNEL_LABELS, CHANNEL_KEYS], [GOAL_TYPE_LABELS, GOAL_TYPES], [KPI_LABELS, KPI_KEYS], [SECTION_LABELS, RACI_SECTION_KEYS]] as const;
  for (const [labels, keys] of tables) {
    for (const key of keys) {
      for (const locale of LOCALES) assert.ok((labels as Record<string, Record<string, string>>)[key]?.[locale], `${key} ${locale}`);
    }
  }
});

test('interpolate leaves unknown placeholders visible', () => {
  assert.equal(interpolate('{a} and {b}', { a: 'A' }), 'A and {b}');
});
