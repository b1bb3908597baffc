import { z } from 'zod';
import { audienceSectionSchema } from './strategy-audience.schemas.ts';
import { channelsSectionSchema } from './strategy-channels.schemas.ts';
import { contextSectionSchema } from './strategy-context.schemas.ts';
import { goalsSectionSchema } from './strategy-goals.schemas.ts';
import { governanceSectionSchema } from './strategy-governance.schemas.ts';
import { listeningSectionSchema } from './strategy-listening.schemas.ts';
import { metricsSectionSchema } from './strategy-metrics.schemas.ts';
import { oneThingSectionSchema } from './strategy-one-thing.schemas.ts';
import { relationshipsSectionSchema } from './strategy-relationships.schemas.ts';
import { emptyRaci, teamSectionSchema } from './strategy-team.schemas.ts';
import { voiceSectionSchema } from './strategy-voice.schemas.ts';

export const STRATEGY_SCHEMA_VERSION = 1;

/**
 * The whole strategy as one document. Drafts are valid documents: the schema guards types and
 * shapes, the method check (strategy-check.rules.ts) judges whether the strategy is any good.
 */
export const strategySchema = z.strictObject({
  schemaVersion: z.literal(STRATEGY_SCHEMA_VERSION),
  team: teamSectionSchema,
  goals: goalsSectionSchema,
  context: contextSectionSchema,
  listening: listeningSectionSchema,
  audience: audienceSectionSchema,
  metrics: metricsSectionSchema,
  oneThing: oneThingSectionSchema,
  channels: channelsSectionSchema,
  voice: voiceSectionSchema,
  governance: governanceSectionSchema,
  relationships: relationshipsSectionSchema,
});
export type Strategy = z.infer<typeof strategySchema>;

/** A valid document with nothing filled in; `currency` is the ISO 4217 code budgets are kept in. */
export function emptyStrategy(currency = 'USD'): Strategy {
  return {
    schemaVersion: STRATEGY_SCHEMA_VERSION,
    team: { raci: emptyRaci() },
    goals: { reasons: [], goals: [], statement: '', objectives: [], tactics: [] },
    context: {
      customers: { segments: [] },
      analysis: { marketSummary: '', findings: [] },
      valueProposition: '',
      planning: { budget: { amount: null, currency }, risks: [], strategicOptions: [] },
      resources: { skills: [], headcount: 0, hoursPerWeek: 0, money: { amount: null, currency }, suppliers: [], partners: [] },
    },
    listening: { brandTerms: [], competitors: [], categoryTerms: [], topicTerms: [], questions: [], findings: [] },
    audience: { personas: [] },
    metrics: { fiscalYear: null, kpis: [] },
    oneThing: { differentiator: '', proofPoints: [], comparison: { attributes: [], rows: [] } },
    channels: { channels: [] },
    voice: {
      weAre: [],
      weAreNot: [],
      vocabularyUse: [],
      vocabularyAvoid: [],
      perLanguage: {},
      responseTimePromiseHours: null,
      brandPersona: '',
    },
    governance: { items: [], crisis: { levels: [] } },
    relationships: { relationships: [] },
  };
}

/**
 * JSON Schema (draft 2020-12) of the document, for publishing. Cross-field rules such as unique
 * ids are zod refinements and do not appear in it.
 */
export function strategyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(strategySchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
