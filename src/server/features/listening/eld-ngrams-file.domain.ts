import type { EldSource } from '../../../shared/listening/eld-compact.tables.ts';

/*
 * eld's database file (eld/src/ngrams/small.js) read as text, without running it:
 *   export const ngramsData = {type:'S60',languages:{0:'am',…},isSubset:false,
 *     ngrams:{' a ':{11:52},L_QL:{0:148},'d\'a':{…},…}};
 * Importing it parses a 1.6 MB object literal into 81,206 objects: ~150 MB, which the process
 * keeps even when a worker thread that then ends did it (the isolate's pages and its malloc arena
 * stay mapped). Scanning it takes ~25 ms and a few MB. The scan is strict: anything but what that
 * file holds throws with its offset, and language-tables.test.ts checks that the tables it gives
 * are, byte for byte, those built from the imported module.
 */

export type EldNgramsFile = Pick<EldSource, 'languages' | 'ngrams'>;

const BARE_KEY = /[A-Za-z_$][\w$]*/y;

function scanner(text: string, start: number) {
  let at = start;
  const fail = (expected: string): never => {
    throw new Error(`eld's n-gram file: expected ${expected} at offset ${at}, found ${JSON.stringify(text.slice(at, at + 20))}`);
  };
  const expect = (token: string): void => {
    if (!text.startsWith(token, at)) fail(JSON.stringify(token));
    at += token.length;
  };
  return {
    at: () => at,
    expect,
    skipPast(token: string): void {
      const found = text.indexOf(token, at);
      if (found === -1) fail(JSON.stringify(token));
      at = found + token.length;
    },
    /** A `,` before the next item: false at the end of a list. */
    more(): boolean {
      if (text[at] !== ',') return false;
      at++;
      return true;
    },
    isNext: (char: string): boolean => text[at] === char,
    integer(): number {
      let value = 0;
      const first = at;
      for (let c = text.charCodeAt(at); c >= 48 && c <= 57 && at - first < 9; c = text.charCodeAt(++at)) value = value * 10 + c - 48;
      return at === first ? fail('a number') : value;
    },
    /** A key or a string: 'quoted' (eld escapes only ' and \) or a bare identifier. */
    key(): string {
      if (text[at] !== "'") {
        BARE_KEY.lastIndex = at;
        const bare = BARE_KEY.exec(text)?.[0] ?? fail('a key');
        at += bare.length;
        return bare;
      }
      let value = '';
      let from = ++at;
      for (;;) {
        const c = text[at];
        if (c === "'") break;
        if (c === undefined || c === '\n') fail('the end of a quoted key');
        if (c === '\\') {
          const escaped = text[at + 1];
          if (escaped !== "'" && escaped !== '\\') fail("an escape eld writes (\\' or \\\\)");
          value += text.slice(from, at) + escaped;
          at += 2;
          from = at;
        } else at++;
      }
      value += text.slice(from, at++);
      return value;
    },
    end(): void {
      if (!/^;?\s*$/.test(text.slice(at))) fail('the end of the file');
    },
  };
}

export function readEldNgramsFile(text: string): EldNgramsFile {
  const head = scanner(text, 0);
  head.skipPast('export const ngramsData = {');
  head.skipPast('languages:{');
  const languages: string[] = [];
  if (!head.isNext('}')) {
    do {
      if (head.integer() !== languages.length) throw new Error(`eld's n-gram file: language ids out of order at offset ${head.at()}`);
      head.expect(':');
      languages.push(head.key());
    } while (head.more());
  }
  head.expect('}');
  head.skipPast(',ngrams:{');
  const ngramsAt = head.at();
  return {
    languages,
    ngrams(visit) {
      const scan = scanner(text, ngramsAt);
      const ids: number[] = [];
      const scores: number[] = [];
      if (!scan.isNext('}')) {
        do {
          const gram = scan.key();
          scan.expect(':{');
          ids.length = 0;
          scores.length = 0;
          do {
            ids.push(scan.integer());
            scan.expect(':');
            scores.push(scan.integer());
          } while (scan.more());
          scan.expect('}');
          visit(gram, ids, scores);
        } while (scan.more());
      }
      scan.expect('}}');
      scan.end();
    },
  };
}
