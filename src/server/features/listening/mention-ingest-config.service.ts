import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { listeningSettings, listeningTopics, sentimentModels, workspaces } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { AnalysisConfig } from './mention-analysis.domain.ts';

/*
 * What a workspace analyses mentions with: its topics, its own words, its sentiment models and its
 * time zone, under a version key that changes whenever any of them does. The small facts are read
 * on every call; the models themselves (the large part) only when their training time changed.
 */

export type WorkspaceAnalysis = { key: string; config: AnalysisConfig };

const cache = new Map<string, WorkspaceAnalysis>();
const MAX_CACHED = 50;

export async function loadWorkspaceAnalysis(db: Db, workspaceId: string): Promise<WorkspaceAnalysis> {
  const [workspace] = await db.select({ timeZone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  const topics = await db
    .select({ id: listeningTopics.id, query: listeningTopics.query })
    .from(listeningTopics)
    .where(eq(listeningTopics.workspaceId, workspaceId))
    .orderBy(asc(listeningTopics.id));
  const [settings] = await db.select({ userWords: listeningSettings.userWords }).from(listeningSettings).where(eq(listeningSettings.workspaceId, workspaceId));
  const models = await db
    .select({ language: sentimentModels.language, trainedAt: sentimentModels.trainedAt })
    .from(sentimentModels)
    .where(eq(sentimentModels.workspaceId, workspaceId))
    .orderBy(asc(sentimentModels.language));
  const userWords = settings?.userWords ?? [];
  const key = createHash('sha256')
    .update(JSON.stringify([workspaceId, workspace.timeZone, topics, userWords, models.map((m) => [m.language, m.trainedAt.getTime()])]))
    .digest('base64url')
    .slice(0, 22);
  const cached = cache.get(workspaceId);
  if (cached?.key === key) return cached;

  const stored = models.length
    ? await db.select({ language: sentimentModels.language, model: sentimentModels.model }).from(sentimentModels).where(eq(sentimentModels.workspaceId, workspaceId))
    : [];
  const config: AnalysisConfig = {
    topics,
    userWords,
    models: stored.map((row) => ({ language: row.language, model: JSON.parse(row.model) as unknown })),
    timeZone: workspace.timeZone,
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  const loaded = { key, config };
  cache.set(workspaceId, loaded);
  return loaded;
}
