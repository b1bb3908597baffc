import { z } from 'zod';
import { sentimentLabelSchema } from '../listening/sentiment.schemas.ts';

// The contract of the listening API (issue 4). Routes live in src/server/features/listening/;
// the web parses every answer with these schemas.

export const TOPIC_KINDS = ['brand', 'competitor', 'theme'] as const;
export const SOURCE_KINDS = ['file', 'rss', 'mastodon', 'bluesky', 'webhook'] as const;
export const SOURCE_STATUSES = ['idle', 'ok', 'failing'] as const;
/** Why a polled source failed: the connectors' error codes, an address that became private, or our own fault. */
export const SOURCE_ERROR_CODES = ['auth_expired', 'rate_limited', 'rejected', 'unavailable', 'bad_response', 'address_blocked', 'internal_error'] as const;
export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'done', 'failed'] as const;
export const IMPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
export const MENTION_FIELDS = ['text', 'date', 'author', 'channel', 'url', 'reach', 'likes', 'shares', 'comments', 'id'] as const;
export const ALERT_KINDS = ['volume_spike', 'negative_spike'] as const;
export const EVIDENCE_CHARTS = ['volume', 'sentiment', 'share_of_voice', 'channels', 'top_terms', 'spikes'] as const;

export const topicKindSchema = z.enum(TOPIC_KINDS);
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const topicParamsSchema = z.object({ workspaceId: z.uuid(), topicId: z.uuid() });
export const sourceParamsSchema = z.object({ workspaceId: z.uuid(), sourceId: z.uuid() });
export const importParamsSchema = z.object({ workspaceId: z.uuid(), importId: z.uuid() });
export const mentionParamsSchema = z.object({ workspaceId: z.uuid(), mentionId: z.coerce.number().int().min(1) });
export const alertRuleParamsSchema = z.object({ workspaceId: z.uuid(), ruleId: z.uuid() });
export const alertParamsSchema = z.object({ workspaceId: z.uuid(), alertId: z.uuid() });
export const tokenParamsSchema = z.object({ workspaceId: z.uuid(), tokenId: z.uuid() });

/** Calendar days in the workspace's time zone, inclusive. */
const daySchema = z.iso.date();

// ---- Topics ----
export const topicSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: topicKindSchema,
  competitorId: z.uuid().nullable(),
  query: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Topic = z.infer<typeof topicSchema>;
export const topicListSchema = z.object({ topics: z.array(topicSchema) });

/** The query is parsed by src/shared/listening/topic-query.parser.ts; its errors come back at body.query. */
export const topicInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(160),
  kind: topicKindSchema,
  competitorId: z.uuid().nullable().default(null),
  query: z.string().trim().min(1).max(4000),
});
export type TopicInput = z.input<typeof topicInputSchema>;
export const topicsFromStrategyResultSchema = z.object({ created: z.array(topicSchema), existing: z.number().int() });

/**
 * Re-tagging the stored mentions after the topics changed (a background job). `idle`: never
 * needed; `processed` of `total` mentions walked so far, `changed` of them had their topics changed.
 */
export const RETAG_STATUSES = ['idle', 'queued', 'running', 'done', 'failed'] as const;
export const retagStatusSchema = z.object({
  status: z.enum(RETAG_STATUSES),
  processed: z.number().int(),
  total: z.number().int(),
  changed: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type RetagStatus = z.infer<typeof retagStatusSchema>;

// ---- Sources ----
const urlSchema = z.url({ protocol: /^https?$/ }).max(2000);
export const sourceConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rss'), url: urlSchema }),
  z.strictObject({ kind: z.literal('mastodon'), instanceUrl: urlSchema, mode: z.enum(['hashtag', 'search']), query: z.string().trim().min(1).max(200) }),
  z.strictObject({ kind: z.literal('bluesky'), serviceUrl: urlSchema, query: z.string().trim().min(1).max(200), identifier: z.string().max(200).nullable().default(null) }),
]);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

export const sourceSchema = z.object({
  id: z.uuid(),
  kind: sourceKindSchema,
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  hasSecret: z.boolean(),
  enabled: z.boolean(),
  pollMinutes: z.number().int(),
  status: z.enum(SOURCE_STATUSES),
  /** English, naming the address and what went wrong; `lastErrorCode` is what to translate. */
  lastError: z.string().nullable(),
  lastErrorCode: z.enum(SOURCE_ERROR_CODES).nullable(),
  consecutiveFailures: z.number().int(),
  lastPolledAt: z.string().nullable(),
  nextPollAt: z.string().nullable(),
  /** When the source last brought new mentions (a poll, or for a `webhook` source a delivery). */
  lastReceivedAt: z.string().nullable(),
  mentions: z.number().int(),
  createdAt: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourceListSchema = z.object({ sources: z.array(sourceSchema) });

/** A polled source; `secret` is an access token (Mastodon) or app password (Bluesky), stored sealed, never returned. */
export const sourceInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(160),
  config: sourceConfigSchema,
  secret: z.string().min(1).max(2000).nullable().default(null),
  pollMinutes: z.number().int().min(5).max(1440).default(30),
  enabled: z.boolean().default(true),
});
export type SourceInput = z.input<typeof sourceInputSchema>;

// ---- Mentions ----
export const mentionSchema = z.object({
  id: z.number().int(),
  sourceKind: sourceKindSchema,
  externalId: z.string(),
  text: z.string(),
  language: z.string(),
  channel: z.string(),
  author: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  reach: z.number().int(),
  likes: z.number().int(),
  shares: z.number().int(),
  comments: z.number().int(),
  /** What the dashboards count: the correction when there is one, else the model's label. */
  sentiment: sentimentLabelSchema,
  modelSentiment: sentimentLabelSchema,
  sentimentScore: z.number(),
  corrected: z.boolean(),
  topicIds: z.array(z.uuid()),
});
export type Mention = z.infer<typeof mentionSchema>;

export const mentionQuerySchema = z.strictObject({
  topicId: z.uuid().optional(),
  language: z.string().max(20).optional(),
  sentiment: sentimentLabelSchema.optional(),
  channel: z.string().max(40).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MentionQuery = z.input<typeof mentionQuerySchema>;
export const mentionPageSchema = z.object({ mentions: z.array(mentionSchema), nextCursor: z.string().nullable() });

export const correctSentimentInputSchema = z.strictObject({ sentiment: sentimentLabelSchema });

/** Mentions pushed by another tool (webhook) or read from a file, before analysis. */
export const incomingMentionSchema = z.strictObject({
  id: z.string().trim().min(1).max(500).optional(),
  text: z.string().max(100_000),
  publishedAt: z.iso.datetime({ offset: true }),
  author: z.string().max(500).default(''),
  channel: z.string().max(40).default('other'),
  url: urlSchema.nullable().default(null),
  reach: z.number().int().min(0).default(0),
  likes: z.number().int().min(0).default(0),
  shares: z.number().int().min(0).default(0),
  comments: z.number().int().min(0).default(0),
});
export const webhookInputSchema = z.strictObject({ mentions: z.array(incomingMentionSchema).min(1).max(1000) });
export const ingestResultSchema = z.object({ accepted: z.number().int(), duplicates: z.number().int() });

// ---- Dashboard (read from rollups only) ----
export const dashboardQuerySchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  topicId: z.uuid().optional(),
  channel: z.string().max(40).optional(),
  language: z.string().max(20).optional(),
});
const termCountSchema = z.object({ term: z.string(), mentions: z.number().int() });
export const dashboardSchema = z.object({
  totals: z.object({ mentions: z.number().int(), reach: z.number(), pos: z.number().int(), neu: z.number().int(), neg: z.number().int() }),
  /** Per day and topic; the all-mentions line has topicId null. */
  volume: z.array(z.object({ day: daySchema, topicId: z.uuid().nullable(), mentions: z.number().int(), reach: z.number() })),
  sentiment: z.array(z.object({ day: daySchema, pos: z.number().int(), neu: z.number().int(), neg: z.number().int(), net: z.number() })),
  shareOfVoice: z.array(z.object({ topicId: z.uuid(), mentions: z.number().int(), share: z.number() })),
  channels: z.array(z.object({ channel: z.string(), mentions: z.number().int(), reach: z.number() })),
  languages: z.array(z.object({ language: z.string(), mentions: z.number().int() })),
  topWords: z.array(termCountSchema),
  topHashtags: z.array(termCountSchema),
  topAuthors: z.array(termCountSchema),
  spikes: z.array(z.object({ day: daySchema, topicId: z.uuid().nullable(), mentions: z.number().int(), baseline: z.number(), factor: z.number() })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

// ---- File imports ----
/** The upload itself is the request body (application/octet-stream); `encoding` overrides detection. */
export const importUploadQuerySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  encoding: z.string().trim().min(1).max(40).optional(),
});
export const columnMappingSchema = z.partialRecord(z.enum(MENTION_FIELDS), z.string().min(1).max(200));
export const importOptionsSchema = z.strictObject({
  timezone: z.string().max(64).default('Asia/Bangkok'),
  dateOrder: z.enum(['dmy', 'mdy']).default('dmy'),
  encoding: z.string().max(40).nullable().default(null),
  channel: z.string().max(40).default('other'),
});
export const importSummarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  byteSize: z.number().int(),
  format: z.enum(IMPORT_FORMATS),
  encoding: z.string().nullable(),
  status: z.enum(IMPORT_STATUSES),
  bytesProcessed: z.number().int(),
  rowsImported: z.number().int(),
  rowsDuplicate: z.number().int(),
  rowsRejected: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
export const importPreviewSchema = z.object({
  import: importSummarySchema,
  headers: z.array(z.string()),
  sampleRows: z.array(z.record(z.string(), z.string())),
  suggestedMapping: columnMappingSchema,
});
export const startImportInputSchema = z.strictObject({ mapping: columnMappingSchema, options: importOptionsSchema.default(importOptionsSchema.parse({})) });
export const importListSchema = z.object({ imports: z.array(importSummarySchema) });

// ---- Alerts ----
export const alertRuleInputSchema = z.strictObject({
  topicId: z.uuid().nullable().default(null),
  kind: z.enum(ALERT_KINDS),
  factor: z.number().min(1.1).max(100).default(3),
  minMentions: z.number().int().min(1).max(1_000_000).default(10),
  webhookUrl: urlSchema.nullable().default(null),
  enabled: z.boolean().default(true),
});
export const alertRuleSchema = alertRuleInputSchema.extend({ id: z.uuid(), createdAt: z.string() });
export const alertSchema = z.object({
  id: z.uuid(),
  ruleId: z.uuid(),
  kind: z.enum(ALERT_KINDS),
  topicId: z.uuid().nullable(),
  day: daySchema,
  observed: z.number().int(),
  baseline: z.number(),
  webhookStatus: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const alertListSchema = z.object({ rules: z.array(alertRuleSchema), alerts: z.array(alertSchema), unread: z.number().int() });

// ---- Settings, tokens, model, evidence ----
export const listeningSettingsSchema = z.strictObject({
  retentionDays: z.number().int().min(7).max(3650).nullable(),
  userWords: z.array(z.string().trim().min(1).max(100)).max(2000),
});
export const tokenSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const tokenListSchema = z.object({ tokens: z.array(tokenSchema) });
export const tokenInputSchema = z.strictObject({ name: z.string().trim().min(1).max(160) });
/** The token itself is shown once, at creation. */
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });

export const sentimentModelStatusSchema = z.object({
  models: z.array(
    z.object({
      language: z.string(),
      corrections: z.number().int(),
      heldOut: z.number().int(),
      accuracy: z.number().nullable(),
      baselineAccuracy: z.number().nullable(),
      trainedAt: z.string(),
    }),
  ),
  pendingCorrections: z.number().int(),
});

export const saveEvidenceInputSchema = z.strictObject({
  revision: z.int().min(0),
  text: z.string().trim().min(1).max(4000),
  chart: z.enum(EVIDENCE_CHARTS),
  query: dashboardQuerySchema,
});
