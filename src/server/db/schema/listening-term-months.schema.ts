import { date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.schema.ts';

/**
 * A closed month's most frequent words, hashtags and authors per topic (TERMS_KEPT_PER_MONTH per
 * kind), summed from mention_term_rollups by term compaction (term-months.service.ts). A dashboard
 * over a long range reads whole months here and only its partial months day by day. A month with
 * rows here is current: a trigger (migration 0008) deletes them as soon as any of the month's day
 * rows change, whoever changes them, and notes the month in mention_term_month_changes.
 */
export const mentionTermMonths = pgTable(
  'mention_term_months',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id').notNull(),
    /** The month's first day. */
    month: date('month').notNull(),
    kind: text('kind').notNull(),
    term: text('term').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.topicId, t.month, t.kind, t.term] })],
);

/** Months whose term rollups changed since they were last summarised: what compaction summarises next. */
export const mentionTermMonthChanges = pgTable(
  'mention_term_month_changes',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id').notNull(),
    month: date('month').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.month, t.topicId] })],
);
