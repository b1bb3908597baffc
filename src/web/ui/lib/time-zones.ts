type TimeZoneOption = { value: string; label: string };

let cached: TimeZoneOption[] | null = null;

function offsetLabel(timeZone: string, now: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    return part ? ` (${part.value})` : '';
  } catch {
    return '';
  }
}

/** Every zone the browser knows, with its current UTC offset; the list is built once per page load. */
export function timeZoneOptions(): TimeZoneOption[] {
  if (cached) return cached;
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  const now = new Date();
  cached = [...zones].sort().map((value) => ({ value, label: `${value.replaceAll('_', ' ')}${offsetLabel(value, now)}` }));
  return cached;
}

/** The browser's own zone when it is a real one, else Bangkok, where most of our users are. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && timeZoneOptions().some((option) => option.value === zone) ? zone : 'Asia/Bangkok';
}
