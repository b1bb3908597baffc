/** Calendar days as ISO dates (YYYY-MM-DD): the workspace's days, so plain date arithmetic in UTC. */

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every day from `from` to `to`, both included: counted on the calendar, as a year's dashboard asks for thousands. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  let [year, month, date] = from.split('-').map(Number) as [number, number, number];
  let last = daysInMonth(year, month);
  for (let day = from; day <= to; day = `${year}-${pad(month)}-${pad(date)}`) {
    days.push(day);
    if (++date <= last) continue;
    date = 1;
    if (++month > 12) [month, year] = [1, year + 1];
    last = daysInMonth(year, month);
  }
  return days;
}

/**
 * The first day of `today`'s zone that is still open: yesterday, as its posts still trickle in.
 * Days before it are closed: they keep only their top terms (term-compaction.service.ts).
 */
export function firstOpenDay(today: string): string {
  return addDays(today, -1);
}

/** Today in an IANA time zone; en-CA writes dates as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
