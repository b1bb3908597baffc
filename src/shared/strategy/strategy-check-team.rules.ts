import type { CheckRule } from './strategy-check.schemas.ts';
import { GOAL_FUNCTION_MAP } from './strategy-check.data.ts';
import { defineRule } from './strategy-check-rule.domain.ts';
import { userReferences } from './strategy-references.domain.ts';
import { RACI_SECTION_KEYS } from './strategy-team.schemas.ts';

export const teamRules: readonly CheckRule[] = [
  // A sales goal nobody from sales works on is a wish, not a goal.
  defineRule('team-function-missing', 1, 'warning', (s, facts) => {
    const present = new Set(facts.members.map((m) => m.businessFunction));
    return s.goals.goals.flatMap((goal, i) => {
      const needed = GOAL_FUNCTION_MAP[goal.type];
      if (!needed || needed.some((f) => present.has(f))) return [];
      return [{ path: `goals.goals[${i}].type`, params: { goalType: goal.type, functions: [...needed] } }];
    });
  }),

  // Reported in the section that names the person, where the UI can offer to pick someone else.
  defineRule('team-member-unknown', 1, 'warning', (s, facts) => {
    const members = new Set(facts.members.map((m) => m.userId));
    return userReferences(s)
      .filter((ref) => !members.has(ref.userId))
      .map((ref) => ({ path: ref.path, step: ref.step }));
  }),

  // RACI allows one Accountable per piece of work; two means nobody.
  defineRule('team-multiple-accountable', 1, 'warning', (s) =>
    RACI_SECTION_KEYS.filter((section) => new Set(s.team.raci[section].accountable).size > 1).map((section) => ({
      path: `team.raci.${section}.accountable`,
      params: { section, count: new Set(s.team.raci[section].accountable).size },
    })),
  ),
];
