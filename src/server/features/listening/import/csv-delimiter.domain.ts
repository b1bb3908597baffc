/*
 * Which character separates the fields: Excel writes `;` where the decimal separator is a comma,
 * `\t` for "Unicode text", `,` otherwise, and may put a `sep=;` line first to say so. Without that
 * line, the candidate that splits the first lines (outside quotes) into the same number of fields,
 * the most of them, wins; a file of one column has no separator at all and reads the same with `,`.
 */

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const SAMPLE_LINES = 20;

/** Counts of each candidate per line of the sample, outside quoted fields; the last, maybe cut, line is left out. */
function countPerLine(sample: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(CSV_DELIMITERS.map((d) => [d, [0]]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < SAMPLE_LINES; i++) {
    const c = sample[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && sample[i + 1] === '\n') i++;
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted) {
      const list = counts.get(c as CsvDelimiter);
      if (list) list[list.length - 1]!++;
    }
  }
  if (lines > 0) for (const list of counts.values()) list.pop();
  return counts;
}

export function sniffDelimiter(sample: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestFields = 0;
  for (const [delimiter, perLine] of countPerLine(sample)) {
    const header = perLine[0] ?? 0;
    if (header === 0) continue;
    const same = perLine.filter((n) => n === header).length;
    // Multi-line quoted fields and ragged rows happen; most lines agreeing is enough.
    if (same / perLine.length < 0.8) continue;
    if (header > bestFields) {
      best = delimiter;
      bestFields = header;
    }
  }
  return best;
}

/** `sep=;` on the first line (an Excel convention): the delimiter and the length of that line with its break. */
export function excelSeparatorLine(text: string): { delimiter: CsvDelimiter; length: number } | null {
  const match = /^sep=(.)(\r\n|\n|\r)/i.exec(text);
  if (!match) return null;
  const delimiter = CSV_DELIMITERS.find((d) => d === match[1]);
  return delimiter ? { delimiter, length: match[0].length } : null;
}
