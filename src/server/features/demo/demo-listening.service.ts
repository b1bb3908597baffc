import { and, eq } from 'drizzle-orm';
import { mentions } from '../../db/schema/index.ts';
import type { RequestContext } from '../../http/request-context.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createRule } from '../listening/alerts.service.ts';
import { putListeningSettings } from '../listening/settings.service.ts';
import { ingestHooks } from '../listening/ingest-hooks.service.ts';
import { correctSentiment } from '../listening/mention-correction.service.ts';
import { createIngestPipeline } from '../listening/mention-ingest.service.ts';
import { retrainWorkspaceModels } from '../listening/sentiment-model.service.ts';
import { createTopic, topicsFromStrategy } from '../listening/topics.service.ts';
import { pickDemoCorrections } from './demo-corrections.domain.ts';
import { DEMO_THEME_TOPIC, DEMO_USER_WORDS, demoMentions } from './demo-mentions.data.ts';

const INGEST_BATCH = 500;

export type DemoListeningResult = { mentions: number; corrections: number };

/**
 * Jobs asked for inside the demo's transaction are sent once it has committed: on the embedded
 * database a job queued mid-transaction would wait on that very transaction, and on PostgreSQL a
 * rolled-back demo must not leave a job behind.
 */
export function deferredJobs(jobs: Jobs): { jobs: Jobs; flush(): Promise<void> } {
  const queued: (() => Promise<unknown>)[] = [];
  const deferred: Jobs = {
    ...jobs,
    send: async (name, data, options) => {
      queued.push(() => jobs.send(name, data, options));
      return null;
    },
    sendDebounced: async (name, data, seconds, key) => {
      queued.push(() => jobs.sendDebounced(name, data, seconds, key));
      return null;
    },
  };
  return {
    jobs: deferred,
    flush: async () => {
      for (const send of queued.splice(0)) await send();
    },
  };
}

/**
 * The demo's social listening, through the same services a team uses: topics from the strategy's
 * listening plan plus a theme, an alert on negative spikes about the brand, the team's own words,
 * 90 days of mentions through ingest (rollups, alerts), a few sentiment corrections and the model
 * trained on them.
 * `ctx` runs inside the demo's transaction (`ctx.db` is it) with the new workspace as its workspace.
 */
export async function seedDemoListening(ctx: RequestContext, options: { mentions: number }): Promise<DemoListeningResult> {
  const workspace = ctx.workspace;
  if (!workspace) throw new Error('the demo listening seed needs the demo workspace in its context');
  const { created } = await topicsFromStrategy(ctx);
  const brand = created.find((t) => t.kind === 'brand');
  if (!brand) throw new Error('the demo strategy gave no brand topic');
  await createTopic(ctx, { ...DEMO_THEME_TOPIC });
  await createRule(ctx, { topicId: brand.id, kind: 'negative_spike', factor: 3, minMentions: 10, webhookUrl: null, enabled: true });
  // Before ingest: words are counted as mentions arrive.
  await putListeningSettings(ctx, { retentionDays: null, userWords: [...DEMO_USER_WORDS] });

  const generated = demoMentions({ now: ctx.now(), count: options.mentions });
  let accepted = 0;
  let duplicates = 0;
  const pipeline = createIngestPipeline(ctx.db, { workspaceId: workspace.id, sourceId: null, sourceKind: 'file' }, {
    ...ingestHooks(ctx),
    onStored: (result) => {
      accepted += result.accepted;
      duplicates += result.duplicates;
    },
  });
  for (let i = 0; i < generated.length; i += INGEST_BATCH) await pipeline.push(generated.slice(i, i + INGEST_BATCH).map((g) => g.mention), null);
  await pipeline.finish();
  await recordAudit(ctx.db, ctx, {
    organizationId: workspace.organizationId,
    workspaceId: workspace.id,
    action: 'listening.demo_mentions_loaded',
    targetType: 'workspace',
    targetId: workspace.id,
    changes: { accepted, duplicates, from: generated[0]?.mention.publishedAt ?? null, to: generated.at(-1)?.mention.publishedAt ?? null },
  });

  const stored = await ctx.db
    .select({ id: mentions.id, externalId: mentions.externalId, sentiment: mentions.sentiment })
    .from(mentions)
    .where(and(eq(mentions.workspaceId, workspace.id), eq(mentions.sourceKind, 'file')));
  const corrections = pickDemoCorrections(generated, stored);
  for (const c of corrections) await correctSentiment(ctx, c.id, c.label);
  // Trained now, so the model-accuracy card has its numbers as soon as the demo opens.
  if (corrections.length > 0) await retrainWorkspaceModels(ctx, workspace.id);
  return { mentions: accepted, corrections: corrections.length };
}
