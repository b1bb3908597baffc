import type { mastodon } from 'masto';
import type { RawMention } from '../connector.types.ts';
import { htmlToText } from '../html-text.domain.ts';

/**
 * A Mastodon status as a mention. A boost counts as the boosted post. The external id is the
 * ActivityPub `uri`, the same on every instance, so one post seen through two instances is one
 * mention; the local `id` only drives pagination. Counts are what this instance has seen, which
 * for remote posts can be below the truth.
 */
export function statusToMention(status: mastodon.v1.Status, instanceHost: string): RawMention {
  const post = status.reblog ?? status;
  const { account } = post;
  const body = htmlToText(post.content);
  // The content warning is part of what the author wrote, and often names the topic.
  const text = [post.spoilerText.trim(), body].filter((part) => part !== '').join('\n');
  return {
    externalId: post.uri,
    channel: 'mastodon',
    text,
    publishedAt: new Date(post.createdAt).toISOString(),
    url: post.url ?? post.uri,
    author: {
      name: account.displayName.trim() || account.username,
      // Local accounts have a bare `acct`; the full address is what people can look up anywhere.
      handle: account.acct.includes('@') ? account.acct : `${account.acct}@${instanceHost}`,
      url: account.url,
    },
    language: post.language ?? null,
    metrics: {
      likes: post.favouritesCount,
      shares: post.reblogsCount,
      comments: post.repliesCount,
      reach: typeof account.followersCount === 'number' && account.followersCount >= 0 ? account.followersCount : null,
    },
  };
}

/** A hashtag as Mastodon stores it: no `#`, letters, marks (Thai vowels), digits, `_` and `·`. */
export function normaliseHashtag(raw: string): string | null {
  const tag = raw.trim().replace(/^#/, '');
  return /^[\p{L}\p{M}\p{N}_\u00b7\u200c]+$/u.test(tag) ? tag : null;
}
