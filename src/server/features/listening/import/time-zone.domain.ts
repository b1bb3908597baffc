import { ImportFailure } from './import-problems.domain.ts';

/*
 * Wall-clock time in an IANA zone to an instant, with Intl only. The zone's offset is read at a
 * first guess and read again at the corrected instant, which settles the hours around a daylight
 * saving change (Bangkok, Taipei, Hong Kong and Shanghai have none today, but exports come from
 * everywhere). Offsets are cached per zone and hour: a million rows ask Intl a few thousand times.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** Throws `invalid_time_zone` for a name Intl does not know ("Asia/Bangkok" and "UTC" are fine). */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter(timeZone);
  } catch {
    throw new ImportFailure('invalid_time_zone', `unknown time zone "${timeZone}"`, [{ path: 'timeZone', message: `unknown time zone "${timeZone}"` }]);
  }
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetAt(timeZone: string, instant: number): number {
  const key = `${timeZone}|${Math.floor(instant / HOUR)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

export function wallClockToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const first = offsetAt(timeZone, wall);
  const offset = offsetAt(timeZone, wall - first * 60_000);
  return wall - offset * 60_000;
}
