import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/*
 * The one place the import touches the file system: a file as chunks of bytes for the pipeline,
 * with its size for progress. Large reads (256 KB) keep the per-chunk overhead of the stages low.
 */

export type ImportFileSource = { totalBytes: number; chunks: AsyncIterable<Uint8Array> };

export async function openImportFile(path: string, chunkBytes = 256 * 1024): Promise<ImportFileSource> {
  const { size } = await stat(path);
  // Opened on first read and closed when the reader stops, also early (a preview reads only the start).
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* createReadStream(path, { highWaterMark: chunkBytes });
  }
  return { totalBytes: size, chunks: chunks() };
}
