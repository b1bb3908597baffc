import { and, between, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Dashboard, dashboardQuerySchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningTopics, mentionDailyRollups, mentionDayTotals, mentionTermRollups } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { assembleDashboard, type LineRow, type PlaceRow, type TermRow } from './dashboard.domain.ts';
import { addDays, daysBetween } from './listening-days.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { BASELINE_DAYS } from './spikes.domain.ts';

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
export type DashboardTopic = { id: string; name: string; kind: string };

export const MAX_DASHBOARD_DAYS = 366;
export const TOP_TERMS = 20;

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

/**
 * Sums per line, day and sentiment; every read is a primary-key range of the rollups, never a
 * mention scan. Without a channel or language filter the day totals (a 28th of the rows) do.
 */
export async function lineRows(db: Db, workspaceId: string, topicIds: readonly string[], from: string, to: string, filters: SQL[] = []): Promise<LineRow[]> {
  if (filters.length === 0) {
    const d = mentionDayTotals;
    return db
      .select({ topicId: d.topicId, day: sql<string>`${d.day}::text`, sentiment: d.sentiment, mentions: d.mentions, reach: sql<number>`${d.reach}::float8` })
      .from(d)
      .where(and(eq(d.workspaceId, workspaceId), inArray(d.topicId, [...topicIds]), between(d.day, from, to), sql`${d.mentions} <> 0`));
  }
  return db
    .select({
      topicId: r.topicId,
      day: sql<string>`${r.day}::text`,
      sentiment: r.sentiment,
      mentions: sql<number>`sum(${r.mentions})::int`,
      reach: sql<number>`sum(${r.reach})::float8`,
    })
    .from(r)
    .where(and(eq(r.workspaceId, workspaceId), inArray(r.topicId, [...topicIds]), between(r.day, from, to), ...filters))
    .groupBy(r.topicId, r.day, r.sentiment);
}

async function placeRows(db: Db, workspaceId: string, line: string, query: DashboardQuery, filters: SQL[]): Promise<PlaceRow[]> {
  return db
    .select({ channel: r.channel, language: r.language, mentions: sql<number>`sum(${r.mentions})::int`, reach: sql<number>`sum(${r.reach})::float8` })
    .from(r)
    .where(and(eq(r.workspaceId, workspaceId), eq(r.topicId, line), between(r.day, query.from, query.to), ...filters))
    .groupBy(r.channel, r.language);
}

async function termRows(db: Db, workspaceId: string, line: string, query: DashboardQuery): Promise<TermRow[]> {
  const t = mentionTermRollups;
  const ranked = db
    .select({
      kind: t.kind,
      term: t.term,
      mentions: sql<number>`sum(${t.mentions})::int`.as('mentions'),
      rank: sql<number>`row_number() over (partition by ${t.kind} order by sum(${t.mentions}) desc, ${t.term})`.as('rank'),
    })
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.topicId, line), between(t.day, query.from, query.to)))
    .groupBy(t.kind, t.term)
    .as('ranked');
  return db
    .select({ kind: ranked.kind, term: ranked.term, mentions: ranked.mentions })
    .from(ranked)
    .where(sql`${ranked.rank} <= ${TOP_TERMS}`)
    .orderBy(ranked.kind, ranked.rank);
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
  const filters: SQL[] = [];
  if (query.channel) filters.push(eq(r.channel, query.channel));
  if (query.language) filters.push(eq(r.language, query.language));
  const lines = await lineRows(db, workspaceId, [ALL_TOPICS, ...topics.map((t) => t.id)], addDays(query.from, -BASELINE_DAYS), query.to, filters);
  const places = await placeRows(db, workspaceId, line, query, filters);
  const terms = await termRows(db, workspaceId, line, query);
  const firstDay = await firstMentionDay(db, workspaceId);
  const dashboard = assembleDashboard({ from: query.from, to: query.to, line, topics, lines, places, terms, firstDay });
  return { dashboard, topics };
}

export async function getDashboard(ctx: RequestContext, query: DashboardQuery): Promise<Dashboard> {
  return (await buildDashboard(ctx.db, requireWorkspace(ctx).id, query)).dashboard;
}
