import iconv from 'iconv-lite';

export type DecodedFeed = { ok: true; text: string; encoding: string } | { ok: false; encoding: string };

const PROLOG_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/;

/**
 * Bytes to text. A byte-order mark wins; then the XML prolog (`<?xml … encoding="TIS-620"?>`) and
 * the charset of the Content-Type header, when only one speaks or they agree; then UTF-8.
 * When they disagree, the bytes decide: servers stamp `charset=utf-8` on everything while the
 * prolog was written by the program that encoded the feed (old Thai TIS-620 and Big5 feeds), and
 * the opposite slip also happens, so valid UTF-8 is read as UTF-8 and anything else with the
 * declaration that is not UTF-8.
 */
export function decodeFeedBytes(bytes: Uint8Array, headerCharset: string | null): DecodedFeed {
  const encoding = byteOrderMark(bytes) ?? declaredEncoding(bytes, prologEncoding(bytes), headerCharset?.trim() || undefined);
  if (!iconv.encodingExists(encoding)) return { ok: false, encoding };
  return { ok: true, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding: encoding.toLowerCase() };
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function declaredEncoding(bytes: Uint8Array, prolog: string | undefined, header: string | undefined): string {
  if (!prolog || !header) return prolog ?? header ?? 'utf-8';
  if (sameEncoding(prolog, header)) return prolog;
  const utf8Declared = isUtf8Name(prolog) || isUtf8Name(header);
  if (utf8Declared && isValidUtf8(bytes)) return 'utf-8';
  return isUtf8Name(prolog) ? header : prolog;
}

function sameEncoding(a: string, b: string): boolean {
  const canonical = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return canonical(a) === canonical(b);
}

function isUtf8Name(name: string): boolean {
  return sameEncoding(name, 'utf-8');
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function prologEncoding(bytes: Uint8Array): string | undefined {
  // The prolog is ASCII in every encoding a feed would use (UTF-16 ones carry a BOM, handled above).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return PROLOG_ENCODING.exec(head)?.[1];
}
