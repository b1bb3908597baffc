import { z } from 'zod';

// Order matters: it is the class index of every sentiment model (negative, neutral, positive).
export const SENTIMENT_LABELS = ['neg', 'neu', 'pos'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export const sentimentLabelSchema = z.enum(SENTIMENT_LABELS);

/** Which engine produced a result; `+workspace` when the workspace's own model adjusted it. */
export const SENTIMENT_ENGINES = [
  'en-rules',
  'th-linear',
  'zh-rules',
  'neutral',
  'en-rules+workspace',
  'th-linear+workspace',
  'zh-rules+workspace',
  'neutral+workspace',
] as const;
export type SentimentEngine = (typeof SENTIMENT_ENGINES)[number];

export const sentimentResultSchema = z.object({
  label: sentimentLabelSchema,
  /** Polarity from -1 (negative) to 1 (positive); 0 is neutral. */
  score: z.number().min(-1).max(1),
  engine: z.enum(SENTIMENT_ENGINES),
});
export type SentimentResult = z.infer<typeof sentimentResultSchema>;

/** A user's correction of one mention's sentiment: what the workspace model learns from. */
export const sentimentCorrectionSchema = z.object({
  text: z.string().min(1),
  language: z.string().min(1),
  label: sentimentLabelSchema,
});
export type SentimentCorrection = z.infer<typeof sentimentCorrectionSchema>;

/** Measured on corrections the workspace model did not learn from. */
export const sentimentAccuracySchema = z.object({
  heldOut: z.number().int().min(0),
  trainedOn: z.number().int().min(0),
  accuracy: z.number().min(0).max(1).nullable(),
  macroF1: z.number().min(0).max(1).nullable(),
});
export type SentimentAccuracy = z.infer<typeof sentimentAccuracySchema>;
