import { excerpt, ImportFailure } from './import-problems.domain.ts';
import { isPlainObject, type JsonItem, jsonErrorReason } from './ndjson-reader.domain.ts';

/*
 * A JSON array of objects (`[{…}, {…}]`), streamed: the array is cut into its elements by tracking
 * brackets and strings, and each element is parsed on its own, so a file of any size is read in
 * bounded memory and a bad element is rejected with its line while the others import. Damage to
 * the array itself (a missing comma, text after the closing bracket, the file ending inside it)
 * stops the import with the line where it happened: past that point, where an element begins is
 * guesswork.
 */

export type JsonArrayParser = { push(text: string, out: JsonItem[]): void; end(out: JsonItem[]): void };

const BEFORE = 0;
const BETWEEN = 1;
const ELEMENT = 2;
const AFTER = 3;
const DONE = 4;

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xfeff;
}

export function createJsonArrayParser(options: { maxElementChars?: number } = {}): JsonArrayParser {
  const maxElement = options.maxElementChars ?? 4 * 1024 * 1024;
  let buf = '';
  let i = 0;
  let line = 1;
  let phase = BEFORE;
  let start = 0;
  let startLine = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let tooLarge = false;
  let largeExcerpt = '';

  function fail(message: string): never {
    throw new ImportFailure('json_structure', `line ${line}: ${message}`, [{ path: `line ${line}`, message }]);
  }

  function emit(text: string, out: JsonItem[]): void {
    if (tooLarge) {
      out.push({ line: startLine, reason: 'record_too_large', message: `element longer than ${maxElement} characters`, excerpt: largeExcerpt });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      out.push({ line: startLine, reason: 'invalid_json', message: jsonErrorReason(error), excerpt: excerpt(text.trim()) });
      return;
    }
    if (isPlainObject(value)) out.push({ line: startLine, value });
    else out.push({ line: startLine, reason: 'not_an_object', message: 'expected a JSON object', excerpt: excerpt(text.trim()) });
  }

  /** Moves `i` through the element; true when it is complete (then `i` is just past it). */
  function scanElement(): boolean {
    const n = buf.length;
    for (; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c === LF) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) return true; // "]" closing the array after a bare value
        if (--depth === 0) {
          i++;
          return true;
        }
      } else if (c === 0x2c && depth === 0) return true;
    }
    return false;
  }

  function scan(out: JsonItem[]): void {
    while (i < buf.length) {
      if (phase === ELEMENT) {
        if (!scanElement()) return;
        emit(buf.slice(start, i), out);
        phase = AFTER;
        continue;
      }
      const c = buf.charCodeAt(i);
      if (isSpace(c)) {
        if (c === LF) line++;
        i++;
      } else if (phase === BEFORE) {
        if (c !== 0x5b) fail(`expected "[" to open a JSON array, found "${buf[i]}"`);
        phase = BETWEEN;
        i++;
      } else if (phase === AFTER) {
        if (c !== 0x2c && c !== 0x5d) fail(`expected "," or "]" after an element, found "${buf[i]}"`);
        phase = c === 0x2c ? BETWEEN : DONE;
        i++;
      } else if (phase === DONE) {
        fail(`unexpected "${buf[i]}" after the end of the JSON array`);
      } else if (c === 0x5d) {
        phase = DONE; // "[]", and a trailing comma before "]" is forgiven
        i++;
      } else if (c === 0x2c) {
        fail('empty element between two commas');
      } else {
        phase = ELEMENT;
        start = i;
        startLine = line;
        depth = 0;
        inString = false;
        escaped = false;
        tooLarge = false;
      }
    }
  }

  return {
    push(text, out) {
      const keepFrom = phase === ELEMENT ? start : i;
      buf = buf.slice(keepFrom) + text;
      i -= keepFrom;
      start = 0;
      scan(out);
      if (phase === ELEMENT && buf.length - start > maxElement) {
        // Keep tracking brackets to find the element's end, but stop keeping its text.
        if (!tooLarge) largeExcerpt = excerpt(buf.slice(start, start + 400));
        tooLarge = true;
        start = i;
      }
    },
    end(out) {
      scan(out);
      if (phase === BEFORE) fail('no JSON array in the file');
      if (phase !== DONE) fail('the file ends before the JSON array is closed');
    },
  };
}
