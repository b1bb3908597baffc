import type { AppDeps } from '../../http/request-context.ts';
import { evaluateAlerts } from './alert-evaluation.service.ts';
import type { IngestDeps } from './mention-ingest.service.ts';

/**
 * What every caller of ingest (webhook, file import job, feed polling) passes as deps: after new
 * mentions are stored, the days they fell on are judged against the alert rules; a webhook that
 * failed is tried again by the `listening.alert-webhook` job.
 */
export function ingestHooks(deps: AppDeps): IngestDeps {
  return {
    now: deps.now,
    onIngested: async (workspaceId, days) => {
      await evaluateAlerts(deps.db, workspaceId, days, {
        now: deps.now(),
        allowPrivate: deps.config.allowPrivateSourceUrls,
        onDeliveryFailed: async (alertId) => {
          await deps.jobs.send('listening.alert-webhook', { alertId });
        },
      });
    },
  };
}
