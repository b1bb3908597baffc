import { LOGO_MAX_BYTES, type LogoMediaType } from '../../../shared/api/workspace-logo.schemas.ts';

export type LogoFile = { ok: true; mediaType: LogoMediaType; dataBase64: string } | { ok: false; problem: 'tooLarge' | 'wrongType'; sizeKb: number };

/** The type by the first bytes, as the server judges it: a renamed GIF is not a PNG. */
function sniff(bytes: Uint8Array): LogoMediaType | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading 256 KB into one call would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Checks a chosen file before it is sent, so the common mistakes get an answer at once. */
export async function readLogoFile(file: Blob): Promise<LogoFile> {
  const sizeKb = Math.ceil(file.size / 1024);
  if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge', sizeKb };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType = sniff(bytes);
  if (!mediaType) return { ok: false, problem: 'wrongType', sizeKb };
  return { ok: true, mediaType, dataBase64: toBase64(bytes) };
}
