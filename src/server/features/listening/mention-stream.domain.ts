import { Buffer } from 'node:buffer';

/**
 * The stream pages on (published_at desc, id desc). The cursor carries the last row's timestamp as
 * PostgreSQL wrote it (microseconds survive) and its id; clients treat it as opaque.
 */
export type StreamCursor = { publishedAt: string; id: number };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

export function encodeCursor(cursor: StreamCursor): string {
  return Buffer.from(`${cursor.publishedAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** null when the text is not a cursor this server wrote. */
export function decodeCursor(text: string): StreamCursor | null {
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  const bar = decoded.lastIndexOf('|');
  if (bar < 0) return null;
  const publishedAt = decoded.slice(0, bar);
  const id = Number(decoded.slice(bar + 1));
  if (!TIMESTAMP.test(publishedAt) || !Number.isSafeInteger(id) || id < 1) return null;
  return { publishedAt, id };
}

/** A LIKE pattern that finds `text` literally: %, _ and the escape character lose their meaning. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
