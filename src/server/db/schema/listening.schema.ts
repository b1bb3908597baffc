import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.schema.ts';
import { workspaces } from './workspaces.schema.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** What the team listens for: the brand, a competitor (from the strategy's listening plan) or a theme. */
export const listeningTopics = pgTable(
  'listening_topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** The strategy competitor this topic follows; an id inside the strategy document, not a foreign key. */
    competitorId: uuid('competitor_id'),
    query: text('query').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listening_topics_workspace_idx').on(t.workspaceId)],
);

/**
 * A place mentions come from: a feed, a Mastodon or Bluesky search (polled), or a workspace token
 * of the webhook (kind `webhook`, made with the token and kept after it is revoked, never polled).
 */
export const listeningSources = pgTable(
  'listening_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    config: jsonb('config').notNull(),
    /** Access tokens and app passwords, sealed with the secret key (lib/secret-box.ts). */
    sealedSecret: text('sealed_secret'),
    enabled: boolean('enabled').notNull().default(true),
    pollMinutes: integer('poll_minutes').notNull().default(30),
    status: text('status').notNull().default('idle'),
    lastError: text('last_error'),
    /** The connector's error code (rate_limited, auth_expired …), so the web can say it in the reader's language. */
    lastErrorCode: text('last_error_code'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    cursor: jsonb('cursor'),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    /** When the source last brought new mentions (a poll or a webhook delivery). */
    lastReceivedAt: timestamp('last_received_at', { withTimezone: true }),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }),
    /** Set while a worker polls the source (a lease, so a crashed worker's claim runs out); the token of that poll. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('listening_sources_workspace_idx').on(t.workspaceId), index('listening_sources_due_idx').on(t.nextPollAt)],
);

/**
 * A mention some topic matched: the predicate of the partial topics index (migration 0009). The
 * planner uses that index only for a query that states this predicate too.
 */
export const taggedMention = sql`topic_ids <> '{}'::uuid[]`;

/**
 * One mention, analysed at ingest. Duplicates are dropped twice over: the same item from the same
 * kind of source, and the same normalised text by the same author from anywhere.
 */
export const mentions = pgTable(
  'mentions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceRef(),
    sourceId: uuid('source_id').references(() => listeningSources.id, { onDelete: 'set null' }),
    sourceKind: text('source_kind').notNull(),
    externalId: text('external_id').notNull(),
    contentHash: text('content_hash').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    channel: text('channel').notNull(),
    author: text('author').notNull().default(''),
    url: text('url'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    reach: integer('reach').notNull().default(0),
    likes: integer('likes').notNull().default(0),
    shares: integer('shares').notNull().default(0),
    comments: integer('comments').notNull().default(0),
    sentiment: text('sentiment').notNull(),
    sentimentScore: real('sentiment_score').notNull(),
    /** A person's correction; it wins over the model and trains the workspace's own model. */
    correctedSentiment: text('corrected_sentiment'),
    correctedBy: uuid('corrected_by').references(() => users.id, { onDelete: 'set null' }),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mentions_external_unique').on(t.workspaceId, t.sourceKind, t.externalId),
    uniqueIndex('mentions_content_unique').on(t.workspaceId, t.contentHash),
    index('mentions_stream_idx').on(t.workspaceId, t.publishedAt.desc(), t.id.desc()),
    // Only tagged mentions: most of an export matches no topic, and an untagged row would cost
    // the index an entry that no query reads (the stream asks for a topic, mentions.service.ts).
    index('mentions_topics_idx').using('gin', t.topicIds).where(taggedMention),
    index('mentions_corrected_idx').on(t.workspaceId, t.correctedAt).where(sql`corrected_at is not null`),
    // Per-source counts and ON DELETE SET NULL; imports have no source and stay out of it.
    index('mentions_source_idx').on(t.sourceId).where(sql`source_id is not null`),
  ],
);

/**
 * Counts per topic × day × channel × language × sentiment, kept up to date at ingest so dashboards
 * never scan mentions. The all-zero topic id counts every mention once, topic or not. Migration
 * 0008 adds mention_daily_rollups_place_idx (channel and language first, the counts included),
 * written by hand as Drizzle cannot declare INCLUDE.
 */
export const mentionDailyRollups = pgTable(
  'mention_daily_rollups',
  {
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').notNull(),
    day: date('day').notNull(),
    channel: text('channel').notNull(),
    language: text('language').notNull(),
    sentiment: text('sentiment').notNull(),
    mentions: integer('mentions').notNull(),
    reach: bigint('reach', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.day, t.channel, t.language, t.sentiment] })],
);

/**
 * mention_daily_rollups summed over channel and language, kept by triggers (migration 0004) on
 * every change to them: the dashboard's lines and alerts read these few rows per topic and day
 * unless a channel or language filter needs the full grain.
 */
export const mentionDayTotals = pgTable(
  'mention_day_totals',
  {
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').notNull(),
    day: date('day').notNull(),
    sentiment: text('sentiment').notNull(),
    mentions: integer('mentions').notNull(),
    reach: bigint('reach', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.day, t.sentiment] })],
);

/**
 * mention_daily_rollups summed over language (per channel) and over channel (per language), kept
 * by the same kind of triggers (migration 0005): a dashboard filtered by one channel or one
 * language reads its lines from these with one index range per topic. The filter column leads
 * the day, so the range holds only the rows the filter keeps.
 */
export const mentionChannelTotals = pgTable(
  'mention_channel_totals',
  {
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').notNull(),
    channel: text('channel').notNull(),
    day: date('day').notNull(),
    sentiment: text('sentiment').notNull(),
    mentions: integer('mentions').notNull(),
    reach: bigint('reach', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.channel, t.day, t.sentiment] })],
);

export const mentionLanguageTotals = pgTable(
  'mention_language_totals',
  {
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').notNull(),
    language: text('language').notNull(),
    day: date('day').notNull(),
    sentiment: text('sentiment').notNull(),
    mentions: integer('mentions').notNull(),
    reach: bigint('reach', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.language, t.day, t.sentiment] })],
);

/** Top words, hashtags and authors per topic and day (kind: word, hashtag, author). */
export const mentionTermRollups = pgTable(
  'mention_term_rollups',
  {
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').notNull(),
    day: date('day').notNull(),
    kind: text('kind').notNull(),
    term: text('term').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.kind, t.day, t.term] })],
);

/** A file import: the uploaded bytes (in chunks, so any worker process can read them), mapping and progress. */
export const listeningImports = pgTable(
  'listening_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    fileName: text('file_name').notNull(),
    byteSize: bigint('byte_size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    format: text('format').notNull(),
    encoding: text('encoding'),
    mapping: jsonb('mapping'),
    options: jsonb('options').notNull(),
    status: text('status').notNull(),
    bytesProcessed: bigint('bytes_processed', { mode: 'number' }).notNull().default(0),
    rowsImported: integer('rows_imported').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    error: text('error'),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('listening_imports_workspace_idx').on(t.workspaceId, t.createdAt.desc())],
);

export const listeningImportChunks = pgTable(
  'listening_import_chunks',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => listeningImports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** Rows an import skipped, with the line and the reason, for the downloadable report. */
export const listeningImportRejections = pgTable(
  'listening_import_rejections',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => listeningImports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    reason: text('reason').notNull(),
    message: text('message').notNull(),
    excerpt: text('excerpt').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.line] })],
);

/** Alert rules: a volume or negative-sentiment spike on a topic (or on everything), in the app and to a webhook. */
export const listeningAlertRules = pgTable(
  'listening_alert_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    topicId: uuid('topic_id').references(() => listeningTopics.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** How many times the rolling baseline a day must reach to alert. */
    factor: real('factor').notNull(),
    minMentions: integer('min_mentions').notNull(),
    webhookUrl: text('webhook_url'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('listening_alert_rules_workspace_idx').on(t.workspaceId)],
);

export const listeningAlerts = pgTable(
  'listening_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => listeningAlertRules.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    observed: integer('observed').notNull(),
    baseline: real('baseline').notNull(),
    webhookStatus: text('webhook_status'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('listening_alerts_rule_day_unique').on(t.ruleId, t.day), index('listening_alerts_workspace_idx').on(t.workspaceId, t.createdAt.desc())],
);

/** The workspace's own sentiment model per language, trained on its corrections over the default. */
export const sentimentModels = pgTable(
  'sentiment_models',
  {
    workspaceId: workspaceRef(),
    language: text('language').notNull(),
    model: text('model').notNull(),
    corrections: integer('corrections').notNull(),
    heldOut: integer('held_out').notNull(),
    accuracy: real('accuracy'),
    baselineAccuracy: real('baseline_accuracy'),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.language] })],
);

/** Per-workspace listening settings: how long mentions are kept, and the team's own words for statistics. */
export const listeningSettings = pgTable('listening_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  retentionDays: integer('retention_days'),
  userWords: text('user_words').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Tokens for the mentions webhook; only a SHA-256 of the token is kept, as for sessions. */
export const workspaceTokens = pgTable(
  'workspace_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The `webhook` source its mentions are stored under; it outlives the token, so counts survive. */
    sourceId: uuid('source_id').references(() => listeningSources.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('workspace_tokens_hash_unique').on(t.tokenHash), index('workspace_tokens_workspace_idx').on(t.workspaceId)],
);
