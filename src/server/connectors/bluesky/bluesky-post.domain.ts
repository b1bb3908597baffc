import type { AppBskyFeedDefs } from '@atproto/api';
import type { RawMention } from '../connector.types.ts';

/**
 * When a post counts as published: Bluesky's own `sortAt`, the earlier of the author's
 * `createdAt` (which any client may set, even in the future) and the AppView's `indexedAt`.
 * Search filters and orders by it, so the cursor does too.
 */
export function sortAt(post: AppBskyFeedDefs.PostView): string {
  const indexed = Date.parse(post.indexedAt);
  const created = Date.parse(recordField(post, 'createdAt') ?? '');
  return new Date(Number.isNaN(created) ? indexed : Math.min(created, indexed)).toISOString();
}

/** A search hit as a mention. The `at://` URI is the external id; the link is the bsky.app page. */
export function postToMention(post: AppBskyFeedDefs.PostView): RawMention {
  const { author } = post;
  // A handle that no longer verifies reads "handle.invalid"; the DID still opens the profile.
  const profile = author.handle === 'handle.invalid' ? author.did : author.handle;
  const rkey = post.uri.split('/').at(-1) ?? '';
  const langs = post.record.langs;
  return {
    externalId: post.uri,
    channel: 'bluesky',
    text: (recordField(post, 'text') ?? '').trim(),
    publishedAt: sortAt(post),
    url: `https://bsky.app/profile/${profile}/post/${rkey}`,
    author: { name: author.displayName?.trim() || author.handle, handle: author.handle, url: `https://bsky.app/profile/${profile}` },
    language: Array.isArray(langs) && typeof langs[0] === 'string' ? langs[0] : null,
    metrics: { likes: post.likeCount ?? null, shares: post.repostCount ?? null, comments: post.replyCount ?? null, reach: null },
  };
}

/** `record` is typed `unknown` by the lexicon: read its string fields defensively. */
function recordField(post: AppBskyFeedDefs.PostView, name: 'text' | 'createdAt'): string | undefined {
  const value = (post.record as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A Bluesky hashtag: no `#`, no spaces, at most 64 characters (the app's own limit). */
export function normaliseBlueskyTag(raw: string): string | null {
  const tag = raw.trim().replace(/^#/, '');
  return tag !== '' && !/[\s#]/u.test(tag) && [...tag].length <= 64 ? tag : null;
}

/**
 * Walking search results (newest first, an opaque server cursor) between fetches: `floor` is
 * the newest `sortAt` of the last completed poll, sent as `since` so the server stops there.
 */
export type SearchWalk = { floor?: string; page?: string; top?: string };

export function stepSearchWalk(
  state: SearchWalk,
  posts: readonly AppBskyFeedDefs.PostView[],
  serverCursor: string | undefined,
  bounded: boolean,
): { next: SearchWalk; hasMore: boolean } {
  const top = [state.top, ...posts.map(sortAt)].filter((time): time is string => time !== undefined).sort().at(-1);
  // A first poll with no `since` takes the newest page only, rather than the whole history.
  if (serverCursor && posts.length > 0 && bounded) {
    return { next: { ...(state.floor && { floor: state.floor }), page: serverCursor, ...(top && { top }) }, hasMore: true };
  }
  const floor = top ?? state.floor;
  return { next: floor ? { floor } : {}, hasMore: false };
}
