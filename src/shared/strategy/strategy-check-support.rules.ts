import type { CheckRule } from './strategy-check.schemas.ts';
import { HIGH_RELATIONSHIP_VALUE, HIGH_RISK_SCORE } from './strategy-check.data.ts';
import { defineRule, hasText, isBlank, nameOr } from './strategy-check-rule.domain.ts';
import { danglingReferences } from './strategy-references.domain.ts';

/** Rules for the sections around the seven steps, plus the cross-section reference check. */
export const supportRules: readonly CheckRule[] = [
  defineRule('risk-without-mitigation', 'context', 'warning', (s) =>
    s.context.planning.risks.flatMap((r, i) => {
      if (r.likelihood === null || r.impact === null) return [];
      const score = r.likelihood * r.impact;
      return score >= HIGH_RISK_SCORE && isBlank(r.mitigation)
        ? [{ path: `context.planning.risks[${i}].mitigation`, params: { number: i + 1, score } }]
        : [];
    }),
  ),

  defineRule('listening-no-competitor', 3, 'warning', (s) =>
    s.listening.competitors.length === 0 ? [{ path: 'listening.competitors' }] : [],
  ),

  defineRule('one-thing-no-differentiator', 6, 'warning', (s) =>
    isBlank(s.oneThing.differentiator) ? [{ path: 'oneThing.differentiator' }] : [],
  ),

  defineRule('voice-missing', 'voice', 'warning', (s) => (hasText(s.voice.weAre) ? [] : [{ path: 'voice.weAre' }])),

  // The first hour of a crisis is the wrong time to decide who to call.
  defineRule('crisis-process-missing', 'governance', 'warning', (s) =>
    s.governance.crisis.levels.length === 0 ? [{ path: 'governance.crisis.levels' }] : [],
  ),

  defineRule('relationship-no-owner', 'relationships', 'info', (s) =>
    s.relationships.relationships.flatMap((r, i) =>
      r.value !== null && r.value >= HIGH_RELATIONSHIP_VALUE && r.flow.ownerUserId === null
        ? [{ path: `relationships.relationships[${i}].flow.ownerUserId`, params: { name: nameOr(r.name, i) } }]
        : [],
    ),
  ),

  defineRule('reference-dangling', 7, 'error', (s) =>
    danglingReferences(s).map((ref) => ({ path: ref.path, step: ref.step, params: { target: ref.target } })),
  ),
];
