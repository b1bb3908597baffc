import { z } from 'zod';
import { channelKeySchema } from './strategy-channels.schemas.ts';
import {
  countSchema,
  entityList,
  idSchema,
  longTextSchema,
  optionalUserIdSchema,
  ratingSchema,
  shortTextSchema,
} from './strategy-common.schemas.ts';

export const RELATIONSHIP_KINDS = [
  'customer',
  'influencer',
  'blogger',
  'partner',
  'supplier',
  'employee',
  'community',
  'media',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const CONTACT_FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

/** A group of people the brand keeps a relationship with ("12 Chiang Mai food bloggers"). */
export const relationshipSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  kind: z.enum(RELATIONSHIP_KINDS),
  count: countSchema.nullable(),
  context: longTextSchema,
  relevance: longTextSchema,
  value: ratingSchema.nullable(),
  valueReason: longTextSchema,
  flow: z.strictObject({
    channel: channelKeySchema.nullable(),
    frequency: z.enum(CONTACT_FREQUENCIES).nullable(),
    ownerUserId: optionalUserIdSchema,
  }),
});
export type Relationship = z.infer<typeof relationshipSchema>;

export const relationshipsSectionSchema = z.strictObject({
  relationships: entityList(relationshipSchema),
});
export type RelationshipsSection = z.infer<typeof relationshipsSectionSchema>;
