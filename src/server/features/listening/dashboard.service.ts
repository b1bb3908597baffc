import { and, between, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Dashboard, dashboardQuerySchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningTopics, mentionChannelTotals, mentionDailyRollups, mentionDayTotals, mentionLanguageTotals } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { assembleDashboard, type LineRow, type PlaceRow, parseLineDays } from './dashboard.domain.ts';
import { termRows } from './dashboard-terms.service.ts';
import { addDays, daysBetween } from './listening-days.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { BASELINE_DAYS } from './spikes.domain.ts';

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
export type DashboardTopic = { id: string; name: string; kind: string };

export const MAX_DASHBOARD_DAYS = 366;

const r = mentionDailyRollups;

export function assertDashboardRange(query: Pick<DashboardQuery, 'from' | 'to'>, where = 'query'): void {
  const span = daysBetween(query.from, query.to);
  if (span < 0) throw new AppError('validation_failed', `${where}.to is before ${where}.from`, { details: [{ path: `${where}.to`, message: 'must not be before from' }] });
  if (span >= MAX_DASHBOARD_DAYS) {
    throw new AppError('validation_failed', `A dashboard covers at most ${MAX_DASHBOARD_DAYS} days`, { details: [{ path: `${where}.to`, message: `at most ${MAX_DASHBOARD_DAYS} days after from` }] });
  }
}

/** The first day the workspace has any mention: spike baselines do not reach before it. */
export async function firstMentionDay(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db
    .select({ day: sql<string | null>`min(${r.day})::text` })
    .from(r)
    .where(and(eq(r.workspaceId, workspaceId), eq(r.topicId, ALL_TOPICS)));
  return row?.day ?? null;
}

export type LineFilter = { channel?: string | undefined; language?: string | undefined };

/**
 * Where a line's sums per day and sentiment are one row each: the day totals without a filter, the
 * channel or language totals with one (their key puts the filter before the day, so one index
 * range per topic holds just the rows kept), the full rollup grain with both (its index with the
 * channel and language first, migration 0008).
 */
function lineSource(filter: LineFilter) {
  if (filter.channel && filter.language) return { t: r, where: [eq(r.channel, filter.channel), eq(r.language, filter.language)] };
  if (filter.channel) return { t: mentionChannelTotals, where: [eq(mentionChannelTotals.channel, filter.channel)] };
  if (filter.language) return { t: mentionLanguageTotals, where: [eq(mentionLanguageTotals.language, filter.language)] };
  return { t: mentionDayTotals, where: [] };
}

/**
 * Sums per line, day and sentiment, never a mention scan. They come back as one text per line
 * (`day,sentiment,mentions,reach;…`): the embedded database hands over thousands of small rows
 * several times slower than the same numbers in a few large values (bench/listening.bench.ts),
 * and builds a JSON array of a year's rows several times slower than this text.
 */
export async function lineRows(db: Db, workspaceId: string, topicIds: readonly string[], from: string, to: string, filter: LineFilter = {}): Promise<LineRow[]> {
  const { t, where } = lineSource(filter);
  const lines = await db
    .select({ topicId: t.topicId, days: sql<string>`string_agg(${t.day}::text || ',' || ${t.sentiment} || ',' || ${t.mentions} || ',' || ${t.reach}, ';')` })
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), inArray(t.topicId, [...topicIds]), between(t.day, from, to), sql`${t.mentions} <> 0`, ...where))
    .groupBy(t.topicId);
  return lines.flatMap(({ topicId, days }) => parseLineDays(topicId, days));
}

/**
 * Where a range's sums per channel (or per language) come from: the channel (language) totals,
 * unless the other filter is set, which only the full rollup grain can apply.
 */
function placeSource(query: DashboardQuery, by: 'channel' | 'language') {
  const other = by === 'channel' ? query.language : query.channel;
  const same = by === 'channel' ? query.channel : query.language;
  if (other) {
    const where = [eq(by === 'channel' ? r.language : r.channel, other)];
    if (same) where.push(eq(r[by], same));
    return { t: r, place: r[by], where };
  }
  const t = by === 'channel' ? mentionChannelTotals : mentionLanguageTotals;
  const place = by === 'channel' ? mentionChannelTotals.channel : mentionLanguageTotals.language;
  return { t, place, where: same ? [eq(place, same)] : [] };
}

async function placeRows(db: Db, workspaceId: string, line: string, query: DashboardQuery, by: 'channel' | 'language'): Promise<PlaceRow[]> {
  const { t, place, where } = placeSource(query, by);
  return db
    .select({ place, mentions: sql<number>`sum(${t.mentions})::int`, reach: sql<number>`sum(${t.reach})::float8` })
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.topicId, line), between(t.day, query.from, query.to), ...where))
    .groupBy(place);
}

/** The dashboard for any workspace (the evidence service and alerts call it too), with its topics. */
export async function buildDashboard(db: Db, workspaceId: string, query: DashboardQuery, where = 'query'): Promise<{ dashboard: Dashboard; topics: DashboardTopic[] }> {
  assertDashboardRange(query, where);
  const topics = await db
    .select({ id: listeningTopics.id, name: listeningTopics.name, kind: listeningTopics.kind })
    .from(listeningTopics)
    .where(eq(listeningTopics.workspaceId, workspaceId))
    .orderBy(listeningTopics.createdAt, listeningTopics.id);
  if (query.topicId && !topics.some((t) => t.id === query.topicId)) {
    throw new AppError('validation_failed', `${where}.topicId: no such topic in this workspace`, { details: [{ path: `${where}.topicId`, message: 'no such topic in this workspace' }] });
  }
  const line = query.topicId ?? ALL_TOPICS;
  // Independent reads: PostgreSQL's pool runs them at once; PGlite queues them one after another.
  const [lines, channels, languages, terms, firstDay] = await Promise.all([
    lineRows(db, workspaceId, [ALL_TOPICS, ...topics.map((t) => t.id)], addDays(query.from, -BASELINE_DAYS), query.to, query),
    placeRows(db, workspaceId, line, query, 'channel'),
    placeRows(db, workspaceId, line, query, 'language'),
    termRows(db, workspaceId, line, query),
    firstMentionDay(db, workspaceId),
  ]);
  const dashboard = assembleDashboard({ from: query.from, to: query.to, line, topics, lines, channels, languages, terms, firstDay });
  return { dashboard, topics };
}

export async function getDashboard(ctx: RequestContext, query: DashboardQuery): Promise<Dashboard> {
  return (await buildDashboard(ctx.db, requireWorkspace(ctx).id, query)).dashboard;
}
