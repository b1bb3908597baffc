import { z } from 'zod';

/**
 * PNG and JPEG only: both embed in the HTML export and in Word documents. The bytes are checked
 * on the server, whatever the client says they are.
 */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];
export const logoMediaTypeSchema = z.enum(LOGO_MEDIA_TYPES);

export const LOGO_MAX_BYTES = 256 * 1024;

// The API speaks JSON only, so the image travels as base64. The size limit is checked on the
// decoded bytes, where the message can say how big the image is; this cap only stops garbage.
const BASE64_MAX_CHARS = Math.ceil((LOGO_MAX_BYTES * 2) / 3) * 4;

export const putLogoInputSchema = z.strictObject({
  mediaType: logoMediaTypeSchema,
  dataBase64: z
    .string()
    .min(1, 'the image is empty')
    .max(BASE64_MAX_CHARS, `the image is larger than ${LOGO_MAX_BYTES / 1024} KB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64: send the image bytes base64-encoded, without a data: prefix'),
});
export type PutLogoInput = z.infer<typeof putLogoInputSchema>;

export const logoSummarySchema = z.object({
  mediaType: logoMediaTypeSchema,
  width: z.number().int(),
  height: z.number().int(),
  byteSize: z.number().int(),
  updatedAt: z.string(),
});
export type LogoSummary = z.infer<typeof logoSummarySchema>;
