import { buildEldTables, type EldSource } from './eld-compact.tables.ts';

/*
 * eld's database and the constants of its algorithm, read from the installed package. Its entry
 * points only export a ready detector, so the files behind `eld/small` are imported by path.
 * Importing its database costs ~150 MB while the 1.6 MB object literal is parsed, and the process
 * keeps most of it even when a worker thread did the parsing: the server reads that file as text
 * instead (server/features/listening/language-tables.ts); tests use the module as eld does.
 */

/** eld's `ngramsData` as its module exports it. */
export type EldNgramsData = { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
export type EldConstants = Pick<EldSource, 'avgScore' | 'dictionary' | 'separators'>;

/** Address of a file of the eld package, relative to its `eld/small` entry point (src/entries/). */
export function eldFileUrl(path: string): URL {
  return new URL(path, import.meta.resolve('eld/small'));
}

async function eldFile<T>(path: string): Promise<T> {
  return (await import(eldFileUrl(path).href)) as T;
}

export async function loadEldConstants(): Promise<EldConstants> {
  const [avg, dictionary, patterns] = await Promise.all([
    eldFile<Pick<EldSource, 'avgScore'>>('../avgScore.js'),
    eldFile<Pick<EldSource, 'dictionary'>>('../dictionary.js'),
    eldFile<Pick<EldSource, 'separators'>>('../regexPatterns.js'),
  ]);
  return { avgScore: avg.avgScore, dictionary: dictionary.dictionary, separators: patterns.separators };
}

export function languagesOf(data: EldNgramsData): string[] {
  return Object.keys(data.languages).map((id, index) => {
    if (Number(id) !== index) throw new Error(`eld language ids must be 0, 1, 2… in order, found ${id}`);
    return data.languages[id] as string;
  });
}

export function ngramsOf(data: EldNgramsData): EldSource['ngrams'] {
  return (visit) => {
    for (const gram in data.ngrams) {
      const scores = data.ngrams[gram] as Record<string, number>;
      const ids = Object.keys(scores);
      visit(
        gram,
        ids.map((id) => Number(id)),
        ids.map((id) => scores[id] as number),
      );
    }
  };
}

/** eld/small's tables, packed from its imported module (the way eld itself loads them). */
export async function eldSmallTablesFromModule(): Promise<SharedArrayBuffer> {
  const [{ ngramsData }, constants] = await Promise.all([eldFile<{ ngramsData: EldNgramsData }>('../ngrams/small.js'), loadEldConstants()]);
  return buildEldTables({ languages: languagesOf(ngramsData), ngrams: ngramsOf(ngramsData), ...constants });
}
