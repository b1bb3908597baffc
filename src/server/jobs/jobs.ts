import { fromPglite, PgBoss, type SendOptions } from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { AppDeps } from '../http/request-context.ts';
import { JOB_DEFINITIONS, type JobName } from './job-definitions.ts';

export type Jobs = {
  /** `singletonKey` on a queue with a policy (see job-definitions.ts) keeps one job per key and state. */
  send(name: JobName, data?: Record<string, unknown>, options?: Pick<SendOptions, 'singletonKey'>): Promise<string | null>;
  /**
   * At most one job per `key` every `seconds`: a send while one is waiting is folded into one job
   * at the start of the next slot (pg-boss debounce), so a burst of triggers runs the job twice at most.
   */
  sendDebounced(name: JobName, data: Record<string, unknown>, seconds: number, key: string): Promise<string | null>;
  stop(): Promise<void>;
  /** The underlying queue, for health checks and tests. */
  boss: PgBoss;
};

export type JobsOptions = { worker: boolean; log?: (message: string, error?: unknown) => void };

/**
 * pg-boss on the app's own database. On PGlite it shares the single embedded connection through
 * pg-boss's adapter; on PostgreSQL it keeps a small pool of its own.
 */
export async function startJobs(database: Database, deps: () => AppDeps, options: JobsOptions): Promise<Jobs> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', supervise: options.worker, schedule: options.worker })
    : new PgBoss({ connectionString: database.connectionString, max: 4, supervise: options.worker, schedule: options.worker });
  boss.on('error', (error) => options.log?.('job queue error', error));
  await boss.start();
  for (const def of JOB_DEFINITIONS) {
    await boss.createQueue(def.name, {
      retryLimit: def.retryLimit,
      retryBackoff: true,
      ...(def.expireInSeconds ? { expireInSeconds: def.expireInSeconds } : {}),
      ...(def.policy ? { policy: def.policy } : {}),
      ...(def.heartbeatSeconds ? { heartbeatSeconds: def.heartbeatSeconds } : {}),
    });
  }
  if (options.worker) {
    for (const def of JOB_DEFINITIONS) {
      await boss.work<Record<string, unknown>>(def.name, async (jobs) => {
        for (const job of jobs) await def.run(deps(), job.data ?? {});
      });
      if (def.cron) await boss.schedule(def.name, def.cron);
    }
  }
  return {
    boss,
    send: (name, data, options) => boss.send(name, data ?? {}, options ?? {}),
    sendDebounced: (name, data, seconds, key) => boss.sendDebounced(name, data, null, seconds, key),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
