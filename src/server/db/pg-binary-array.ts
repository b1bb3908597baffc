/*
 * One-dimensional PostgreSQL arrays in the binary wire format (array_send/array_recv), so a bulk
 * statement can take its rows as a few column parameters read by unnest(): PostgreSQL reads each
 * element as length + bytes, where json_to_recordset lexed a JSON text (and, in the embedded
 * database, the JSON string was measured and encoded again on the thread that holds the database).
 * Pure: built where the rows are prepared (an analysis thread), then handed over as bytes.
 * Both drivers send a Uint8Array parameter in binary format (PGlite after `binaryArrayParams`).
 */

const TEXT_OID = 25;
const INT4_OID = 23;
const FLOAT4_OID = 700;
const TIMESTAMPTZ_OID = 1184;
/** PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC. */
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

export const ARRAY_OIDS = { text: 1009, int4: 1007, float4: 1021, timestamptz: 1185 } as const;

const encoder = new TextEncoder();

class Writer {
  bytes: Uint8Array;
  view: DataView;
  length = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  int32(value: number): void {
    this.room(4);
    this.view.setInt32(this.length, value);
    this.length += 4;
  }

  /** The exact bytes, in a buffer of their own (so it can be transferred to another thread). */
  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

function header(out: Writer, elementOid: number, count: number, hasNull: boolean): void {
  // An empty array has no dimensions at all.
  out.int32(count === 0 ? 0 : 1);
  out.int32(hasNull ? 1 : 0);
  out.int32(elementOid);
  if (count === 0) return;
  out.int32(count);
  out.int32(1);
}

export function textArray(values: readonly (string | null)[]): Uint8Array {
  const out = new Writer(64 + values.length * 16);
  header(out, TEXT_OID, values.length, values.includes(null));
  for (const value of values) {
    if (value === null) {
      out.int32(-1);
      continue;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    out.room(4 + value.length * 3);
    const at = out.length;
    const { written } = encoder.encodeInto(value, out.bytes.subarray(at + 4));
    out.view.setInt32(at, written);
    out.length = at + 4 + written;
  }
  return out.done();
}

function fixedArray(elementOid: number, values: readonly number[], write: (view: DataView, at: number, value: number) => void): Uint8Array {
  const out = new Writer(20 + values.length * 8);
  header(out, elementOid, values.length, false);
  for (const value of values) {
    out.room(8);
    out.view.setInt32(out.length, 4);
    write(out.view, out.length + 4, value);
    out.length += 8;
  }
  return out.done();
}

export function int4Array(values: readonly number[]): Uint8Array {
  return fixedArray(INT4_OID, values, (view, at, value) => {
    if (!Number.isInteger(value) || value < -2_147_483_648 || value > 2_147_483_647) throw new RangeError(`not a 32-bit integer: ${value}`);
    view.setInt32(at, value);
  });
}

/** Rounded to the nearest single-precision number, as PostgreSQL does with a `real` literal. */
export function float4Array(values: readonly number[]): Uint8Array {
  return fixedArray(FLOAT4_OID, values, (view, at, value) => view.setFloat32(at, value));
}

/** Instants as milliseconds since 1970 (Date.parse, getTime). */
export function timestamptzArray(values: readonly number[]): Uint8Array {
  const out = new Writer(20 + values.length * 12);
  header(out, TIMESTAMPTZ_OID, values.length, false);
  for (const ms of values) {
    if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`);
    out.int32(8);
    out.room(8);
    out.view.setBigInt64(out.length, BigInt(Math.round((ms - PG_EPOCH_MS) * 1000)));
    out.length += 8;
  }
  return out.done();
}

/** A text array read back (what a test or a log needs of a part; the database reads its own). */
export function readTextArray(bytes: Uint8Array): (string | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0) === 0) return [];
  if (view.getInt32(8) !== TEXT_OID) throw new TypeError('not a text array');
  const count = view.getInt32(12);
  const decoder = new TextDecoder();
  const values: (string | null)[] = [];
  let at = 20;
  for (let i = 0; i < count; i++) {
    const length = view.getInt32(at);
    at += 4;
    values.push(length < 0 ? null : decoder.decode(bytes.subarray(at, at + length)));
    at += Math.max(length, 0);
  }
  return values;
}
