import type { AuthUser, RequestContext } from '../http/request-context.ts';
import { startJobs } from '../jobs/jobs.ts';
import { depsFor, type Runtime } from '../main.ts';

/** Services take a request context; the CLI acts as a named user from no address. */
export async function withCliContext<T>(runtime: Runtime, user: AuthUser | null, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const jobs = await startJobs(runtime.database, () => deps, { worker: false });
  const deps = depsFor(runtime, jobs);
  try {
    return await fn({ ...deps, ip: null, userAgent: 'socialplan-cli', user, session: null, workspace: null });
  } finally {
    await jobs.stop();
  }
}
