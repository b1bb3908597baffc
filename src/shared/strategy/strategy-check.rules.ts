import type { CheckRule } from './strategy-check.schemas.ts';
import { channelRules } from './strategy-check-channels.rules.ts';
import { goalRules } from './strategy-check-goals.rules.ts';
import { measureRules } from './strategy-check-measure.rules.ts';
import { supportRules } from './strategy-check-support.rules.ts';
import { teamRules } from './strategy-check-team.rules.ts';

/** Every rule of the method check. Add a rule here, to RULE_IDS and to the messages. */
export const STRATEGY_CHECK_RULES: readonly CheckRule[] = [
  ...teamRules,
  ...goalRules,
  ...measureRules,
  ...channelRules,
  ...supportRules,
];
