/*
 * Engagement counts as exports and dashboards print them: "1234", "1,234", "1 234", "1.234"
 * (grouped thousands, either separator), "12.0" (a spreadsheet's float), "1.2K", "3M", "1.2萬"
 * / "1.2万", "3億" / "3亿", "1.5พัน", "2 แสน", "1,5K" (decimal comma), "10K+". Counts are whole
 * and not negative; "", "-", "n/a" mean no figure.
 */

export type ParsedCount = { ok: true; value: number | null } | { ok: false; message: string };

const UNITS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  千: 1e3,
  萬: 1e4,
  万: 1e4,
  億: 1e8,
  亿: 1e8,
  พัน: 1e3,
  หมื่น: 1e4,
  แสน: 1e5,
  ล้าน: 1e6,
};

const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'na', 'null', 'none']);
const GROUPED = /^\d{1,3}(?:([,. '’])\d{3})(?:\1\d{3})*$/;
const WITH_UNIT = /^(\d+(?:[.,]\d+)?)\s*(k|m|b|千|萬|万|億|亿|พัน|หมื่น|แสน|ล้าน)\+?$/;

export function parseCount(raw: string): ParsedCount {
  const text = raw.normalize('NFKC').trim().toLowerCase();
  if (EMPTY.has(text)) return { ok: true, value: null };
  let value: number | null = null;
  if (/^\d+$/.test(text)) value = Number(text);
  else if (GROUPED.test(text)) value = Number(text.replace(/\D/g, ''));
  else if (/^\d+\.0+$/.test(text)) value = Number.parseInt(text, 10);
  else {
    const m = WITH_UNIT.exec(text);
    if (m) value = Math.round(Number(m[1]!.replace(',', '.')) * UNITS[m[2]!]!);
  }
  if (value === null || !Number.isSafeInteger(value)) return { ok: false, message: `"${raw}" is not a count` };
  return { ok: true, value };
}
