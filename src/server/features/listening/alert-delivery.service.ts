import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type AddressPolicy, PrivateAddressRefused } from '../../connectors/address-guard.ts';
import { AddressBlocked } from '../../connectors/connector-errors.ts';
import { guardedRequest } from '../../connectors/guarded-request.ts';
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

function failure(error: unknown, timedOut: boolean): string {
  if (timedOut) return `failed: no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (error instanceof AddressBlocked) {
    const refused = error.cause instanceof PrivateAddressRefused ? error.cause : null;
    const where = refused === null ? '' : refused.host === refused.address ? ` (${refused.host})` : ` (${refused.host} is ${refused.address})`;
    return `failed: the address is on a loopback or private network${where}, and ALLOW_PRIVATE_SOURCE_URLS is not set`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `failed: ${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * POSTs the alert as JSON to its rule's webhook and records how it went (`sent 200`,
 * `failed: HTTP 500`, `failed: no answer within 5 s`); returns that status. Redirects are not
 * followed, so the alert goes only where the rule says. The address is judged again where the
 * socket connects (a name may resolve elsewhere than when the rule was saved); `options` is the
 * instance's ALLOW_PRIVATE_SOURCE_URLS, and in tests a stand-in for DNS.
 */
export async function deliverAlert(db: Db, alertId: string, options: AddressPolicy): Promise<string> {
  const payload = await alertPayload(db, alertId);
  if (!payload) return GONE;
  if (!payload.url) return NO_WEBHOOK;
  const timeout = AbortSignal.timeout(WEBHOOK_TIMEOUT_MS);
  let status: string;
  try {
    const res = await guardedRequest(payload.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Socialplan-Alerts/1' },
      body: JSON.stringify(payload.body),
      maxRedirects: 0,
      signal: timeout,
      addressPolicy: options,
    });
    res.body.destroy();
    status = res.status >= 200 && res.status <= 299 ? `sent ${res.status}` : `failed: HTTP ${res.status}`;
  } catch (error) {
    status = failure(error, timeout.aborted);
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
