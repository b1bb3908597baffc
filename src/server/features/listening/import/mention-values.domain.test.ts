import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportFailure } from './import-problems.domain.ts';
import { parseCount } from './mention-count.domain.ts';
import { type DateOptions, parseMentionDate } from './mention-date.domain.ts';
import { assertTimeZone } from './time-zone.domain.ts';

const BANGKOK: DateOptions = { dateOrder: 'dmy', timeZone: 'Asia/Bangkok' };

function iso(raw: string, options: DateOptions = BANGKOK): string {
  const parsed = parseMentionDate(raw, options);
  assert.ok(parsed.ok, `${raw}: ${parsed.ok ? '' : parsed.message}`);
  return parsed.iso;
}

function error(raw: string, options: DateOptions = BANGKOK): string {
  const parsed = parseMentionDate(raw, options);
  assert.ok(!parsed.ok, `${raw} should be refused`);
  return parsed.message;
}

test('ISO 8601 and yyyy-mm-dd hh:mm:ss; an offset wins, otherwise the import time zone applies', () => {
  assert.equal(iso('2024-01-05T10:00:00Z'), '2024-01-05T10:00:00.000Z');
  assert.equal(iso('2024-01-05T10:00:00.250+07:00'), '2024-01-05T03:00:00.250Z');
  assert.equal(iso('2024-01-05 10:00:00 +0800'), '2024-01-05T02:00:00.000Z');
  assert.equal(iso('2024-01-05 10:00:00'), '2024-01-05T03:00:00.000Z');
  assert.equal(iso('2024/01/05'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('2024-01-05 10:00:00', { dateOrder: 'dmy', timeZone: 'UTC' }), '2024-01-05T10:00:00.000Z');
  assert.equal(iso('Fri, 05 Jan 2024 10:00:00 GMT'), '2024-01-05T10:00:00.000Z');
});

test('an ISO instant read directly gives what the general reader gives', () => {
  const options = { dateOrder: 'dmy' as const, timeZone: 'Asia/Bangkok' };
  const cases = [
    '2024-03-01T09:30:15Z', '2024-03-01T09:30:15.250Z', '2024-03-01 09:30Z', '2024-03-01T09:30:15.9995+07:00', '2024-02-29T23:59:59-0530',
    '1970-01-01T00:00:00Z', '2100-12-31T23:59:59+14:00', '2024-02-30T10:00:00Z', '2567-01-05T10:00:00Z', '1969-12-31T23:59:59Z', '2024-13-01T00:00:00Z', '2024-01-01T24:00:00Z',
  ];
  for (let i = 0; i < 200; i++) cases.push(new Date(Date.UTC(1970, 0, 1) + Math.floor(Math.random() * 4e12)).toISOString());
  for (const raw of cases) {
    // A leading space keeps the direct reading out: the general path trims it (and quotes it).
    const general = parseMentionDate(` ${raw}`, options);
    const expected = general.ok ? general : { ...general, message: general.message.replace(`" ${raw}"`, `"${raw}"`) };
    assert.deepEqual(parseMentionDate(raw, options), expected, raw);
  }
  assert.deepEqual(parseMentionDate('2024-03-01T09:30:15.9995+07:00', options), { ok: true, iso: '2024-03-01T02:30:16.000Z' });
});

test('dd/mm/yyyy by default, with hh:mm and AM/PM; mm/dd/yyyy when the import says so, never mixed per row', () => {
  assert.equal(iso('05/01/2024'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('05/01/2024 14:30'), '2024-01-05T07:30:00.000Z');
  assert.equal(iso('5-1-2024 2:30 PM'), '2024-01-05T07:30:00.000Z');
  assert.equal(iso('05.01.2024 00:00:00'), '2024-01-04T17:00:00.000Z');
  const us: DateOptions = { dateOrder: 'mdy', timeZone: 'Asia/Bangkok' };
  assert.equal(iso('01/05/2024', us), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('1/5/2024, 12:05:09 AM', us), '2024-01-04T17:05:09.000Z');
  assert.match(error('01/13/2024'), /no month "13".*mm\/dd\/yyyy/);
  assert.match(error('13/01/2024', us), /no month "13".*dd\/mm\/yyyy/);
  assert.match(error('31/02/2024'), /day 31 does not exist/);
  assert.match(error('05/01/24'), /two-digit year/);
});

test('Thai Buddhist years and Thai month names', () => {
  assert.equal(iso('2567-01-05'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('05/01/2567 10:30 น.'), '2024-01-05T03:30:00.000Z');
  assert.equal(iso('5 ม.ค. 2567'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('5 มกราคม 2567'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('5 มกราคม พ.ศ. 2567 10:30'), '2024-01-05T03:30:00.000Z');
  assert.equal(iso('วันศุกร์ที่ 29 ก.พ. 2567'), '2024-02-28T17:00:00.000Z');
  assert.equal(iso('1 ธ.ค. 2566 23:59'), '2023-12-01T16:59:00.000Z');
  assert.match(error('5 มกรา 2567'), /no month "มกรา"/);
});

test('Chinese dates, Minguo years, English month names, epoch seconds and milliseconds', () => {
  assert.equal(iso('2024年1月5日'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('2024年1月5日 下午3:04'), '2024-01-05T08:04:00.000Z');
  assert.equal(iso('２０２４年１月５日　１５：０４'), '2024-01-05T08:04:00.000Z');
  assert.equal(iso('2024年1月5日 15时30分'), '2024-01-05T08:30:00.000Z');
  assert.equal(iso('民國113年1月5日'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('5 Jan 2024'), '2024-01-04T17:00:00.000Z');
  assert.equal(iso('January 5, 2024 10:30 AM'), '2024-01-05T03:30:00.000Z');
  assert.equal(iso('1704448800'), '2024-01-05T10:00:00.000Z');
  assert.equal(iso('1704448800123'), '2024-01-05T10:00:00.123Z');
  assert.match(error('yesterday'), /not a date format/);
  assert.match(error('2024-01-05 25:00'), /no time 25:00/);
  assert.match(error('1066-10-14'), /year 1066 is out of range/);
});

test('daylight saving zones: the offset of the date itself is used', () => {
  const newYork: DateOptions = { dateOrder: 'mdy', timeZone: 'America/New_York' };
  assert.equal(iso('01/05/2024 10:00', newYork), '2024-01-05T15:00:00.000Z');
  assert.equal(iso('07/05/2024 10:00', newYork), '2024-07-05T14:00:00.000Z');
  assert.throws(() => assertTimeZone('Mars/Olympus'), (e) => e instanceof ImportFailure && e.code === 'invalid_time_zone');
});

test('counts with separators, spreadsheet floats and K/M/萬/万/億/Thai units', () => {
  const value = (raw: string) => {
    const parsed = parseCount(raw);
    assert.ok(parsed.ok, raw);
    return parsed.value;
  };
  assert.equal(value('1234'), 1234);
  assert.equal(value('1,234'), 1234);
  assert.equal(value('1.234.567'), 1234567);
  assert.equal(value('1 234'), 1234);
  assert.equal(value('12.0'), 12);
  assert.equal(value('1.2K'), 1200);
  assert.equal(value('1,5k'), 1500);
  assert.equal(value('10K+'), 10000);
  assert.equal(value('3M'), 3000000);
  assert.equal(value('1.2萬'), 12000);
  assert.equal(value('1.2万'), 12000);
  assert.equal(value('3億'), 300000000);
  assert.equal(value('2 แสน'), 200000);
  assert.equal(value('１２３'), 123);
  assert.equal(value(''), null);
  assert.equal(value('-'), null);
  for (const bad of ['-5', '1.5', 'many', '12,34']) assert.equal(parseCount(bad).ok, false, bad);
});
