import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { listeningSettingsSchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningSettings, mentions } from '../../db/schema/index.ts';
import { type AppDeps, type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';

type ListeningSettings = z.infer<typeof listeningSettingsSchema>;

const DAY_MS = 86_400_000;
/** Mentions deleted per statement, so retention never holds one long transaction over millions of rows. */
export const RETENTION_BATCH = 5_000;

export async function readListeningSettings(db: Db, workspaceId: string): Promise<ListeningSettings> {
  const [row] = await db.select().from(listeningSettings).where(eq(listeningSettings.workspaceId, workspaceId));
  return { retentionDays: row?.retentionDays ?? null, userWords: row?.userWords ?? [] };
}

export async function getListeningSettings(ctx: RequestContext): Promise<ListeningSettings> {
  return readListeningSettings(ctx.db, requireWorkspace(ctx).id);
}

/** The same word twice (in any case) is kept once, as first written. */
function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function putListeningSettings(ctx: RequestContext, input: ListeningSettings): Promise<ListeningSettings> {
  const access = requireWorkspace(ctx);
  const next = { retentionDays: input.retentionDays, userWords: distinctWords(input.userWords) };
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(listeningSettings).where(eq(listeningSettings.workspaceId, access.id)).for('update');
    const values = { ...next, updatedAt: ctx.now() };
    await tx.insert(listeningSettings).values({ workspaceId: access.id, ...values }).onConflictDoUpdate({ target: listeningSettings.workspaceId, set: values });
    const changes: Record<string, unknown> = {};
    if ((before?.retentionDays ?? null) !== next.retentionDays) changes.retentionDays = { from: before?.retentionDays ?? null, to: next.retentionDays };
    const old = new Set(before?.userWords ?? []);
    const added = next.userWords.filter((w) => !old.has(w));
    const removed = [...old].filter((w) => !next.userWords.includes(w));
    if (added.length > 0 || removed.length > 0) changes.userWords = { added: added.slice(0, 50), removed: removed.slice(0, 50) };
    if (Object.keys(changes).length === 0) return;
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.settings_updated', targetType: 'workspace', targetId: access.id, changes });
  });
  return next;
}

/**
 * The daily `listening.retention` job: deletes mentions published longer ago than their
 * workspace keeps them. Rollups stay, so dashboards still show the counts of deleted days.
 */
export async function applyRetention(deps: AppDeps): Promise<{ deleted: number }> {
  const policies = await deps.db
    .select({ workspaceId: listeningSettings.workspaceId, days: listeningSettings.retentionDays })
    .from(listeningSettings)
    .where(isNotNull(listeningSettings.retentionDays));
  let deleted = 0;
  for (const policy of policies) {
    if (policy.days === null) continue;
    const cutoff = new Date(deps.now().getTime() - policy.days * DAY_MS);
    for (;;) {
      const batch = deps.db
        .select({ id: mentions.id })
        .from(mentions)
        .where(and(eq(mentions.workspaceId, policy.workspaceId), lt(mentions.publishedAt, cutoff)))
        .limit(RETENTION_BATCH);
      const gone = await deps.db.delete(mentions).where(inArray(mentions.id, batch)).returning({ id: mentions.id });
      deleted += gone.length;
      if (gone.length < RETENTION_BATCH) break;
    }
  }
  return { deleted };
}
