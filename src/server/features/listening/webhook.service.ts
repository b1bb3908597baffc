import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { webhookInputSchema } from '../../../shared/api/listening.schemas.ts';
import { listeningSources } from '../../db/schema/index.ts';
import { type RequestContext, requireToken } from '../../http/request-context.ts';
import { ingestHooks } from './ingest-hooks.service.ts';
import { type IngestResult, ingestMentions } from './mention-ingest.service.ts';

type WebhookInput = z.output<typeof webhookInputSchema>;

/**
 * Mentions pushed by another tool with a workspace token: the same ingest as imports and feeds,
 * stored under the token's own source so the Sources tab can say which tool sent them.
 */
export async function ingestFromWebhook(ctx: RequestContext, input: WebhookInput): Promise<IngestResult> {
  const token = requireToken(ctx);
  const candidates = input.mentions.map((m) => ({
    externalId: m.id ?? null,
    text: m.text,
    publishedAt: m.publishedAt,
    author: m.author,
    channel: m.channel,
    url: m.url,
    reach: m.reach,
    likes: m.likes,
    shares: m.shares,
    comments: m.comments,
  }));
  const result = await ingestMentions(ctx.db, { workspaceId: token.workspaceId, sourceId: token.sourceId, sourceKind: 'webhook', candidates }, ingestHooks(ctx));
  if (result.accepted > 0 && token.sourceId !== null) {
    await ctx.db.update(listeningSources).set({ lastReceivedAt: ctx.now() }).where(eq(listeningSources.id, token.sourceId));
  }
  return result;
}
