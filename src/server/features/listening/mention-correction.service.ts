import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Mention } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningTopics, mentionDailyRollups, mentions } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { workspaceSettings } from '../strategy/strategy-draft.service.ts';
import { presentMention } from './mentions.service.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';

/** Corrections come in bursts while someone works through the stream: retrain once a minute at most. */
export const RETRAIN_DEBOUNCE_SECONDS = 60;

type RollupKey = { workspaceId: string; day: string; channel: string; language: string; reach: number };

/**
 * Moves one mention from one sentiment to another in the daily rollups of the "all" row and of
 * every topic it is tagged with, so dashboards agree with the stream without rescanning mentions.
 * Only rows that held the mention gain it back, so a rollup never counts a mention it never had.
 */
async function moveInRollups(tx: Db, key: RollupKey, topicIds: readonly string[], from: SentimentLabel, to: SentimentLabel): Promise<void> {
  const sameCell = and(
    eq(mentionDailyRollups.workspaceId, key.workspaceId),
    inArray(mentionDailyRollups.topicId, [...topicIds]),
    eq(mentionDailyRollups.day, key.day),
    eq(mentionDailyRollups.channel, key.channel),
    eq(mentionDailyRollups.language, key.language),
  );
  const taken = await tx
    .update(mentionDailyRollups)
    .set({ mentions: sql`${mentionDailyRollups.mentions} - 1`, reach: sql`greatest(${mentionDailyRollups.reach} - ${key.reach}, 0)` })
    .where(and(sameCell, eq(mentionDailyRollups.sentiment, from)))
    .returning({ topicId: mentionDailyRollups.topicId });
  if (taken.length === 0) return;
  await tx.delete(mentionDailyRollups).where(and(sameCell, eq(mentionDailyRollups.sentiment, from), sql`${mentionDailyRollups.mentions} <= 0`));
  await tx
    .insert(mentionDailyRollups)
    .values(taken.map(({ topicId }) => ({ workspaceId: key.workspaceId, topicId, day: key.day, channel: key.channel, language: key.language, sentiment: to, mentions: 1, reach: key.reach })))
    .onConflictDoUpdate({
      target: [mentionDailyRollups.workspaceId, mentionDailyRollups.topicId, mentionDailyRollups.day, mentionDailyRollups.channel, mentionDailyRollups.language, mentionDailyRollups.sentiment],
      set: { mentions: sql`${mentionDailyRollups.mentions} + 1`, reach: sql`${mentionDailyRollups.reach} + excluded.reach` },
    });
}

/**
 * A person's verdict on a mention's sentiment: it wins over the model in the stream and the
 * dashboards at once, and trains the workspace's model in the background.
 */
export async function correctSentiment(ctx: RequestContext, mentionId: number, label: SentimentLabel): Promise<Mention> {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  const { timezone } = await workspaceSettings(ctx.db, access.id);
  const updated = await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: mentions, day: sql<string>`((${mentions.publishedAt} at time zone ${timezone})::date)::text` })
      .from(mentions)
      .where(and(eq(mentions.id, mentionId), eq(mentions.workspaceId, access.id)))
      .for('update');
    if (!found) throw new AppError('not_found', 'Mention not found');
    const { row, day } = found;
    const before = (row.correctedSentiment ?? row.sentiment) as SentimentLabel;
    const [saved] = await tx
      .update(mentions)
      .set({ correctedSentiment: label, correctedBy: user.id, correctedAt: ctx.now() })
      .where(eq(mentions.id, row.id))
      .returning();
    if (!saved) throw new Error('mention update returned no row');
    if (before !== label) {
      // Tags of deleted topics linger on mentions; their rollups are gone and must not come back.
      const live = row.topicIds.length === 0 ? [] : await tx.select({ id: listeningTopics.id }).from(listeningTopics).where(and(eq(listeningTopics.workspaceId, access.id), inArray(listeningTopics.id, row.topicIds)));
      const key = { workspaceId: access.id, day, channel: row.channel, language: row.language, reach: row.reach };
      await moveInRollups(tx, key, [ALL_TOPICS, ...live.map((t) => t.id)], before, label);
    }
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.mention_sentiment_corrected',
      targetType: 'mention',
      targetId: String(row.id),
      changes: { sentiment: { from: before, to: label }, model: row.sentiment },
    });
    return saved;
  });
  await ctx.jobs.sendDebounced('listening.retrain', { workspaceId: access.id }, RETRAIN_DEBOUNCE_SECONDS, access.id);
  return presentMention(updated);
}
