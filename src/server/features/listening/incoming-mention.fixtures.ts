import type { IncomingMention } from './mention-analysis.domain.ts';

/** A mention as a source hands it to ingest, with only what a test sets; the rest as a bare post. */
export function incomingMention(text: string, extra: Partial<IncomingMention> = {}): IncomingMention {
  return { text, publishedAt: '2026-03-01T10:00:00Z', author: null, channel: null, url: null, reach: null, likes: null, shares: null, comments: null, ...extra };
}
