import { z } from 'zod';
import { CHANNEL_KEYS, channelKeySchema } from './strategy-channels.schemas.ts';
import {
  entityList,
  idSchema,
  LIST_MAX,
  languageTagSchema,
  longTextSchema,
  shortTextSchema,
  textListSchema,
} from './strategy-common.schemas.ts';

export const JOURNEY_STAGES = ['awareness', 'consideration', 'decision', 'retention', 'advocacy'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const personaSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  // Bands and places are free text: "25-34", "Bangkok CBD", "新北市" do not fit one enum.
  demographics: z.strictObject({
    ageBand: shortTextSchema,
    location: shortTextSchema,
    languages: z.array(languageTagSchema).max(LIST_MAX),
    occupation: shortTextSchema,
    incomeBand: shortTextSchema,
  }),
  psychographics: z.strictObject({
    values: textListSchema,
    interests: textListSchema,
    motivations: textListSchema,
    challenges: textListSchema,
  }),
  onlineBehaviour: z.strictObject({
    channels: z.array(channelKeySchema).max(CHANNEL_KEYS.length),
    activeHours: shortTextSchema,
    preferredFormats: textListSchema,
    follows: textListSchema,
  }),
  journeyStage: z.enum(JOURNEY_STAGES).nullable(),
  howToTalk: longTextSchema,
});
export type Persona = z.infer<typeof personaSchema>;

export const audienceSectionSchema = z.strictObject({
  personas: entityList(personaSchema),
});
export type AudienceSection = z.infer<typeof audienceSectionSchema>;
