import { excerpt, ImportFailure, type RowRejection } from './import-problems.domain.ts';

/*
 * NDJSON (JSON Lines): one JSON object per line, any number of lines, text fed in chunks. A line
 * that is not valid JSON, or not an object, is rejected with the parser's own reason; blank lines
 * are skipped; a line over the cap is rejected and skipped to its end without being kept.
 */

export type JsonRow = { line: number; value: Record<string, unknown> };
export type JsonItem = JsonRow | RowRejection;

export type NdjsonParser = { push(text: string, out: JsonItem[]): void; end(out: JsonItem[]): void };

export function isJsonRow(item: JsonItem): item is JsonRow {
  return 'value' in item;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parser's message without the whole line it quotes back. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

export function createNdjsonParser(options: { maxLineChars?: number } = {}): NdjsonParser {
  const maxLine = options.maxLineChars ?? 4 * 1024 * 1024;
  let pending = '';
  let line = 1;
  let discarding = false;
  let sawObject = false;

  function parseLine(text: string, out: JsonItem[]): void {
    const at = line++;
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (trimmed.length > maxLine) {
      out.push({ line: at, reason: 'line_too_long', message: `line longer than ${maxLine} characters`, excerpt: excerpt(trimmed) });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      // One pretty-printed document, not one object per line: say so once instead of a rejection per line.
      if (!sawObject && (trimmed === '{' || trimmed === '[')) {
        throw new ImportFailure('not_ndjson', `line ${at} holds only "${trimmed}": this is one JSON document spread over lines, not NDJSON`, [
          { path: `line ${at}`, message: 'expected one JSON object per line' },
        ]);
      }
      out.push({ line: at, reason: 'invalid_json', message: jsonErrorReason(error), excerpt: excerpt(trimmed) });
      return;
    }
    if (!isPlainObject(value)) {
      out.push({ line: at, reason: 'not_an_object', message: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`, excerpt: excerpt(trimmed) });
      return;
    }
    sawObject = true;
    out.push({ line: at, value });
  }

  return {
    push(text, out) {
      let from = 0;
      let data = text;
      const seen = pending.length;
      if (pending !== '') {
        data = pending + text;
        pending = '';
      }
      for (let nl = data.indexOf('\n', seen); nl !== -1; nl = data.indexOf('\n', from)) {
        if (discarding) {
          discarding = false;
          line++;
        } else parseLine(data.slice(from, nl), out);
        from = nl + 1;
      }
      if (discarding) return;
      const rest = data.length - from;
      if (rest > maxLine) {
        out.push({ line, reason: 'line_too_long', message: `line longer than ${maxLine} characters`, excerpt: excerpt(data.slice(from, from + 400)) });
        discarding = true;
        return;
      }
      pending = from === 0 ? data : data.slice(from);
    },
    end(out) {
      if (!discarding && pending !== '') parseLine(pending, out);
      pending = '';
    },
  };
}
