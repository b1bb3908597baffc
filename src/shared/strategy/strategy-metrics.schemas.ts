import { z } from 'zod';
import { entityList, idSchema, optionalUserIdSchema, shortTextSchema } from './strategy-common.schemas.ts';
import { kpiKeySchema } from './strategy-kpi-catalogue.data.ts';

const quarterTargetSchema = z.number().nullable();

export const strategyKpiSchema = z.strictObject({
  id: idSchema,
  kpi: kpiKeySchema,
  objectiveId: idSchema.nullable(),
  /** Fiscal quarters Q1..Q4 of metrics.fiscalYear; null = no target set for that quarter yet. */
  quarterlyTargets: z.tuple([quarterTargetSchema, quarterTargetSchema, quarterTargetSchema, quarterTargetSchema]),
  dataSource: shortTextSchema,
  ownerUserId: optionalUserIdSchema,
});
export type StrategyKpi = z.infer<typeof strategyKpiSchema>;

export const metricsSectionSchema = z.strictObject({
  /** The fiscal year the quarterly targets belong to, labelled by the calendar year it ends in. */
  fiscalYear: z.int().min(2000).max(2200).nullable(),
  kpis: entityList(strategyKpiSchema),
});
export type MetricsSection = z.infer<typeof metricsSectionSchema>;
