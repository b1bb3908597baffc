import { LOGO_MAX_BYTES, type LogoMediaType } from '../../../shared/api/workspace-logo.schemas.ts';

export type LogoImage = { mediaType: LogoMediaType; width: number; height: number };
export type DocumentLogo = LogoImage & { data: Uint8Array };

export type LogoVerdict = { ok: true; image: LogoImage } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_SIDE = 8192;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const u16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 65536 + u16(bytes, at + 2);

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  // The first chunk of every PNG is IHDR, with the width and height as big-endian 32-bit numbers.
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  // Walk the segments to the first start-of-frame marker (SOF0..SOF15 except DHT, JPG and DAC).
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: u16(bytes, at + 7), height: u16(bytes, at + 5) };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** What a file that is not a PNG or JPEG most likely is, so the refusal can say so. */
function otherKind(bytes: Uint8Array): string | null {
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'a WebP image';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'a GIF image';
  if (/^\s*(<\?xml|<svg)/i.test(ascii(bytes, 0, Math.min(bytes.length, 256)))) return 'an SVG image';
  if (ascii(bytes, 0, 4) === '%PDF') return 'a PDF document';
  return null;
}

/**
 * Checks a logo by its bytes, never by the name or type the client claims. Only PNG and JPEG are
 * taken: both embed in HTML and in Word documents alike (WebP and GIF do not go into DOCX, SVG can
 * carry scripts and external references).
 */
export function inspectLogo(bytes: Uint8Array, claimed: LogoMediaType): LogoVerdict {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { ok: false, message: `the image is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${LOGO_MAX_BYTES / 1024} KB` };
  }
  const isPng = startsWith(bytes, PNG_SIGNATURE);
  const isJpeg = startsWith(bytes, [0xff, 0xd8, 0xff]);
  if (!isPng && !isJpeg) {
    const kind = otherKind(bytes);
    return { ok: false, message: `${kind ? `this is ${kind}, not` : 'this is not'} a PNG or JPEG image; save the logo as PNG or JPEG and upload it again` };
  }
  const mediaType: LogoMediaType = isPng ? 'image/png' : 'image/jpeg';
  if (mediaType !== claimed) return { ok: false, message: `the file is ${mediaType === 'image/png' ? 'a PNG' : 'a JPEG'} image but was sent as ${claimed}` };
  const size = isPng ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return { ok: false, message: `the ${isPng ? 'PNG' : 'JPEG'} image is damaged: its size cannot be read` };
  if (size.width > MAX_SIDE || size.height > MAX_SIDE) return { ok: false, message: `the image is ${size.width}×${size.height} pixels; at most ${MAX_SIDE} pixels a side` };
  return { ok: true, image: { mediaType, ...size } };
}

/** Width and height that fit the box and keep the logo's proportions. */
export function fitInto(image: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height, 1);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}
