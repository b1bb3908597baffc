import { readFile } from 'node:fs/promises';
import { eldFileUrl, loadEldConstants } from '../../../shared/listening/eld-compact.source.ts';
import { buildEldTables } from '../../../shared/listening/eld-compact.tables.ts';
import { readEldNgramsFile } from './eld-ngrams-file.domain.ts';

/*
 * The language tables of this process (eld-compact.tables.ts): built once from eld's files and
 * shared by every analysis thread (workerData) and the main thread's own small batches. Building
 * reads eld's database as text (eld-ngrams-file.domain.ts): ~25 ms and a few MB, where importing
 * it, even in a thread that then ends, leaves ~180 MB resident. A failed build is tried again on
 * the next call.
 */

let building: Promise<SharedArrayBuffer> | undefined;

async function build(): Promise<SharedArrayBuffer> {
  const [text, constants] = await Promise.all([readFile(eldFileUrl('../ngrams/small.js'), 'utf8'), loadEldConstants()]);
  return buildEldTables({ ...readEldNgramsFile(text), ...constants });
}

export function languageTables(): Promise<SharedArrayBuffer> {
  building ??= build().catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  return building;
}

/** Installs the tables in the calling thread (language-detect.domain.ts) once they are built. */
export async function ensureLanguageTables(): Promise<void> {
  // Imported here, so that a process that only starts the pool does not load the analysis code.
  const [{ installLanguageTables }, buffer] = await Promise.all([import('../../../shared/listening/language-detect.domain.ts'), languageTables()]);
  installLanguageTables(buffer);
}
