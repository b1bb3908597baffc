import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Topic, topicInputSchema, topicsFromStrategyResultSchema } from '../../../shared/api/listening.schemas.ts';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import type { Db } from '../../db/database.ts';
import { listeningTopics, mentionChannelTotals, mentionDailyRollups, mentionDayTotals, mentionLanguageTotals, mentionTermRollups } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readDraft, workspaceSettings } from '../strategy/strategy-draft.service.ts';
import { markRetagDue, sendRetag } from './retag-queue.service.ts';
import { topicQueryDetails, topicsFromPlan } from './topics.domain.ts';

type TopicInput = z.output<typeof topicInputSchema>;
type FromStrategyResult = z.infer<typeof topicsFromStrategyResultSchema>;
type TopicRow = typeof listeningTopics.$inferSelect;

const KIND_ORDER = sql`case ${listeningTopics.kind} when 'brand' then 0 when 'competitor' then 1 else 2 end`;

export const presentTopic = (row: TopicRow): Topic => ({
  id: row.id,
  name: row.name,
  kind: row.kind as Topic['kind'],
  competitorId: row.competitorId,
  query: row.query,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

function assertQuery(query: string): void {
  const errors = validateTopicQuery(query);
  if (errors.length === 0) return;
  const details = topicQueryDetails(errors);
  throw new AppError('validation_failed', `The topic query has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: ${details[0]?.message}`, { details });
}

export async function workspaceTopics(db: Db, workspaceId: string): Promise<TopicRow[]> {
  return db.select().from(listeningTopics).where(eq(listeningTopics.workspaceId, workspaceId)).orderBy(KIND_ORDER, asc(listeningTopics.name), asc(listeningTopics.id));
}

export async function listTopics(ctx: RequestContext): Promise<{ topics: Topic[] }> {
  return { topics: (await workspaceTopics(ctx.db, requireWorkspace(ctx).id)).map(presentTopic) };
}

export async function createTopic(ctx: RequestContext, input: TopicInput): Promise<Topic> {
  const access = requireWorkspace(ctx);
  assertQuery(input.query);
  let due = false;
  const topic = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    due = await markRetagDue(tx, access.id, now);
    const [row] = await tx
      .insert(listeningTopics)
      .values({ workspaceId: access.id, ...input, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('topic insert returned no row');
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.topic_created',
      targetType: 'listening_topic',
      targetId: row.id,
      changes: { name: row.name, kind: row.kind, query: row.query },
    });
    return presentTopic(row);
  });
  if (due) await sendRetag(ctx.jobs, access.id);
  return topic;
}

export async function updateTopic(ctx: RequestContext, topicId: string, input: TopicInput): Promise<Topic> {
  const access = requireWorkspace(ctx);
  assertQuery(input.query);
  let due = false;
  const topic = await ctx.db.transaction(async (tx) => {
    const where = and(eq(listeningTopics.id, topicId), eq(listeningTopics.workspaceId, access.id));
    const [before] = await tx.select().from(listeningTopics).where(where).for('update');
    if (!before) throw new AppError('not_found', 'Topic not found');
    // Only the query decides what a topic matches; its name, kind and competitor do not.
    if (before.query !== input.query) due = await markRetagDue(tx, access.id, ctx.now());
    const [row] = await tx.update(listeningTopics).set({ ...input, updatedAt: ctx.now() }).where(where).returning();
    if (!row) throw new Error('topic update returned no row');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['name', 'kind', 'competitorId', 'query'] as const) {
      if (before[key] !== row[key]) changes[key] = { from: before[key], to: row[key] };
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.topic_updated', targetType: 'listening_topic', targetId: row.id, changes });
    }
    return presentTopic(row);
  });
  if (due) await sendRetag(ctx.jobs, access.id);
  return topic;
}

/** The topic's rollups go with it; the re-tag job then takes its tag off the stored mentions. */
export async function deleteTopic(ctx: RequestContext, topicId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  const due = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(listeningTopics)
      .where(and(eq(listeningTopics.id, topicId), eq(listeningTopics.workspaceId, access.id)))
      .returning();
    if (!row) throw new AppError('not_found', 'Topic not found');
    // Before the rollups: a re-tag batch writing them holds the run's row, so this waits for it.
    const retag = await markRetagDue(tx, access.id, ctx.now());
    await tx.delete(mentionDailyRollups).where(and(eq(mentionDailyRollups.workspaceId, access.id), eq(mentionDailyRollups.topicId, topicId)));
    // The triggers left the topic's day, channel and language totals at zero; they go too.
    for (const totals of [mentionDayTotals, mentionChannelTotals, mentionLanguageTotals]) {
      await tx.delete(totals).where(and(eq(totals.workspaceId, access.id), eq(totals.topicId, topicId)));
    }
    await tx.delete(mentionTermRollups).where(and(eq(mentionTermRollups.workspaceId, access.id), eq(mentionTermRollups.topicId, topicId)));
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.topic_deleted',
      targetType: 'listening_topic',
      targetId: row.id,
      changes: { name: row.name, kind: row.kind, query: row.query },
    });
    return retag;
  });
  if (due) await sendRetag(ctx.jobs, access.id);
}

/** The brand topic and one topic per competitor from the strategy's listening plan; existing ones are kept. */
export async function topicsFromStrategy(ctx: RequestContext): Promise<FromStrategyResult> {
  const access = requireWorkspace(ctx);
  const settings = await workspaceSettings(ctx.db, access.id);
  const draft = await readDraft(ctx.db, access.id, settings);
  let due = false;
  const result = await ctx.db.transaction(async (tx) => {
    // Two clicks at once must not make two brand topics: queue on the workspace's topics.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`listening-topics:${access.id}`}))`);
    const current = await workspaceTopics(tx, access.id);
    const { planned, existing } = topicsFromPlan(draft.document.listening, settings.name, {
      hasBrand: current.some((t) => t.kind === 'brand'),
      competitorIds: new Set(current.flatMap((t) => (t.competitorId ? [t.competitorId] : []))),
    });
    if (planned.length === 0) return { created: [], existing };
    const now = ctx.now();
    due = await markRetagDue(tx, access.id, now);
    const rows = await tx
      .insert(listeningTopics)
      .values(planned.map((p) => ({ workspaceId: access.id, ...p, createdAt: now, updatedAt: now })))
      .returning();
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.topics_from_strategy',
      targetType: 'listening_topic',
      changes: { created: rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind })), existing },
    });
    return { created: rows.map(presentTopic), existing };
  });
  if (due) await sendRetag(ctx.jobs, access.id);
  return result;
}
