import { type CsvDelimiter, excelSeparatorLine, sniffDelimiter } from './csv-delimiter.domain.ts';
import { excerpt, type RowRejection } from './import-problems.domain.ts';

/*
 * Streaming RFC 4180: quoted fields with "" for a quote and line breaks inside, CRLF, LF or CR line
 * ends, text fed in chunks of any size. Each record comes with the line it starts on (1-based).
 * Damage stays local: a quote closed in the middle of a field, or a quote never closed (the parser
 * would swallow the rest of the file), rejects the record at its first line and parsing starts
 * again on the line after it; a record longer than the cap is rejected and skipped to its line
 * end without being kept in memory. The parser never holds more than one record (≤ the cap).
 */

export type CsvRow = { line: number; fields: string[] };
export type CsvItem = CsvRow | RowRejection;

export type CsvOptions = {
  delimiter?: CsvDelimiter;
  /** Longest record kept, in characters (a 2 MB post fits); longer ones are `line_too_long`. */
  maxRecordChars?: number;
  /** A quoted field that has crossed a line break and grown past this is taken as a broken quote. */
  maxQuotedChars?: number;
};

export type CsvParser = {
  push(text: string, out: CsvItem[]): void;
  end(out: CsvItem[]): void;
  readonly delimiter: CsvDelimiter | undefined;
};

const QUOTE = 34;
const LF = 10;
const CR = 13;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;
const SNIFF_CHARS = 64 * 1024;

export function isCsvRow(item: CsvItem): item is CsvRow {
  return 'fields' in item;
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}

export function createCsvParser(options: CsvOptions = {}): CsvParser {
  const maxRecord = options.maxRecordChars ?? 4 * 1024 * 1024;
  const maxQuoted = options.maxQuotedChars ?? 1024 * 1024;
  let delimiter = options.delimiter;
  let d = 0;
  let begun = false;
  let buf = '';
  let pos = 0;
  let recStart = 0;
  let recLine = 1;
  let line = 1;
  let fields: string[] = [];
  let fieldStart = 0;
  let state = FIELD_START;
  let quoteStart = 0;
  let quoteLine = 0;
  let escaped = false;
  let skipLF = false;
  let discarding = false;

  function startRecord(at: number): number {
    recStart = at;
    recLine = line;
    fields = [];
    state = FIELD_START;
    return at;
  }

  function quotedValue(from: number, to: number): string {
    let value = buf.slice(from, to);
    if (escaped) value = value.replaceAll('""', '"');
    return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
  }

  function reject(out: CsvItem[], reason: RowRejection['reason'], message: string): void {
    const breakAt = buf.slice(recStart, recStart + 400).search(/[\r\n]/);
    out.push({ line: recLine, reason, message, excerpt: excerpt(buf.slice(recStart, breakAt === -1 ? recStart + 400 : recStart + breakAt)) });
  }

  /** After `at`, the character that ends the line: consume CRLF as one; a CR last in the buffer may still get its LF. */
  function afterBreak(at: number, final: boolean): number {
    line++;
    if (buf.charCodeAt(at) === CR) {
      if (at + 1 < buf.length) return buf.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      if (!final) skipLF = true;
    }
    return at + 1;
  }

  function endRecord(at: number, out: CsvItem[], final: boolean): number {
    if (fields.some((f) => f !== '')) out.push({ line: recLine, fields });
    return startRecord(afterBreak(at, final));
  }

  /** Reject the record and start again on the line after its first one. */
  function resync(out: CsvItem[], reason: RowRejection['reason'], message: string, final: boolean): number {
    reject(out, reason, message);
    line = recLine;
    const rest = buf.slice(recStart);
    const breakAt = rest.search(/[\r\n]/);
    if (breakAt === -1) {
      discarding = !final;
      return startRecord(buf.length);
    }
    return startRecord(afterBreak(recStart + breakAt, final));
  }

  function scan(out: CsvItem[], final: boolean): void {
    const n = buf.length;
    let i = pos;
    while (i < n) {
      if (discarding) {
        const breakAt = buf.slice(i).search(/[\r\n]/);
        if (breakAt === -1) {
          i = startRecord(n);
          break;
        }
        discarding = false;
        i = startRecord(afterBreak(i + breakAt, final));
        continue;
      }
      if (skipLF) {
        skipLF = false;
        if (buf.charCodeAt(i) === LF) {
          i = startRecord(i + 1);
          continue;
        }
      }
      if (state === FIELD_START) {
        if (buf.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          quoteStart = i;
          quoteLine = line;
          escaped = false;
          i++;
          continue;
        }
        state = UNQUOTED;
        fieldStart = i;
      }
      if (state === UNQUOTED) {
        let c = 0;
        while (i < n) {
          c = buf.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i === n) break;
        fields.push(buf.slice(fieldStart, i));
        if (c === d) {
          state = FIELD_START;
          i++;
        } else i = endRecord(i, out, final);
        continue;
      }
      if (state === QUOTED) {
        const q = buf.indexOf('"', i);
        line += lineBreaks(buf, i, q === -1 ? n : q);
        if (q === -1) {
          i = n;
          break;
        }
        i = q + 1;
        state = AFTER_QUOTE;
        if (i === n) break;
      }
      const c = buf.charCodeAt(i);
      if (c === QUOTE) {
        escaped = true;
        state = QUOTED;
        i++;
      } else if (c === d || c === LF || c === CR) {
        fields.push(quotedValue(quoteStart + 1, i - 1));
        if (c === d) {
          state = FIELD_START;
          i++;
        } else i = endRecord(i, out, final);
      } else {
        i = resync(out, 'bad_quote', `text after the closing quote of field ${fields.length + 1}`, final);
      }
    }
    pos = i;
  }

  function overCaps(out: CsvItem[], final: boolean): boolean {
    const spansLines = (state === QUOTED || state === AFTER_QUOTE) && line > quoteLine;
    if (state === QUOTED && (final || (spansLines && buf.length - quoteStart > maxQuoted))) {
      pos = resync(out, 'unterminated_quote', `quote opened in field ${fields.length + 1} is never closed`, final);
      return true;
    }
    if (final || buf.length - recStart <= maxRecord) return false;
    if (spansLines) {
      pos = resync(out, 'unterminated_quote', `quoted field ${fields.length + 1} runs past ${maxQuoted} characters`, final);
      return true;
    }
    reject(out, 'line_too_long', `record longer than ${maxRecord} characters`);
    discarding = true;
    buf = '';
    pos = startRecord(0);
    return true;
  }

  function begin(final: boolean): boolean {
    if (!final && buf.length < SNIFF_CHARS && lineBreaks(buf, 0, buf.length) < 21) return false;
    begun = true;
    const sep = excelSeparatorLine(buf);
    if (sep) {
      delimiter ??= sep.delimiter;
      line = 2;
      pos = startRecord(sep.length);
    }
    delimiter ??= sniffDelimiter(buf.slice(pos, pos + SNIFF_CHARS));
    d = delimiter.charCodeAt(0);
    return true;
  }

  function run(out: CsvItem[], final: boolean): void {
    if (!begun && !begin(final)) return;
    do scan(out, final);
    while (overCaps(out, final));
    if (!final) return;
    if (state === AFTER_QUOTE) fields.push(quotedValue(quoteStart + 1, buf.length - 1));
    else if (state === UNQUOTED) fields.push(buf.slice(fieldStart));
    else if (state === FIELD_START && fields.length > 0) fields.push('');
    if (!discarding && fields.some((f) => f !== '')) out.push({ line: recLine, fields });
    buf = '';
    pos = startRecord(0);
  }

  return {
    get delimiter() {
      return delimiter;
    },
    push(text, out) {
      if (recStart > 0) {
        buf = buf.slice(recStart);
        pos -= recStart;
        fieldStart -= recStart;
        quoteStart -= recStart;
        recStart = 0;
      }
      buf += text;
      run(out, false);
    },
    end(out) {
      run(out, true);
    },
  };
}
