import type { RetagStatus } from '../../../shared/api/listening.schemas.ts';

/** Waiting or running: the stored mentions do not all match the current topics yet. */
export function isRetagActive(status: RetagStatus): boolean {
  return status.status === 'queued' || status.status === 'running';
}

/**
 * Share of the stored mentions matched again, 0–100. A running job stays below 100 (mentions that
 * arrive meanwhile can carry it past its starting count); a finished one is whole.
 */
export function retagPercent(status: RetagStatus): number {
  if (status.status === 'done') return 100;
  if (status.status !== 'running' || status.total <= 0) return 0;
  return Math.min(99, Math.floor((status.processed / status.total) * 100));
}
