import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { listeningAlertRules, listeningAlerts, listeningTopics, workspaces } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { blockedAddressReason } from './source-address.service.ts';

export const WEBHOOK_TIMEOUT_MS = 5_000;
const STATUS_MAX = 300;
// Nothing to retry: the alert was deleted with its rule, or the rule's webhook was removed.
const GONE = 'failed: the alert was deleted';
const NO_WEBHOOK = 'failed: the rule has no webhook';

const PRIVATE_ADDRESS = 'the address is on a loopback or private network (ALLOW_PRIVATE_SOURCE_URLS is not set)';

/** Alert webhooks go where sources may go: not into the server's own network unless the instance allows it. */
export async function assertWebhookAllowed(url: string | null, allowPrivate: boolean): Promise<void> {
  if (url === null || allowPrivate || (await blockedAddressReason(url)) === null) return;
  const message = `${url} points at a loopback or private-network address, which alert webhooks may not use. An administrator can allow such addresses with ALLOW_PRIVATE_SOURCE_URLS=true.`;
  throw new AppError('source_address_blocked', message, { details: [{ path: 'body.webhookUrl', message }] });
}

export const alertWebhookJobSchema = z.object({ alertId: z.uuid() });

async function alertPayload(db: Db, alertId: string) {
  const [row] = await db
    .select({ alert: listeningAlerts, rule: listeningAlertRules, topicName: listeningTopics.name, workspaceName: workspaces.name })
    .from(listeningAlerts)
    .innerJoin(listeningAlertRules, eq(listeningAlertRules.id, listeningAlerts.ruleId))
    .innerJoin(workspaces, eq(workspaces.id, listeningAlerts.workspaceId))
    .leftJoin(listeningTopics, eq(listeningTopics.id, listeningAlertRules.topicId))
    .where(eq(listeningAlerts.id, alertId));
  if (!row) return null;
  const { alert, rule } = row;
  return {
    url: rule.webhookUrl,
    body: {
      type: 'listening.alert',
      alert: {
        id: alert.id,
        kind: rule.kind,
        day: alert.day,
        observed: alert.observed,
        baseline: alert.baseline,
        factor: rule.factor,
        topic: rule.topicId ? { id: rule.topicId, name: row.topicName } : null,
        createdAt: alert.createdAt.toISOString(),
      },
      workspace: { id: alert.workspaceId, name: row.workspaceName },
    },
  };
}

function failure(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `failed: no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `failed: ${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * POSTs the alert as JSON to its rule's webhook and records how it went (`sent 200`,
 * `failed: HTTP 500`, `failed: no answer within 5 s`); returns that status. Redirects are not
 * followed, so the alert goes only where the rule says.
 */
export async function deliverAlert(db: Db, alertId: string, options: { allowPrivate: boolean }): Promise<string> {
  const payload = await alertPayload(db, alertId);
  if (!payload) return GONE;
  if (!payload.url) return NO_WEBHOOK;
  let status: string;
  try {
    // Checked again at every delivery: a name may resolve elsewhere than when the rule was saved.
    if (!options.allowPrivate && (await blockedAddressReason(payload.url)) !== null) throw new Error(PRIVATE_ADDRESS);
    const res = await fetch(payload.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Socialplan-Alerts/1' },
      body: JSON.stringify(payload.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    status = res.ok ? `sent ${res.status}` : `failed: HTTP ${res.status}`;
  } catch (error) {
    status = failure(error);
  }
  status = status.slice(0, STATUS_MAX);
  await db.update(listeningAlerts).set({ webhookStatus: status }).where(eq(listeningAlerts.id, alertId));
  return status;
}

/** The `listening.alert-webhook` job: one more try; throwing lets the queue retry with backoff. */
export async function retryAlertWebhook(deps: AppDeps, data: Record<string, unknown>): Promise<string> {
  const { alertId } = alertWebhookJobSchema.parse(data);
  const status = await deliverAlert(deps.db, alertId, { allowPrivate: deps.config.allowPrivateSourceUrls });
  if (!status.startsWith('sent') && status !== GONE && status !== NO_WEBHOOK) throw new Error(`alert webhook ${status}`);
  return status;
}
