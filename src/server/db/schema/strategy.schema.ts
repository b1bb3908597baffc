import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.schema.ts';
import { workspaces } from './workspaces.schema.ts';

/**
 * The working draft of a workspace's strategy, one document per workspace. A workspace without a
 * row has the empty strategy at revision 0. `revision` goes up by one on every save, so a client
 * that saw an older revision is refused instead of overwriting someone else's change.
 */
export const strategies = pgTable('strategies', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  document: jsonb('document').notNull(),
  revision: integer('revision').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/** Published, immutable snapshots of the draft, numbered 1, 2, 3… per workspace. */
export const strategyVersions = pgTable(
  'strategy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    document: jsonb('document').notNull(),
    /** The draft revision the snapshot was taken from. */
    revision: integer('revision').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  // Also serves the version list, which is ordered by number.
  (t) => [uniqueIndex('strategy_versions_number_unique').on(t.workspaceId, t.number)],
);
