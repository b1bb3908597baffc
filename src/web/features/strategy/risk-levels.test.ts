import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HIGH_RISK_SCORE } from '../../../shared/strategy/strategy-check.data.ts';
import { RISK_RATINGS, riskLevel } from './risk-levels.ts';

test('the matrix bands follow likelihood × impact', () => {
  assert.equal(riskLevel(1), 'low');
  assert.equal(riskLevel(4), 'low');
  assert.equal(riskLevel(5), 'medium');
  assert.equal(riskLevel(10), 'medium');
  assert.equal(riskLevel(20), 'high');
  assert.equal(riskLevel(25), 'high');
});

test('"high" in the matrix is exactly where the method check asks for a mitigation', () => {
  for (const likelihood of RISK_RATINGS) {
    for (const impact of RISK_RATINGS) {
      const score = likelihood * impact;
      assert.equal(riskLevel(score) === 'high', score >= HIGH_RISK_SCORE, `${likelihood} × ${impact}`);
    }
  }
});
