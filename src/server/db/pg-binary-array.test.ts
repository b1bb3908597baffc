import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../test-support/test-database.ts';
import type { Database } from './database.ts';
import { float4Array, int4Array, readTextArray, textArray, timestamptzArray } from './pg-binary-array.ts';

// Read back by the database itself (PGlite, or PostgreSQL with DATABASE_URL): a wrong length,
// element type or byte order is an error or a different value there, not here.
let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows[0]!;
}

test('text arrays keep Thai, Chinese, emoji, quotes, commas, empty strings and nulls', async () => {
  const values = ['ร้านนี้อร่อยมาก 555', '微博 客服', '👍🏽 "quoted", {braces}', '', null, 'a\\b'];
  const row = await one<{ v: (string | null)[]; n: number }>(sql`select ${textArray(values)}::text[] as v, cardinality(${textArray(values)}::text[]) as n`);
  assert.deepEqual(row.v, values);
  assert.equal(row.n, values.length);
  assert.deepEqual(readTextArray(textArray(values)), values);
});

test('an empty array is read as an empty array', async () => {
  const row = await one<{ t: number; i: number }>(sql`select cardinality(${textArray([])}::text[]) as t, cardinality(${int4Array([])}::int4[]) as i`);
  assert.deepEqual([row.t, row.i], [0, 0]);
  assert.deepEqual(readTextArray(textArray([])), []);
});

test('integers, reals and instants arrive as the same values', async () => {
  const instants = [Date.UTC(2024, 2, 1, 9, 30, 15, 250), Date.UTC(1999, 11, 31, 23, 59, 59), Date.UTC(2567 - 543, 0, 1)];
  const row = await one<{ i: number[]; f: string; t: string }>(sql`
    select ${int4Array([0, -1, 2_147_483_647, -2_147_483_648])}::int4[] as i,
      (${float4Array([0.8352, -1, 0])}::float4[])::text as f,
      (select string_agg(to_char(x at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), ',') from unnest(${timestamptzArray(instants)}::timestamptz[]) x) as t`);
  assert.deepEqual(row.i, [0, -1, 2_147_483_647, -2_147_483_648]);
  assert.equal(row.f, '{0.8352,-1,0}');
  assert.equal(row.t, '2024-03-01T09:30:15.250,1999-12-31T23:59:59.000,2024-01-01T00:00:00.000');
});

test('columns unnest side by side into rows', async () => {
  const row = await one<{ rows: string }>(sql`
    select string_agg(r.t || ':' || r.n, ' ' order by r.n) as rows
    from unnest(${textArray(['สวัสดี', '你好'])}::text[], ${int4Array([1, 2])}::int4[]) as r(t, n)`);
  assert.equal(row.rows, 'สวัสดี:1 你好:2');
});

test('values a column cannot hold are refused before they are sent', () => {
  assert.throws(() => int4Array([2_147_483_648]), RangeError);
  assert.throws(() => int4Array([1.5]), RangeError);
  assert.throws(() => timestamptzArray([Number.NaN]), RangeError);
});

test('an ordinary array parameter still goes through PGlite as text', async (t) => {
  if (!database.pglite) return t.skip('node-postgres encodes its own arrays');
  const result = await database.pglite.query<{ v: string[]; i: number[] }>('select $1::text[] as v, $2::int4[] as i', [['a', 'b,c'], [1, 2]]);
  assert.deepEqual(result.rows[0], { v: ['a', 'b,c'], i: [1, 2] });
});
