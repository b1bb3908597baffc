import { wallClockToUtc } from './time-zone.domain.ts';

/*
 * Dates the way exports and people write them, to an instant:
 * - ISO 8601 and `yyyy-mm-dd hh:mm:ss`, `yyyy/mm/dd`, with or without an offset;
 * - `dd/mm/yyyy [hh:mm[:ss]] [AM|PM|น.]` (also with - or .), day first unless the import says
 *   month first (`mm/dd/yyyy`, US exports): one rule per file, never guessed per row, so 03/04 means
 *   the same in every row. A month over 12 is an error that names the likely cause;
 * - Thai Buddhist years (any year above 2400 is B.E.: 2567 → 2024), "พ.ศ." allowed;
 * - month names: "5 ม.ค. 2567", "5 มกราคม 2567", "5 Jan 2024", "Jan 5, 2024", weekday in front allowed;
 * - Chinese: "2024年1月5日 下午3:04", and Minguo years (民國113年, or a 3-digit year before 年);
 * - epoch seconds (10 digits) or milliseconds (13 digits).
 * Without an offset, the time is wall-clock time in the import's time zone.
 */

export type DateOrder = 'dmy' | 'mdy';
export type DateOptions = { dateOrder: DateOrder; timeZone: string };
export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

const THAI_MONTHS = [
  ['มกราคม', 'มค'],
  ['กุมภาพันธ์', 'กพ'],
  ['มีนาคม', 'มีค'],
  ['เมษายน', 'เมย'],
  ['พฤษภาคม', 'พค'],
  ['มิถุนายน', 'มิย'],
  ['กรกฎาคม', 'กค'],
  ['สิงหาคม', 'สค'],
  ['กันยายน', 'กย'],
  ['ตุลาคม', 'ตค'],
  ['พฤศจิกายน', 'พย'],
  ['ธันวาคม', 'ธค'],
];
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(word: string): number {
  const key = word.replace(/\./g, '');
  const thai = THAI_MONTHS.findIndex((names) => names.includes(key));
  if (thai !== -1) return thai + 1;
  const english = ENGLISH_MONTHS.indexOf(key.slice(0, 3));
  return english !== -1 && (key.length === 3 || key === 'sept' || key.startsWith(ENGLISH_MONTHS[english]!)) ? english + 1 : 0;
}

const TIME =
  /^(?:上午|下午|晚上|早上|中午|凌晨)?\s*(\d{1,2})[:時时点點](\d{2})(?:[:分](\d{2})(?:[.,](\d{1,9}))?)?[分秒]?\s*(am|pm|a\.m\.|p\.m\.|น\.)?\s*(z|utc|gmt|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)?$/;

/** `monthText`: the month as written, for the error message; `shortYear`: a year written with two digits. */
type Parts = { year: number; month: number; day: number; monthText: string; shortYear?: boolean };

const DATE_PATTERNS: readonly { re: RegExp; parts: (m: RegExpExecArray, order: DateOrder) => Parts }[] = [
  { re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[t\s,])/, parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]!, monthText: m[2]! }) },
  {
    re: /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?=$|[t\s,])/,
    parts: (m, order) => {
      const [day, month] = order === 'dmy' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      return { year: +m[3]!, month: +month, day: +day, monthText: month, shortYear: m[3]!.length === 2 };
    },
  },
  {
    re: /^(?:民國|民国)?\s*(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/,
    parts: (m) => ({ year: m[1]!.length <= 3 ? +m[1]! + 1911 : +m[1]!, month: +m[2]!, day: +m[3]!, monthText: m[2]! }),
  },
  { re: /^(\d{1,2})\s*([^\d\s,]+)\s*,?\s*(\d{4})(?=$|[t\s,])/, parts: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]!, monthText: m[2]! }) },
  { re: /^([a-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})(?=$|[t\s,])/, parts: (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]!, monthText: m[1]! }) },
];

const NUMERIC_DAY_MONTH = DATE_PATTERNS[1];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number | null {
  if (zone === 'z' || zone === 'utc' || zone === 'gmt') return 0;
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0)) : null;
}

function epoch(text: string): ParsedDate | null {
  const m = /^(\d{10}|\d{13})(?:\.(\d{1,6}))?$/.exec(text);
  if (!m) return null;
  const ms = m[1]!.length === 13 ? +m[1]! : Math.round(+`${m[1]}.${m[2] ?? 0}` * 1000);
  return { ok: true, iso: new Date(ms).toISOString() };
}

/*
 * A complete ISO 8601 instant with its offset, as APIs and their exports write dates: read
 * directly, since an import reads one a row. Anything else, or anything out of range here, takes
 * the general path below, which reads it or says what is wrong.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})$/;

function isoInstant(raw: string): ParsedDate | null {
  const m = ISO_INSTANT.exec(raw);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = offsetMinutes(m[8]!.toLowerCase())!;
  const ms = Math.round(+`0.${m[7] ?? 0}` * 1000);
  return { ok: true, iso: new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000).toISOString() };
}

export function parseMentionDate(raw: string, options: DateOptions): ParsedDate {
  const instant = isoInstant(raw);
  if (instant) return instant;
  const text = raw
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|วัน\S*?ที่|星期.|週.|周.)\s*/, '')
    .replace(/\s*(?:พ\.ศ\.|ค\.ศ\.|พศ|คศ)\s*/g, ' ');
  const fromEpoch = epoch(text);
  if (fromEpoch) return fromEpoch;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.re.exec(text);
    if (!m) continue;
    const { year: written, month, day, monthText, shortYear } = pattern.parts(m, options.dateOrder);
    if (shortYear) return { ok: false, message: `"${raw}": a two-digit year is ambiguous (A.D. or B.E.?); write the year in full` };
    const year = written > 2400 ? written - 543 : written;
    if (month < 1 || month > 12) {
      const hint = pattern !== NUMERIC_DAY_MONTH ? '' : options.dateOrder === 'dmy' ? ' (is the file month-first, mm/dd/yyyy?)' : ' (is the file day-first, dd/mm/yyyy?)';
      return { ok: false, message: `"${raw}": no month "${monthText}"${hint}` };
    }
    if (year < 1970 || year > 2100) return { ok: false, message: `"${raw}": year ${written} is out of range` };
    if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `"${raw}": day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}` };
    return withTime(raw, text.slice(m[0].length).replace(/^[t\s,]+/, ''), year, month, day, options);
  }
  return { ok: false, message: `"${raw}" is not a date format the importer reads` };
}

function withTime(raw: string, rest: string, year: number, month: number, day: number, options: DateOptions): ParsedDate {
  let [hour, minute, second, ms, zone] = [0, 0, 0, 0, ''];
  if (rest !== '') {
    const t = TIME.exec(rest);
    if (!t) return { ok: false, message: `"${raw}": cannot read the time "${rest}"` };
    [hour, minute, second, ms, zone] = [+t[1]!, +t[2]!, +(t[3] ?? 0), Math.round(+`0.${t[4] ?? 0}` * 1000), t[6] ?? ''];
    const half = t[5]?.replace(/\./g, '') ?? (/^(下午|晚上)/.test(rest) ? 'pm' : /^(上午|早上|凌晨)/.test(rest) ? 'am' : '');
    if (half === 'am' || half === 'pm') {
      if (hour < 1 || hour > 12) return { ok: false, message: `"${raw}": hour ${hour} with ${half}` };
      hour = (hour % 12) + (half === 'pm' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `"${raw}": no time ${t[1]}:${t[2]}` };
  }
  const offset = zone === '' ? null : offsetMinutes(zone.replace(/\s/g, ''));
  const utc =
    offset === null
      ? wallClockToUtc(year, month, day, hour, minute, second, ms, options.timeZone)
      : Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return { ok: true, iso: new Date(utc).toISOString() };
}
