import {
  type Icon,
  IconBroadcast,
  IconBuildingStore,
  IconGavel,
  IconHeartHandshake,
  IconHistory,
  IconMoodSmile,
  IconCalendarEvent,
  IconChartBar,
  IconEar,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconSettings,
  IconTarget,
  IconTargetArrow,
  IconUserSearch,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { SectionKey } from './section-keys.ts';

export type Section = { slug: string; key: SectionKey; icon: Icon; step?: number };

/** The method's seven steps, in order, followed by the places where the plan is run and measured. */
export const METHOD_STEPS: Section[] = [
  { slug: 'team', key: 'team', icon: IconUsersGroup, step: 1 },
  { slug: 'goals', key: 'goals', icon: IconTarget, step: 2 },
  { slug: 'listening', key: 'listening', icon: IconEar, step: 3 },
  { slug: 'audience', key: 'audience', icon: IconUserSearch, step: 4 },
  { slug: 'metrics', key: 'metrics', icon: IconChartBar, step: 5 },
  { slug: 'one-thing', key: 'oneThing', icon: IconTargetArrow, step: 6 },
  { slug: 'channels', key: 'channels', icon: IconBroadcast, step: 7 },
];

/** The whole strategy on one page, above the steps that fill it in. */
export const OVERVIEW_SECTION: Section = { slug: 'overview', key: 'overview', icon: IconLayoutDashboard };

/** What surrounds the seven steps: the business they serve, the voice, the rules and the relationships. */
export const AROUND_SECTIONS: Section[] = [
  { slug: 'context', key: 'context', icon: IconBuildingStore },
  { slug: 'voice', key: 'voice', icon: IconMoodSmile },
  { slug: 'governance', key: 'governance', icon: IconGavel },
  { slug: 'relationships', key: 'relationships', icon: IconHeartHandshake },
];

/** Published versions, the diff between them, and the strategy as files (import and export). */
export const VERSIONS_SECTION: Section = { slug: 'versions', key: 'versions', icon: IconHistory };

export const RUN_SECTIONS: Section[] = [
  { slug: 'calendar', key: 'calendar', icon: IconCalendarEvent },
  { slug: 'reports', key: 'reports', icon: IconReportAnalytics },
];

export const SETTINGS_SECTION: Section = { slug: 'settings', key: 'settings', icon: IconSettings };

/** Sections that only describe their purpose in this version. */
export const UPCOMING_SECTIONS: Section[] = [...METHOD_STEPS.slice(1), ...AROUND_SECTIONS, ...RUN_SECTIONS];

export const ALL_SECTIONS: Section[] = [OVERVIEW_SECTION, VERSIONS_SECTION, ...METHOD_STEPS, ...AROUND_SECTIONS, ...RUN_SECTIONS, SETTINGS_SECTION];
