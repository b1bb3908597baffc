import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { listeningAlertRules, listeningAlerts } from '../../db/schema/index.ts';
import { workspaceSettings } from '../strategy/strategy-draft.service.ts';
import { deliverAlert } from './alert-delivery.service.ts';
import { firstMentionDay, lineRows } from './dashboard.service.ts';
import { addDays, dayIn } from './listening-days.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { BASELINE_DAYS, spikeOn } from './spikes.domain.ts';

/**
 * Alerts are about now: a file of last year's posts may hold spikes (the dashboard shows them),
 * but nobody should be paged for them. Only days this recent are judged.
 */
export const ALERT_RECENT_DAYS = 7;

export type EvaluatedAlert = { id: string; ruleId: string; day: string; observed: number; baseline: number; webhookStatus: string | null };
export type EvaluateOptions = { now?: Date; allowPrivate?: boolean; onDeliveryFailed?: (alertId: string) => Promise<void> };

/**
 * Judges the days an ingest touched against every enabled rule: a spike makes one alert per rule
 * and day (the unique index makes a second ingest of the same day a no-op), sent to the rule's
 * webhook if it has one. Reads rollups only.
 */
export async function evaluateAlerts(db: Db, workspaceId: string, days: readonly string[], options: EvaluateOptions = {}): Promise<EvaluatedAlert[]> {
  const rules = await db.select().from(listeningAlertRules).where(and(eq(listeningAlertRules.workspaceId, workspaceId), eq(listeningAlertRules.enabled, true)));
  if (rules.length === 0 || days.length === 0) return [];
  const { timezone } = await workspaceSettings(db, workspaceId);
  const today = dayIn(timezone, options.now ?? new Date());
  const judged = [...new Set(days)].filter((d) => d <= today && d >= addDays(today, -ALERT_RECENT_DAYS)).sort();
  const first = judged[0];
  const last = judged.at(-1);
  if (!first || !last) return [];

  const lines = [...new Set(rules.map((r) => r.topicId ?? ALL_TOPICS))];
  const rows = await lineRows(db, workspaceId, lines, addDays(first, -BASELINE_DAYS), last);
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, day: string, n: number) => {
    const byDay = counts.get(key) ?? new Map<string, number>();
    counts.set(key, byDay);
    byDay.set(day, (byDay.get(day) ?? 0) + n);
  };
  for (const row of rows) {
    add(`volume_spike:${row.topicId}`, row.day, row.mentions);
    if (row.sentiment === 'neg') add(`negative_spike:${row.topicId}`, row.day, row.mentions);
  }
  const firstDay = await firstMentionDay(db, workspaceId);

  const created: EvaluatedAlert[] = [];
  for (const rule of rules) {
    const series = counts.get(`${rule.kind}:${rule.topicId ?? ALL_TOPICS}`) ?? new Map<string, number>();
    for (const day of judged) {
      const spike = spikeOn(day, series, firstDay, rule);
      if (!spike) continue;
      const [alert] = await db
        .insert(listeningAlerts)
        .values({ workspaceId, ruleId: rule.id, day, observed: spike.mentions, baseline: spike.baseline })
        .onConflictDoNothing()
        .returning();
      if (!alert) continue;
      let webhookStatus: string | null = null;
      if (rule.webhookUrl) {
        webhookStatus = await deliverAlert(db, alert.id, { allowPrivate: options.allowPrivate ?? false });
        if (!webhookStatus.startsWith('sent') && options.onDeliveryFailed) await options.onDeliveryFailed(alert.id);
      }
      created.push({ id: alert.id, ruleId: rule.id, day, observed: alert.observed, baseline: alert.baseline, webhookStatus });
    }
  }
  return created;
}
