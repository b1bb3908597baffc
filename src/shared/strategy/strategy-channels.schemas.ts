import { z } from 'zod';
import {
  entityList,
  idSchema,
  nonNegativeSchema,
  optionalUserIdSchema,
  longTextSchema,
  textListSchema,
  uuidListSchema,
} from './strategy-common.schemas.ts';
import { kpiKeySchema } from './strategy-kpi-catalogue.data.ts';

// Regional networks matter as much as global ones: LINE in Thailand and Taiwan, Dcard and PTT in
// Taiwan, WeChat, Weibo and Xiaohongshu in mainland China.
export const CHANNEL_KEYS = [
  'facebook',
  'instagram',
  'x',
  'linkedin',
  'tiktok',
  'youtube',
  'line_oa',
  'threads',
  'bluesky',
  'mastodon',
  'pinterest',
  'wechat',
  'weibo',
  'xiaohongshu',
  'dcard',
  'ptt',
  'blog',
  'newsletter',
  'other',
] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];
export const channelKeySchema = z.enum(CHANNEL_KEYS);

export const channelKpiSchema = z.strictObject({
  id: idSchema,
  kpi: kpiKeySchema,
  target: z.number().nullable(),
});
export type ChannelKpi = z.infer<typeof channelKpiSchema>;

export const channelResourcesSchema = z.strictObject({
  ownerUserId: optionalUserIdSchema,
  hoursPerWeek: nonNegativeSchema,
  /** In the currency of the strategy's planning budget. */
  budgetPerMonth: nonNegativeSchema,
});

export const channelPlanSchema = z.strictObject({
  id: idSchema,
  channel: channelKeySchema,
  /** The specific reason to be on this channel; "everyone is there" is not one. */
  reason: longTextSchema,
  personaIds: uuidListSchema,
  pillars: textListSchema,
  formats: textListSchema,
  postsPerWeek: nonNegativeSchema,
  hoursPerPost: nonNegativeSchema,
  resources: channelResourcesSchema,
  kpis: entityList(channelKpiSchema),
});
export type ChannelPlan = z.infer<typeof channelPlanSchema>;

export const channelsSectionSchema = z.strictObject({
  channels: entityList(channelPlanSchema),
});
export type ChannelsSection = z.infer<typeof channelsSectionSchema>;
