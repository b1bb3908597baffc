import { cleanupExpired } from '../features/auth/maintenance.service.ts';
import { retryAlertWebhook } from '../features/listening/alert-delivery.service.ts';
import { retrainJobSchema, retrainWorkspaceModels } from '../features/listening/sentiment-model.service.ts';
import { runImportJob } from '../features/listening/import-run.service.ts';
import { runRetagJob } from '../features/listening/retag-run.service.ts';
import { applyRetention } from '../features/listening/settings.service.ts';
import { compactClosedDays } from '../features/listening/term-compaction.service.ts';
import { pollSource, queueDuePolls } from '../features/listening/source-poll.service.ts';
import type { AppDeps } from '../http/request-context.ts';

export type JobDefinition = {
  name: string;
  /** Cron in UTC; omitted for jobs that are only sent on demand. */
  cron?: string;
  retryLimit: number;
  /** How long one run may take before the queue gives it to another worker (pg-boss default: 15 minutes). */
  expireInSeconds?: number;
  /** `stately`: per singletonKey at most one job waiting and one running (pg-boss queue policy). */
  policy?: 'stately';
  /** A running job's worker reports every half of this; a job that went silent is retried then, not at expiry. */
  heartbeatSeconds?: number;
  run(deps: AppDeps, data: Record<string, unknown>): Promise<unknown>;
};

// Later features add their jobs here (imports, feed polling, publishing).
const DEFINITIONS = [
  { name: 'maintenance.cleanup', cron: '17 * * * *', retryLimit: 2, run: (deps) => cleanupExpired(deps) },
  { name: 'listening.retrain', retryLimit: 2, run: (deps, data) => retrainWorkspaceModels(deps, retrainJobSchema.parse(data).workspaceId) },
  { name: 'listening.retention', cron: '43 3 * * *', retryLimit: 2, run: (deps) => applyRetention(deps) },
  { name: 'listening.alert-webhook', retryLimit: 4, run: (deps, data) => retryAlertWebhook(deps, data) },
  // A 512 MB file is a few million rows: minutes on a small server, so a run may take up to 4 hours.
  { name: 'listening.import', retryLimit: 2, expireInSeconds: 4 * 3600, run: (deps, data) => runImportJob(deps, data) },
  { name: 'listening.term-compaction', cron: '23 2 * * *', retryLimit: 2, run: (deps) => compactClosedDays(deps) },
  // Polling keeps its own backoff per source (source-poll.domain.ts), so the queue never retries a poll.
  { name: 'listening.poll-due', cron: '* * * * *', retryLimit: 0, run: (deps) => queueDuePolls(deps) },
  { name: 'listening.poll-source', retryLimit: 0, expireInSeconds: 10 * 60, run: (deps, data) => pollSource(deps, data) },
  // One run per workspace at a time (singletonKey = workspace), a change meanwhile waits behind it;
  // a run resumes where it stopped, and a million mentions take minutes. The next change waits
  // behind a running job, so one whose worker died is noticed by its heartbeat, not after 4 hours.
  { name: 'listening.retag', retryLimit: 2, expireInSeconds: 4 * 3600, heartbeatSeconds: 120, policy: 'stately', run: (deps, data) => runRetagJob(deps, data) },
] as const satisfies readonly JobDefinition[];

export const JOB_DEFINITIONS: readonly JobDefinition[] = DEFINITIONS;
export type JobName = (typeof DEFINITIONS)[number]['name'];
