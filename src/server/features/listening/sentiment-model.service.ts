import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { sentimentModelStatusSchema } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { mentions, sentimentModels } from '../../db/schema/index.ts';
import { type AppDeps, type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { scorePredictions } from './sentiment-metrics.domain.ts';
import { serialiseModel } from './sentiment-model-codec.domain.ts';
import { type LabelledCorrection, learnFromCorrections, WORKSPACE_MODEL_PURPOSE } from './sentiment-workspace.domain.ts';
import { accuracyOnHeldOut, analyseSentiment, HOLD_OUT_EVERY } from './sentiment.domain.ts';

type ModelStatus = z.infer<typeof sentimentModelStatusSchema>;

/** The newest corrections per language a model learns from; older ones add little and cost time. */
export const MAX_CORRECTIONS = 20_000;

export const retrainJobSchema = z.object({ workspaceId: z.uuid() });

/** The default engines alone on the corrections a model is scored on: what the workspace model must beat. */
function baselineAccuracy(corrections: readonly LabelledCorrection[]): number | null {
  const heldOut = corrections.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  if (heldOut.length === 0) return null;
  const predicted = heldOut.map((c) => analyseSentiment(c.text, c.language).label);
  return scorePredictions(
    heldOut.map((c) => c.label),
    predicted,
  ).accuracy;
}

async function correctionsByLanguage(deps: AppDeps, workspaceId: string): Promise<Map<string, LabelledCorrection[]>> {
  const rows = await deps.db
    .select({ text: mentions.text, language: mentions.language, label: mentions.correctedSentiment })
    .from(mentions)
    .where(and(eq(mentions.workspaceId, workspaceId), isNotNull(mentions.correctedAt)))
    // Oldest first, so the held-out set (every fifth) stays the same as corrections accumulate.
    .orderBy(asc(mentions.correctedAt), asc(mentions.id));
  const byLanguage = new Map<string, LabelledCorrection[]>();
  for (const row of rows) {
    if (row.label === null || row.text.trim() === '') continue;
    const list = byLanguage.get(row.language) ?? [];
    list.push({ text: row.text, language: row.language, label: row.label as SentimentLabel });
    byLanguage.set(row.language, list);
  }
  for (const [language, list] of byLanguage) if (list.length > MAX_CORRECTIONS) byLanguage.set(language, list.slice(-MAX_CORRECTIONS));
  return byLanguage;
}

/**
 * The `listening.retrain` job: per language, scores a model trained on four fifths of the
 * corrections on the fifth it did not see (and the default engines on the same fifth), then keeps
 * a model trained on all of them, which ingest uses from then on.
 */
export async function retrainWorkspaceModels(deps: AppDeps, workspaceId: string): Promise<{ languages: string[] }> {
  const byLanguage = await correctionsByLanguage(deps, workspaceId);
  for (const [language, corrections] of byLanguage) {
    const scored = accuracyOnHeldOut(corrections);
    const model = JSON.stringify(serialiseModel(learnFromCorrections(corrections), WORKSPACE_MODEL_PURPOSE));
    const values = {
      model,
      corrections: corrections.length,
      heldOut: scored.heldOut,
      accuracy: scored.accuracy,
      baselineAccuracy: scored.accuracy === null ? null : baselineAccuracy(corrections),
      trainedAt: deps.now(),
    };
    await deps.db
      .insert(sentimentModels)
      .values({ workspaceId, language, ...values })
      .onConflictDoUpdate({ target: [sentimentModels.workspaceId, sentimentModels.language], set: values });
  }
  return { languages: [...byLanguage.keys()] };
}

export async function sentimentModelStatus(ctx: RequestContext): Promise<ModelStatus> {
  const access = requireWorkspace(ctx);
  const models = await ctx.db
    .select({
      language: sentimentModels.language,
      corrections: sentimentModels.corrections,
      heldOut: sentimentModels.heldOut,
      accuracy: sentimentModels.accuracy,
      baselineAccuracy: sentimentModels.baselineAccuracy,
      trainedAt: sentimentModels.trainedAt,
    })
    .from(sentimentModels)
    .where(eq(sentimentModels.workspaceId, access.id))
    .orderBy(desc(sentimentModels.corrections), asc(sentimentModels.language));
  // Corrections newer than their language's model: what the next training run will add.
  const [pending] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentions)
    .leftJoin(sentimentModels, and(eq(sentimentModels.workspaceId, mentions.workspaceId), eq(sentimentModels.language, mentions.language)))
    .where(and(eq(mentions.workspaceId, access.id), isNotNull(mentions.correctedAt), sql`(${sentimentModels.trainedAt} is null or ${mentions.correctedAt} > ${sentimentModels.trainedAt})`));
  return {
    models: models.map((m) => ({ ...m, trainedAt: m.trainedAt.toISOString() })),
    pendingCorrections: pending?.count ?? 0,
  };
}
