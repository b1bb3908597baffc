import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mappingProblems, requireValidMapping, suggestMapping, uniqueHeaders } from './column-mapping.domain.ts';
import { ImportFailure } from './import-problems.domain.ts';
import type { DateOptions } from './mention-date.domain.ts';
import { contentHash, fallbackExternalId, type MentionValues, type RowOutcome, toMention } from './mention-row.domain.ts';

const OPTIONS: DateOptions = { dateOrder: 'dmy', timeZone: 'Asia/Bangkok' };

test('a mapping is suggested from English, Thai and Chinese headers', () => {
  assert.deepEqual(suggestMapping(['Post text', 'Created at', 'Author', 'Likes', 'Shares', 'Comments', 'Permalink', 'Source', 'Reach', 'Post ID']), {
    text: 'Post text',
    date: 'Created at',
    author: 'Author',
    likes: 'Likes',
    shares: 'Shares',
    comments: 'Comments',
    url: 'Permalink',
    channel: 'Source',
    reach: 'Reach',
    id: 'Post ID',
  });
  assert.deepEqual(suggestMapping(['ข้อความ', 'วันที่', 'ผู้โพสต์', 'ยอดไลก์', 'จำนวนแชร์', 'ลิงก์']), {
    text: 'ข้อความ',
    date: 'วันที่',
    author: 'ผู้โพสต์',
    likes: 'ยอดไลก์',
    shares: 'จำนวนแชร์',
    url: 'ลิงก์',
  });
  assert.deepEqual(suggestMapping(['內容', '發布時間', '作者', '讚', '分享數', '留言數', '貼文連結']), {
    text: '內容',
    date: '發布時間',
    author: '作者',
    likes: '讚',
    shares: '分享數',
    comments: '留言數',
    url: '貼文連結',
  });
  assert.deepEqual(suggestMapping(['内容', '时间', '用户名', '点赞', '转发', '评论']), {
    text: '内容',
    date: '时间',
    author: '用户名',
    likes: '点赞',
    shares: '转发',
    comments: '评论',
  });
  assert.deepEqual(suggestMapping(['Message', 'Post time', 'Source URL', 'Total Likes']), { text: 'Message', date: 'Post time', url: 'Source URL', likes: 'Total Likes' });
});

test('header cells get unique names; a mapping is checked and every problem is named', () => {
  assert.deepEqual(uniqueHeaders([' text ', '', 'Likes', 'Likes']), ['text', 'column 2', 'Likes', 'Likes (2)']);
  assert.deepEqual(mappingProblems({ date: 'Date', likes: 'Likez', shares: 'Date', colour: 'x' }, ['Date', 'Likes']), [
    { path: 'mapping.text', message: 'choose the column that holds the text of the mention' },
    { path: 'mapping.likes', message: 'no column "Likez" in the file' },
    { path: 'mapping.shares', message: 'column "Date" is already used for date' },
    { path: 'mapping.colour', message: 'unknown field "colour"; fields are text, date, author, channel, url, reach, likes, shares, comments, id' },
  ]);
  assert.throws(
    () => requireValidMapping({}, ['a']),
    (e) => e instanceof ImportFailure && e.code === 'mapping_invalid' && e.details[0]?.path === 'mapping.text',
  );
});

function accepted(outcome: RowOutcome) {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.mention;
}

function rejected(values: MentionValues): string {
  const outcome = toMention(values, OPTIONS);
  assert.ok(!outcome.ok, 'should be rejected');
  return `${outcome.reason}: ${outcome.message}`;
}

test('a mapped row becomes a candidate mention with ISO date, counts, URL and channel', () => {
  const mention = accepted(
    toMention(
      { text: '  ร้านนี้อร่อยมาก 😋 ', date: '5 ม.ค. 2567 10:30', author: '@somchai', likes: '1.2K', shares: '1,234', comments: '', url: 'www.pantip.com/topic/42', reach: '2 แสน' },
      OPTIONS,
    ),
  );
  assert.equal(mention.text, 'ร้านนี้อร่อยมาก 😋');
  assert.equal(mention.publishedAt, '2024-01-05T03:30:00.000Z');
  assert.deepEqual([mention.reach, mention.likes, mention.shares, mention.comments], [200000, 1200, 1234, null]);
  assert.equal(mention.url, 'https://www.pantip.com/topic/42');
  assert.equal(mention.channel, 'pantip.com');
  assert.match(mention.externalId, /^hash:[\w-]{22}$/);
  const unmapped = accepted(toMention({ text: 'hello' }, OPTIONS));
  assert.deepEqual([unmapped.publishedAt, unmapped.author, unmapped.channel, unmapped.url, unmapped.likes], [null, null, null, null, null]);
});

test('emoji-only text is a mention; empty, invisible-only and undecodable text are rejected with a reason', () => {
  assert.equal(accepted(toMention({ text: '🔥🔥🔥' }, OPTIONS)).text, '🔥🔥🔥');
  assert.equal(accepted(toMention({ text: '❤️' }, OPTIONS)).text, '❤️');
  assert.match(rejected({ text: '' }), /^empty_text/);
  assert.match(rejected({ text: ' \u200b\u00a0\ufeff ' }), /^empty_text/);
  assert.match(rejected({ text: 'caf\ufffd' }), /^undecodable_text/);
  assert.match(rejected({ text: 'x', date: '' }), /^missing_date/);
  assert.match(rejected({ text: 'x', date: '32/01/2024' }), /^invalid_date: date: .*day 32/);
  assert.match(rejected({ text: 'x', likes: 'lots' }), /^invalid_number: likes: "lots" is not a count/);
  assert.match(rejected({ text: 'x', url: 'javascript:alert(1)' }), /^invalid_url/);
});

test('identity: the same row gives the same external id; a mapped id wins, scoped by channel', () => {
  const row = { text: 'ชอบมาก', author: 'a', date: '05/01/2024 10:00' };
  const first = accepted(toMention(row, OPTIONS));
  assert.equal(accepted(toMention({ ...row }, OPTIONS)).externalId, first.externalId);
  assert.equal(accepted(toMention({ ...row, date: '2024-01-05T03:00:00Z' }, OPTIONS)).externalId, first.externalId, 'same instant, other format');
  assert.notEqual(accepted(toMention({ ...row, author: 'b' }, OPTIONS)).externalId, first.externalId);
  assert.equal(accepted(toMention({ ...row, id: ' 123 ', channel: 'Facebook' }, OPTIONS)).externalId, 'id:facebook/123');
  assert.equal(accepted(toMention({ ...row, id: '123' }, OPTIONS)).externalId, 'id:123');
  assert.equal(contentHash('ＧＲＥＡＴ   Coffee\n', '@Ann'), contentHash('great coffee', '@ann'));
  assert.notEqual(contentHash('great coffee', 'ann'), contentHash('great coffee', 'bob'));
});

test('the identity of a mention does not change between versions, so importing a file again adds nothing', () => {
  // Values of the Hash-object code that stored the first imports; a change would store every row again.
  assert.equal(contentHash('  ร้านนี้อร่อยมาก   555 ', 'SOMCHAI'), '5gFaHGfYL29ln44RaxJFog');
  assert.equal(fallbackExternalId('ร้านนี้อร่อยมาก 555', 'Somchai', '2024-05-01T03:00:00.000Z'), 'hash:soazvq8GG9tkeBurbNwyZN');
});
