import { z } from 'zod';
import { localeSchema } from '../locales.ts';
import { STRATEGY_TEMPLATE_KEYS } from '../strategy/templates/strategy-template-keys.data.ts';
import { revisionSchema } from './strategy.schemas.ts';

// Any short key is accepted here so that an unknown one gets a 404 that names the known ones.
export const templateParamsSchema = z.object({ workspaceId: z.uuid(), key: z.string().min(1).max(64) });

export const templateListQuerySchema = z.strictObject({
  locale: localeSchema.optional().describe('Language of the names and descriptions; the workspace’s default language when omitted'),
});

export const strategyTemplateSummarySchema = z.object({
  key: z.enum(STRATEGY_TEMPLATE_KEYS),
  name: z.string(),
  description: z.string(),
});
export type StrategyTemplateSummary = z.infer<typeof strategyTemplateSummarySchema>;

export const strategyTemplateListSchema = z.object({ locale: localeSchema, templates: z.array(strategyTemplateSummarySchema) });
export type StrategyTemplateList = z.infer<typeof strategyTemplateListSchema>;

export const applyTemplateInputSchema = z.strictObject({
  revision: revisionSchema,
  locale: localeSchema.optional().describe('Language the strategy is written in; the workspace’s default language when omitted'),
});
export type ApplyTemplateInput = z.infer<typeof applyTemplateInputSchema>;
