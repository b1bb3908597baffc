/** Translation keys under `sections.`; kept apart from the icons so tests can read them without React. */
export const SECTION_KEYS = [
  'overview',
  'team',
  'goals',
  'listening',
  'audience',
  'metrics',
  'oneThing',
  'channels',
  'context',
  'voice',
  'governance',
  'relationships',
  'versions',
  'calendar',
  'reports',
  'settings',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];
