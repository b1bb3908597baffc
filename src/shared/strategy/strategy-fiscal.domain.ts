export type FiscalQuarter = { fiscalYear: number; quarter: 1 | 2 | 3 | 4 };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Dates stay plain calendar dates (no Date objects) so a quarter never shifts with the time zone
// of the server or the browser.
function parseIsoDate(date: string): { year: number; month: number } {
  const match = ISO_DATE.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  return { year, month };
}

function assertStartMonth(fiscalYearStartMonth: number): void {
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new RangeError(`fiscal year start month must be 1..12, got ${fiscalYearStartMonth}`);
  }
}

/**
 * The fiscal year and quarter a date falls in. A fiscal year is labelled by the calendar year it
 * ends in (Thai government and US practice: the year starting October 2025 is FY2026); with a
 * January start this is simply the calendar year.
 */
export function fiscalQuarterOf(date: string, fiscalYearStartMonth: number): FiscalQuarter {
  assertStartMonth(fiscalYearStartMonth);
  const { year, month } = parseIsoDate(date);
  const monthsIntoYear = (month - fiscalYearStartMonth + 12) % 12;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter['quarter'];
  const fiscalYear = fiscalYearStartMonth === 1 || month < fiscalYearStartMonth ? year : year + 1;
  return { fiscalYear, quarter };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last calendar day (inclusive, ISO dates) of a fiscal quarter. */
export function fiscalQuarterRange(
  fiscalYear: number,
  quarter: FiscalQuarter['quarter'],
  fiscalYearStartMonth: number,
): { start: string; end: string } {
  assertStartMonth(fiscalYearStartMonth);
  const firstYear = fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  const startIndex = fiscalYearStartMonth - 1 + (quarter - 1) * 3;
  const start = new Date(Date.UTC(firstYear, startIndex, 1));
  // Day 0 of the month after the quarter is its last day, leap years included.
  const end = new Date(Date.UTC(firstYear, startIndex + 3, 0));
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { start: iso(start), end: iso(end) };
}
