import { hash } from 'node:crypto';
import type { MentionField } from './column-mapping.domain.ts';
import type { RejectionReason } from './import-problems.domain.ts';
import { parseCount } from './mention-count.domain.ts';
import { type DateOptions, parseMentionDate } from './mention-date.domain.ts';

/*
 * One mapped row of a file → a candidate mention, or the reason it is skipped.
 * Identity: a mapped id wins (scoped by channel: two networks can both have a post 123); without
 * one, a hash of text, author and instant, so importing the same file again yields the same ids
 * and the store adds nothing. `contentHash` (text + author only) finds the same post arriving from
 * two sources; analysis works it out (mention-analysis.domain.ts), on the analysis threads, from
 * the text as stored, so a candidate does not carry one.
 * Emoji-only text is a real mention ("🔥🔥🔥" under a launch post) and is kept; text that is empty or
 * only invisible characters is not; text holding U+FFFD lost characters in decoding (wrong encoding
 * or a damaged file) and is skipped rather than stored damaged.
 */

export type MentionValues = Partial<Record<MentionField, string>>;

export type CandidateMention = {
  externalId: string;
  text: string;
  publishedAt: string | null;
  author: string | null;
  channel: string | null;
  url: string | null;
  reach: number | null;
  likes: number | null;
  shares: number | null;
  comments: number | null;
};

export type RowOutcome = { ok: true; mention: CandidateMention } | { ok: false; reason: RejectionReason; message: string };

const COUNT_FIELDS = ['reach', 'likes', 'shares', 'comments'] as const;
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff\u00ad]/;
const NO_VALUE = new Set(['', '-', 'n/a', 'null', 'none']);

/** 132 bits of SHA-256 as 22 characters; the one-shot `hash` is about twice as fast as a Hash object. */
function shortHash(text: string): string {
  return hash('sha256', text, 'base64url').slice(0, 22);
}

function collapse(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  // Testing first is several times faster than always replacing: most posts have single spaces only.
  return (/\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

/** A source without ids of its own: the same text, author and time give the same id again. */
export function fallbackExternalId(text: string, author: string | null, publishedAt: string | null): string {
  return `hash:${shortHash(`${text}\u0000${author ?? ''}\u0000${publishedAt ?? ''}`)}`;
}

/** Same post, same author, whatever the source: NFKC, lower case, white space collapsed. */
export function contentHash(text: string, author: string | null): string {
  return shortHash(`${collapse(text)}\u0000${collapse(author ?? '')}`);
}

function optional(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function parseUrl(raw: string | undefined): { ok: true; url: string | null } | { ok: false; message: string } {
  const text = raw?.trim() ?? '';
  if (NO_VALUE.has(text.toLowerCase())) return { ok: true, url: null };
  // Exports often drop the scheme: "www.pantip.com/topic/1", "facebook.com/page/posts/1".
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(withScheme);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, url: url.href };
  } catch {
    // not a URL: the message below says so
  }
  return { ok: false, message: `url: "${text.slice(0, 100)}" is not a web address` };
}

function channelOf(value: string | undefined, url: string | null): string | null {
  const named = optional(value);
  if (named) return named;
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

export function toMention(values: MentionValues, options: DateOptions): RowOutcome {
  const text = values.text?.trim() ?? '';
  if (!VISIBLE.test(text)) return { ok: false, reason: 'empty_text', message: 'the text is empty' };
  if (text.includes('\ufffd')) {
    return { ok: false, reason: 'undecodable_text', message: 'the text holds characters that could not be decoded (is the encoding right?)' };
  }
  let publishedAt: string | null = null;
  if (values.date !== undefined) {
    if (values.date.trim() === '') return { ok: false, reason: 'missing_date', message: 'the date is empty' };
    const date = parseMentionDate(values.date, options);
    if (!date.ok) return { ok: false, reason: 'invalid_date', message: `date: ${date.message}` };
    publishedAt = date.iso;
  }
  const counts: Record<(typeof COUNT_FIELDS)[number], number | null> = { reach: null, likes: null, shares: null, comments: null };
  for (const field of COUNT_FIELDS) {
    const raw = values[field];
    if (raw === undefined) continue;
    const count = parseCount(raw);
    if (!count.ok) return { ok: false, reason: 'invalid_number', message: `${field}: ${count.message}` };
    counts[field] = count.value;
  }
  const url = parseUrl(values.url);
  if (!url.ok) return { ok: false, reason: 'invalid_url', message: url.message };
  const author = optional(values.author);
  const channel = channelOf(values.channel, url.url);
  const id = optional(values.id);
  const externalId = id ? `id:${channel ? `${channel.toLowerCase()}/` : ''}${id}` : fallbackExternalId(text, author, publishedAt);
  return {
    ok: true,
    mention: { externalId, text, publishedAt, author, channel, url: url.url, ...counts },
  };
}
