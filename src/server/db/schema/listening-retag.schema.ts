import { sql } from 'drizzle-orm';
import { bigint, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.schema.ts';

/**
 * Re-tagging the stored mentions of a workspace after its topics changed (the `listening.retag`
 * job), one row per workspace. Every topic change bumps `generation`; a run works for the
 * generation it started with and starts over when it finds a newer one, so the last run always
 * sees the latest topics. `last_id` is where the keyset walk got to, so a crashed run resumes.
 */
export const listeningRetagRuns = pgTable('listening_retag_runs', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  generation: integer('generation').notNull().default(0),
  /** The generation the current (or last) run tags for. */
  runGeneration: integer('run_generation').notNull().default(0),
  /** queued, running, done or failed. */
  status: text('status').notNull(),
  processed: integer('processed').notNull().default(0),
  total: integer('total').notNull().default(0),
  /** Mentions whose topics changed in this run. */
  changed: integer('changed').notNull().default(0),
  lastId: bigint('last_id', { mode: 'number' }).notNull().default(0),
  /** Days whose term rollups gained rows; the closed ones are trimmed again when the run ends. */
  termDays: date('term_days').array().notNull().default(sql`'{}'::date[]`),
  error: text('error'),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
