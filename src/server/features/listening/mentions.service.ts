import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Mention, mentionQuerySchema } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { mentions, taggedMention } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { workspaceSettings } from '../strategy/strategy-draft.service.ts';
import { addDays } from './listening-days.domain.ts';
import { containsPattern, decodeCursor, encodeCursor } from './mention-stream.domain.ts';

type MentionQuery = z.output<typeof mentionQuerySchema>;
type MentionRow = typeof mentions.$inferSelect;

export const effectiveSentiment = sql<string>`coalesce(${mentions.correctedSentiment}, ${mentions.sentiment})`;

export function presentMention(row: MentionRow): Mention {
  return {
    id: row.id,
    sourceKind: row.sourceKind as Mention['sourceKind'],
    externalId: row.externalId,
    text: row.text,
    language: row.language,
    channel: row.channel,
    author: row.author,
    url: row.url,
    publishedAt: row.publishedAt.toISOString(),
    reach: row.reach,
    likes: row.likes,
    shares: row.shares,
    comments: row.comments,
    sentiment: (row.correctedSentiment ?? row.sentiment) as SentimentLabel,
    modelSentiment: row.sentiment as SentimentLabel,
    sentimentScore: row.sentimentScore,
    corrected: row.correctedSentiment !== null,
    topicIds: row.topicIds,
  };
}

/** Midnight of a workspace day as an instant: the zone's wall clock, read by PostgreSQL. */
const startOfDay = (day: string, timeZone: string) => sql`(${day}::date::timestamp at time zone ${timeZone})`;

/** The stream's conditions; a topic's also states `taggedMention`, so the topics index serves it. */
export function streamFilters(workspaceId: string, query: Omit<MentionQuery, 'limit' | 'cursor'>, timeZone: string): SQL[] {
  const where: SQL[] = [eq(mentions.workspaceId, workspaceId)];
  if (query.topicId) where.push(sql`${mentions.topicIds} @> array[${query.topicId}]::uuid[] and ${taggedMention}`);
  if (query.language) where.push(eq(mentions.language, query.language));
  if (query.channel) where.push(eq(mentions.channel, query.channel));
  if (query.sentiment) where.push(sql`${effectiveSentiment} = ${query.sentiment}`);
  if (query.from) where.push(sql`${mentions.publishedAt} >= ${startOfDay(query.from, timeZone)}`);
  if (query.to) where.push(sql`${mentions.publishedAt} < ${startOfDay(addDays(query.to, 1), timeZone)}`);
  // A plain scan of the filtered window: fine for a stream read page by page, not for statistics.
  if (query.q) where.push(sql`${mentions.text} ilike ${containsPattern(query.q)}`);
  return where;
}

/** Newest first, keyset-paged: a page never repeats or skips a mention while new ones arrive. */
export async function listMentions(ctx: RequestContext, query: MentionQuery): Promise<{ mentions: Mention[]; nextCursor: string | null }> {
  const access = requireWorkspace(ctx);
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('validation_failed', 'query.to is before query.from', { details: [{ path: 'query.to', message: 'must not be before from' }] });
  }
  const where = streamFilters(access.id, query, (await workspaceSettings(ctx.db, access.id)).timezone);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor) throw new AppError('validation_failed', 'query.cursor is not a cursor from this stream', { details: [{ path: 'query.cursor', message: 'not a cursor from this stream' }] });
    where.push(sql`(${mentions.publishedAt}, ${mentions.id}) < (${cursor.publishedAt}::timestamptz, ${cursor.id})`);
  }
  const rows = await ctx.db
    .select({ row: mentions, at: sql<string>`${mentions.publishedAt}::text` })
    .from(mentions)
    .where(and(...where))
    .orderBy(desc(mentions.publishedAt), desc(mentions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ publishedAt: last.at, id: last.row.id }) : null;
  return { mentions: page.map((r) => presentMention(r.row)), nextCursor };
}
