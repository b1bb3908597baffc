import type { CrisisLevel } from '../../../shared/strategy/strategy-governance.schemas.ts';

export const CRISIS_LEVELS = [1, 2, 3, 4, 5] as const;

/** Today as YYYY-MM-DD in the workspace's time zone: a review falls due on the team's calendar day. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** ISO dates compare as strings; a review due today is not overdue yet. */
export function isOverdue(reviewDate: string | null, today: string): boolean {
  return reviewDate !== null && reviewDate < today;
}

/** Most severe first; two entries with the same level keep the order they were written in. */
export function sortLevels(levels: CrisisLevel[]): CrisisLevel[] {
  return [...levels].sort((a, b) => a.level - b.level);
}

/** The most severe level not described yet; once all five exist, another level 5. */
export function nextLevel(levels: CrisisLevel[]): number {
  const used = new Set(levels.map((l) => l.level));
  return CRISIS_LEVELS.find((level) => !used.has(level)) ?? 5;
}
