import type { z } from 'zod';
import type { webhookInputSchema } from '../../../shared/api/listening.schemas.ts';
import { type RequestContext, requireToken } from '../../http/request-context.ts';
import { ingestHooks } from './ingest-hooks.service.ts';
import { type IngestResult, ingestMentions } from './mention-ingest.service.ts';

type WebhookInput = z.output<typeof webhookInputSchema>;

/** Mentions pushed by another tool with a workspace token: the same ingest as imports and feeds. */
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
  return ingestMentions(ctx.db, { workspaceId: token.workspaceId, sourceId: null, sourceKind: 'webhook', candidates }, ingestHooks(ctx));
}
