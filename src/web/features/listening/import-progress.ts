import type { ImportSummary } from '../../../shared/api/listening.schemas.ts';

/** Queued or running: the import's numbers are still moving. */
export function isImportActive(summary: ImportSummary): boolean {
  return summary.status === 'queued' || summary.status === 'running';
}

/** Share of the file read so far, 0–100; a finished import is whole even if its last progress write was skipped. */
export function importPercent(summary: ImportSummary): number {
  if (summary.status === 'done') return 100;
  if (summary.byteSize <= 0) return 0;
  return Math.min(100, Math.floor((summary.bytesProcessed / summary.byteSize) * 100));
}
