/**
 * Feed dates to ISO 8601 UTC. RSS 2.0 uses RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT"), Atom and
 * Dublin Core use RFC 3339 / W3C-DTF ("2003-06-10T04:00:00+07:00", or just "2003-06-10"). Real feeds
 * bend both: named zones, two-digit years, a missing zone, and on Thai sites the Buddhist-era year
 * (2567 = 2024), which we convert rather than date a post five centuries ahead.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 zone names plus the ones the region's feeds use; RFC 822 gives CST as US Central, so it keeps that meaning.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  ICT: 420, WIB: 420, SGT: 480, HKT: 480, AWST: 480, JST: 540, KST: 540, IST: 330, BST: 60, CET: 60, CEST: 120,
};

const RFC822 =
  /^(?:[A-Za-z\u0E00-\u0E7F.]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The date as ISO 8601 UTC, or null when it cannot be read (the caller decides what stands in). */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  return parseIso(value) ?? parseRfc822(value);
}

function parseIso(value: string): string | null {
  const match = ISO.exec(value);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  return build(eraYear(Number(year)), Number(month), Number(day), Number(hour), Number(minute), Number(second), millis, zoneOffset(zone));
}

function parseRfc822(value: string): string | null {
  const match = RFC822.exec(value);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second = '0', zone] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  let fullYear = Number(year);
  if (year!.length === 2) fullYear += fullYear < 50 ? 2000 : 1900;
  const offset = zoneOffset(zone);
  if (offset === undefined) return null;
  return build(eraYear(fullYear), month, Number(day), Number(hour), Number(minute), Number(second), 0, offset);
}

/** Minutes east of UTC; a missing zone is read as UTC, an unknown name makes the date unreadable. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return ZONES[zone.toUpperCase()];
}

/** Thai Buddhist era: 543 years ahead of the Gregorian calendar. */
function eraYear(year: number): number {
  return year > 2400 ? year - 543 : year;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offset: number | undefined): string | null {
  if (offset === undefined || month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offset * 60_000;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || Number.isNaN(utc)) return null;
  return new Date(utc).toISOString();
}
