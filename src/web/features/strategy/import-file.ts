import type { ImportStrategyInput } from '../../../shared/api/strategy.schemas.ts';

/** The API refuses bodies over 1 MiB; checking here saves sending a file only to be told so. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
// Room for the rest of the request body: {"format":"yaml","content":…,"revision":123456}.
const ENVELOPE_BYTES = 64;

/** What the file weighs once sent: JSON escaping turns every newline and quote into two bytes. */
function requestBytes(content: string): number {
  return new TextEncoder().encode(JSON.stringify(content)).length + ENVELOPE_BYTES;
}

export type ChosenFile = { name: string; format: ImportStrategyInput['format']; content: string };
export type FileProblem = 'wrongType' | 'tooLarge' | 'empty' | 'unreadable';

export function formatOf(fileName: string): ChosenFile['format'] | null {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return null;
}

/** Reads a chosen file in the browser, or says why it cannot be imported before anything is sent. */
export async function readImportFile(file: File): Promise<{ ok: true; file: ChosenFile } | { ok: false; problem: FileProblem }> {
  const format = formatOf(file.name);
  if (!format) return { ok: false, problem: 'wrongType' };
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  try {
    const content = await file.text();
    if (content.trim() === '') return { ok: false, problem: 'empty' };
    if (requestBytes(content) > IMPORT_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
    return { ok: true, file: { name: file.name, format, content } };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
