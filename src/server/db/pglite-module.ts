import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/*
 * PGlite's PostgreSQL, compiled by us so that one function never reaches V8's optimising tier.
 * `raw_parser` (the SQL grammar, one ~100 KB function) takes ~600 MB of compiler memory for a few
 * seconds when V8 optimises it, which it does soon after start (initdb and migrations parse a lot):
 * a server otherwise idling at ~250 MB peaked above 750 MB. A `compilationHints` section asks V8
 * to keep it on the baseline compiler; the grammar is a small part of an ingest (a few statements
 * a batch), so nothing measurable is lost. V8 reads the section only when started with
 * PGLITE_V8_FLAGS (npm start, the CLI and the benchmarks are); without them the section is an
 * ignored custom section and V8 tiers up as it likes (the tests, short-lived processes).
 */

/** Eager optimisation of what runs (no dynamic tier-up, which ignores hints), hints honoured. */
export const PGLITE_V8_FLAGS = ['--experimental-wasm-compilation-hints', '--no-wasm-dynamic-tiering'];
export const BASELINE_ONLY = ['raw_parser'];

type Layout = { importedFunctions: number; declaredFunctions: number; codeSectionAt: number; hinted: boolean; names: Map<string, number> };

function readLeb(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const text = new TextDecoder();

function skipLimits(bytes: Uint8Array, at: number): number {
  const flags = bytes[at++]!;
  let next = readLeb(bytes, at)[1];
  if (flags & 1) next = readLeb(bytes, next)[1];
  return next;
}

/** Counts imported functions (function indexes start after them). */
function countImportedFunctions(bytes: Uint8Array, at: number): number {
  let [count, p] = readLeb(bytes, at);
  let functions = 0;
  for (; count > 0; count--) {
    for (let field = 0; field < 2; field++) {
      const [length, next] = readLeb(bytes, p);
      p = next + length;
    }
    const kind = bytes[p++];
    if (kind === 0) {
      functions++;
      p = readLeb(bytes, p)[1];
    } else if (kind === 1) p = skipLimits(bytes, p + 1);
    else if (kind === 2) p = skipLimits(bytes, p);
    else if (kind === 3) p += 2;
    else if (kind === 4) p = readLeb(bytes, p + 1)[1];
    else throw new Error(`unexpected import kind ${kind} in the PGlite module`);
  }
  return functions;
}

/** Exported functions by name (PGlite exports its symbols for extensions; it has no name section). */
function readExportedFunctions(bytes: Uint8Array, at: number, wanted: ReadonlySet<string>, into: Map<string, number>): void {
  let [count, p] = readLeb(bytes, at);
  for (; count > 0; count--) {
    const [length, nameAt] = readLeb(bytes, p);
    const kind = bytes[nameAt + length];
    const [index, next] = readLeb(bytes, nameAt + length + 1);
    if (kind === 0) {
      const name = text.decode(bytes.subarray(nameAt, nameAt + length));
      if (wanted.has(name)) into.set(name, index);
    }
    p = next;
  }
}

export function moduleLayout(bytes: Uint8Array, wanted: readonly string[]): Layout {
  const layout: Layout = { importedFunctions: 0, declaredFunctions: 0, codeSectionAt: -1, hinted: false, names: new Map() };
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p]!;
    const [size, body] = readLeb(bytes, p + 1);
    if (id === 2) layout.importedFunctions = countImportedFunctions(bytes, body);
    else if (id === 3) layout.declaredFunctions = readLeb(bytes, body)[0];
    else if (id === 7) readExportedFunctions(bytes, body, new Set(wanted), layout.names);
    else if (id === 10) layout.codeSectionAt = p;
    else if (id === 0) {
      const [length, nameAt] = readLeb(bytes, body);
      if (text.decode(bytes.subarray(nameAt, nameAt + length)) === 'compilationHints') layout.hinted = true;
    }
    p = body + size;
  }
  return layout;
}

/**
 * The module with a compilationHints section (one byte per declared function, placed before the
 * code section as V8 requires) that keeps the named functions on Liftoff. Unchanged when none is
 * found or the module already has hints.
 */
export function withBaselineOnly(bytes: Uint8Array, functions: readonly string[]): { bytes: Uint8Array; hinted: string[] } {
  const layout = moduleLayout(bytes, functions);
  if (layout.hinted || layout.codeSectionAt < 0 || layout.names.size === 0) return { bytes, hinted: [] };
  const sectionName = new TextEncoder().encode('compilationHints');
  const head = [...leb(sectionName.length), ...sectionName, ...leb(layout.declaredFunctions)];
  const content = new Uint8Array(head.length + layout.declaredFunctions);
  content.set(head);
  // Per function: top tier (bits 4-5) and baseline tier (bits 2-3) both Liftoff (1), default strategy.
  for (const index of layout.names.values()) content[head.length + index - layout.importedFunctions] = (1 << 4) | (1 << 2);
  const header = [0, ...leb(content.length)];
  const out = new Uint8Array(bytes.length + header.length + content.length);
  out.set(bytes.subarray(0, layout.codeSectionAt));
  out.set(header, layout.codeSectionAt);
  out.set(content, layout.codeSectionAt + header.length);
  out.set(bytes.subarray(layout.codeSectionAt), layout.codeSectionAt + header.length + content.length);
  return { bytes: out, hinted: [...layout.names.keys()] };
}

export function pgliteWasmPath(): string {
  return fileURLToPath(new URL('./pglite.wasm', import.meta.resolve('@electric-sql/pglite')));
}

let compiled: Promise<WebAssembly.Module> | undefined;

/** PGlite's module, compiled once per process (each database opened shares it). */
export function pgliteModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(pgliteWasmPath()).then((file) => WebAssembly.compile(withBaselineOnly(file, BASELINE_ONLY).bytes as Uint8Array<ArrayBuffer>));
  return compiled;
}
