import { z } from 'zod';
import { languageTagSchema, longTextSchema, textListSchema } from './strategy-common.schemas.ts';

export const FORMALITIES = ['formal', 'neutral', 'casual'] as const;
export const EMOJI_USE = ['none', 'sparing', 'liberal'] as const;

// Thai particles (ครับ/ค่ะ), Chinese honorifics and English register differ, so the voice is
// tuned per language rather than once for the brand.
export const languageVoiceSchema = z.strictObject({
  formality: z.enum(FORMALITIES),
  emoji: z.enum(EMOJI_USE),
  notes: longTextSchema,
});
export type LanguageVoice = z.infer<typeof languageVoiceSchema>;

export const voiceSectionSchema = z.strictObject({
  weAre: textListSchema,
  weAreNot: textListSchema,
  vocabularyUse: textListSchema,
  vocabularyAvoid: textListSchema,
  /** Keyed by locale (en, th, zh-Hant, zh-Hans) or any other BCP 47 tag the brand posts in. */
  perLanguage: z.record(languageTagSchema, languageVoiceSchema),
  responseTimePromiseHours: z.number().positive().nullable(),
  brandPersona: longTextSchema,
});
export type VoiceSection = z.infer<typeof voiceSectionSchema>;
