import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedDate } from './feed-dates.domain.ts';

test('RFC 822 dates as RSS 2.0 writes them', () => {
  assert.equal(parseFeedDate('Tue, 10 Jun 2003 04:00:00 GMT'), '2003-06-10T04:00:00.000Z');
  assert.equal(parseFeedDate('Fri, 01 Mar 2024 17:30:00 +0700'), '2024-03-01T10:30:00.000Z');
  assert.equal(parseFeedDate('Fri, 1 Mar 2024 09:05 +0800'), '2024-03-01T01:05:00.000Z');
  assert.equal(parseFeedDate('01 Mar 2024 09:05:00 EST'), '2024-03-01T14:05:00.000Z');
  assert.equal(parseFeedDate('Mon, 04 Mar 24 09:00:00 ICT'), '2024-03-04T02:00:00.000Z');
  assert.equal(parseFeedDate('Monday, 04 March 2024 09:00:00 +07:00'), '2024-03-04T02:00:00.000Z');
  assert.equal(parseFeedDate('Mon, 04 Mar 2024 09:00:00'), '2024-03-04T09:00:00.000Z');
});

test('RFC 3339 and W3C-DTF dates as Atom and Dublin Core write them', () => {
  assert.equal(parseFeedDate('2024-03-01T10:30:00Z'), '2024-03-01T10:30:00.000Z');
  assert.equal(parseFeedDate('2024-03-01T18:30:00.123+08:00'), '2024-03-01T10:30:00.123Z');
  assert.equal(parseFeedDate('2024-03-01T18:30+0800'), '2024-03-01T10:30:00.000Z');
  assert.equal(parseFeedDate('2024-03-01 18:30:00'), '2024-03-01T18:30:00.000Z');
  assert.equal(parseFeedDate('2024-03-01'), '2024-03-01T00:00:00.000Z');
});

test('Thai feeds that write the Buddhist-era year', () => {
  assert.equal(parseFeedDate('ศ., 01 Mar 2567 17:30:00 +0700'), '2024-03-01T10:30:00.000Z');
  assert.equal(parseFeedDate('2567-03-01T17:30:00+07:00'), '2024-03-01T10:30:00.000Z');
});

test('unreadable dates are null, not a guess', () => {
  for (const bad of ['', '   ', 'yesterday', '2024-02-30', '2024-13-01', '32 Jan 2024 10:00:00 GMT', 'Fri, 01 Foo 2024 10:00:00 GMT', '01 Mar 2024 10:00:00 XYZ', null, undefined]) {
    assert.equal(parseFeedDate(bad), null, String(bad));
  }
});
