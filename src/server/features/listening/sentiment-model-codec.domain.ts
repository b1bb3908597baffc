import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { CLASS_COUNT, createLinearModel, type LinearModel, quantise } from './sentiment-linear.domain.ts';

/**
 * A linear model as compact JSON: only buckets with a non-zero weight are kept, their indices as
 * base64 varint gaps and their weights as base64 signed bytes on the model's 8-bit grid.
 */
export const MODEL_FORMAT = 'socialplan-sentiment-linear';

const serialisedSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(1),
  /** What the model is for (`th-default`, `workspace`): a model is only loaded where it belongs. */
  purpose: z.string().min(1),
  locale: z.string().min(1),
  features: z.object({
    bits: z.number().int().min(8).max(24),
    charMin: z.number().int().min(1).max(8),
    charMax: z.number().int().min(1).max(8),
    words: z.boolean(),
    wordPairs: z.boolean(),
  }),
  scale: z.number().positive(),
  offsetWeight: z.number().min(0).max(1).default(1),
  bias: z.array(z.number()).length(CLASS_COUNT),
  buckets: z.string(),
  weights: z.string(),
});
export type SerialisedModel = z.infer<typeof serialisedSchema>;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

export function serialiseModel(model: LinearModel, purpose: string): SerialisedModel {
  if (model.scale === 0) quantise(model);
  const gaps: number[] = [];
  const weights: number[] = [];
  let previous = 0;
  const bucketCount = model.weights.length / CLASS_COUNT;
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const base = bucket * CLASS_COUNT;
    const q = [0, 1, 2].map((c) => Math.round(model.weights[base + c]! / model.scale));
    if (q.every((v) => v === 0)) continue;
    writeVarint(gaps, bucket - previous);
    previous = bucket;
    for (const v of q) weights.push(v & 0xff);
  }
  return {
    format: MODEL_FORMAT,
    version: 1,
    purpose,
    locale: model.locale,
    features: { ...model.features },
    scale: model.scale,
    offsetWeight: model.offsetWeight,
    bias: [...model.bias],
    buckets: Buffer.from(gaps).toString('base64'),
    weights: Buffer.from(weights).toString('base64'),
  };
}

/** Throws an Error naming the field at fault; `purpose` must match what the caller loads. */
export function deserialiseModel(input: unknown, purpose: string): LinearModel {
  const parsed = serialisedSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`sentiment model: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const data = parsed.data;
  if (data.purpose !== purpose) throw new Error(`sentiment model: purpose is "${data.purpose}", expected "${purpose}"`);
  const model = createLinearModel(data.features, data.locale);
  model.bias.set(data.bias);
  model.scale = data.scale;
  model.offsetWeight = data.offsetWeight;
  const gaps = Buffer.from(data.buckets, 'base64');
  const weights = new Int8Array(Buffer.from(data.weights, 'base64'));
  const bucketCount = model.weights.length / CLASS_COUNT;
  let bucket = 0;
  let w = 0;
  for (let i = 0; i < gaps.length; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = gaps[i++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80 && i < gaps.length);
    bucket += gap;
    if (bucket >= bucketCount || w + CLASS_COUNT > weights.length) throw new Error('sentiment model: buckets and weights do not match');
    for (let c = 0; c < CLASS_COUNT; c++) model.weights[bucket * CLASS_COUNT + c] = weights[w++]! * data.scale;
  }
  if (w !== weights.length) throw new Error('sentiment model: buckets and weights do not match');
  return model;
}
