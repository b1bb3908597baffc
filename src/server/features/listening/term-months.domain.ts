import { addDays } from './listening-days.domain.ts';

/*
 * Top words, hashtags and authors over a long range. Closed months are summarised to their
 * TERMS_KEPT_PER_MONTH most frequent terms per topic and kind (term-months.service.ts), so a
 * year's dashboard sums a few thousand month rows plus the days of its partial months, instead of
 * every day's top terms. A term below a month's top 100 does not count for that month: top lists
 * over long ranges are built from each month's top terms (as each day keeps its top 25).
 */

export const TERMS_KEPT_PER_MONTH = 100;

/** The month a day is in, as its first day (YYYY-MM-01). */
export const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** The first day of the month after `month`. */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Months that lie wholly within `from`..`to`: the ones a summary can stand in for. */
export function wholeMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let month = from === monthOf(from) ? from : nextMonth(monthOf(from));
  while (addDays(nextMonth(month), -1) <= to) {
    months.push(month);
    month = nextMonth(month);
  }
  return months;
}

/**
 * The parts of `from`..`to` outside the `summarised` months, as inclusive day ranges: what still
 * has to be read day by day.
 */
export function daysBesides(from: string, to: string, summarised: readonly string[]): [string, string][] {
  const ranges: [string, string][] = [];
  let start = from;
  for (const month of [...summarised].sort()) {
    const last = addDays(nextMonth(month), -1);
    if (last < start || month > to) continue;
    if (month > start) ranges.push([start, addDays(month, -1)]);
    start = addDays(last, 1);
  }
  if (start <= to) ranges.push([start, to]);
  return ranges;
}

/** Months that are over once every day up to `closedThrough` is closed: those before this one. */
export const monthsClosedBefore = (closedThrough: string): string => monthOf(addDays(closedThrough, 1));
