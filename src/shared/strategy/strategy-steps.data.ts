/** Top-level sections of the strategy document, in the order the builder walks through them. */
export const STRATEGY_SECTION_KEYS = [
  'team',
  'goals',
  'context',
  'listening',
  'audience',
  'metrics',
  'oneThing',
  'channels',
  'voice',
  'governance',
  'relationships',
] as const;
export type StrategySectionKey = (typeof STRATEGY_SECTION_KEYS)[number];

/**
 * The seven numbered steps of the method, plus the supporting sections that are not steps of
 * their own. Context, voice, governance and relationships are named rather than numbered so the
 * numbering stays the method's.
 */
export const STRATEGY_STEPS = [1, 2, 3, 4, 5, 6, 7, 'context', 'voice', 'governance', 'relationships'] as const;
export type StrategyStep = (typeof STRATEGY_STEPS)[number];

export const STEP_SECTIONS: Readonly<Record<StrategyStep, StrategySectionKey>> = {
  1: 'team',
  2: 'goals',
  3: 'listening',
  4: 'audience',
  5: 'metrics',
  6: 'oneThing',
  7: 'channels',
  context: 'context',
  voice: 'voice',
  governance: 'governance',
  relationships: 'relationships',
};

/** Steps in document order (context sits between goals and listening), used to sort findings. */
export const STEP_ORDER: readonly StrategyStep[] = STRATEGY_SECTION_KEYS.map((section) => stepOfSection(section));

export function stepOfSection(section: StrategySectionKey): StrategyStep {
  const step = STRATEGY_STEPS.find((s) => STEP_SECTIONS[s] === section);
  if (step === undefined) throw new Error(`section ${section} has no step`);
  return step;
}
