import { cleanupExpired } from '../features/auth/maintenance.service.ts';
import type { AppDeps } from '../http/request-context.ts';

export type JobDefinition = {
  name: string;
  /** Cron in UTC; omitted for jobs that are only sent on demand. */
  cron?: string;
  retryLimit: number;
  run(deps: AppDeps, data: Record<string, unknown>): Promise<unknown>;
};

// Later features add their jobs here (imports, feed polling, publishing).
const DEFINITIONS = [
  { name: 'maintenance.cleanup', cron: '17 * * * *', retryLimit: 2, run: (deps) => cleanupExpired(deps) },
] as const satisfies readonly JobDefinition[];

export const JOB_DEFINITIONS: readonly JobDefinition[] = DEFINITIONS;
export type JobName = (typeof DEFINITIONS)[number]['name'];
