import { z } from 'zod';
import { findingSchema } from '../strategy/strategy-check.schemas.ts';
import { strategySchema } from '../strategy/strategy.schemas.ts';
import { STRATEGY_SECTION_KEYS, STRATEGY_STEPS } from '../strategy/strategy-steps.data.ts';

export const strategySectionKeySchema = z.enum(STRATEGY_SECTION_KEYS);

export const sectionParamsSchema = z.object({ workspaceId: z.uuid(), section: strategySectionKeySchema });
export const personaParamsSchema = z.object({ workspaceId: z.uuid(), personaId: z.uuid() });
export const competitorParamsSchema = z.object({ workspaceId: z.uuid(), competitorId: z.uuid() });
export const objectiveParamsSchema = z.object({ workspaceId: z.uuid(), objectiveId: z.uuid() });
export const goalParamsSchema = z.object({ workspaceId: z.uuid(), goalId: z.uuid() });
export const versionParamsSchema = z.object({ workspaceId: z.uuid(), number: z.coerce.number().int().min(1).max(1_000_000) });

/**
 * The draft revision the client last saw. Every write carries it; if the strategy has moved on
 * since, the write is refused with stale_revision instead of overwriting the other change.
 */
export const revisionSchema = z.int().min(0);

const userRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

const stepSchema = z.union(STRATEGY_STEPS.map((step) => z.literal(step)));
export const completenessSchema = z.object({
  overall: z.number().min(0).max(1),
  steps: z.array(
    z.object({
      step: stepSchema,
      weight: z.number(),
      score: z.number().min(0).max(1),
      parts: z.array(z.object({ id: z.string(), filled: z.boolean() })),
    }),
  ),
});

/** What the builder shows: the draft with its revision, and the method check run against it. */
export const strategyStateSchema = z.object({
  document: strategySchema,
  revision: revisionSchema,
  updatedAt: z.string().nullable(),
  updatedBy: userRefSchema,
  findings: z.array(findingSchema),
  completeness: completenessSchema,
});
export type StrategyState = z.infer<typeof strategyStateSchema>;

export const putStrategyInputSchema = z.strictObject({ revision: revisionSchema, document: strategySchema });
export type PutStrategyInput = z.infer<typeof putStrategyInputSchema>;

/** The value is checked against the schema of the section named in the path. */
export const putSectionInputSchema = z.strictObject({
  revision: revisionSchema,
  value: z.unknown().describe('The section as in the strategy document; see /api/v1/strategy.schema.json'),
});

export const strategySectionStateSchema = strategyStateSchema.omit({ document: true }).extend({
  section: strategySectionKeySchema,
  value: z.unknown(),
});
export type StrategySectionState = z.infer<typeof strategySectionStateSchema>;

export const removeItemInputSchema = z.strictObject({ revision: revisionSchema });

export const cleanupEntrySchema = z.object({
  path: z.string(),
  itemId: z.string(),
  action: z.enum(['removed', 'unlinked']),
});

/** After removing an item: the new state and every reference that was cleaned up with it. */
export const removeItemResultSchema = strategyStateSchema.extend({ cleaned: z.array(cleanupEntrySchema) });

export const publishVersionInputSchema = z.strictObject({
  label: z.string().trim().min(1).max(160),
  revision: revisionSchema,
});

export const versionSummarySchema = z.object({
  number: z.int().min(1),
  label: z.string(),
  revision: revisionSchema,
  publishedAt: z.string(),
  publishedBy: userRefSchema,
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionSchema = versionSummarySchema.extend({ document: strategySchema });

/** A published version number or `current` for the draft. */
export const versionRefSchema = z
  .string()
  .regex(/^(current|[1-9]\d{0,6})$/, 'a version number or "current"')
  .transform((ref) => (ref === 'current' ? ('current' as const) : Number(ref)));

export const diffQuerySchema = z.strictObject({ from: versionRefSchema, to: versionRefSchema.default('current') });

export const DIFF_KINDS = ['added', 'removed', 'changed'] as const;
export const strategyChangeSchema = z.object({
  /** `channels.channels[id=…].reason`: list items are named by id, so a reorder is no change. */
  path: z.string(),
  kind: z.enum(DIFF_KINDS),
  /** null when the field was added (before) or removed (after). */
  before: z.unknown(),
  after: z.unknown(),
});
export type StrategyChange = z.infer<typeof strategyChangeSchema>;

const diffSideSchema = z.union([z.literal('current'), z.int().min(1)]);
export const strategyDiffSchema = z.object({ from: diffSideSchema, to: diffSideSchema, changes: z.array(strategyChangeSchema) });

export const IMPORT_FORMATS = ['json', 'yaml'] as const;
export const importStrategyInputSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  content: z.string().min(1),
  revision: revisionSchema,
});
export type ImportStrategyInput = z.infer<typeof importStrategyInputSchema>;
