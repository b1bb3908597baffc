/*
 * The channel a mention came from, as one name per network, so "Facebook", "fb" and
 * "facebook.com" count together in the channel chart. Names we do not know are kept (lower case,
 * at most 40 characters); without one, the link's host names it, else the source's default.
 */

const MAX_CHANNEL = 40;

const ALIASES: Record<string, string> = {
  fb: 'facebook',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'fb.com': 'facebook',
  twitter: 'x',
  'twitter.com': 'x',
  'x.com': 'x',
  ig: 'instagram',
  'instagram.com': 'instagram',
  yt: 'youtube',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'm.youtube.com': 'youtube',
  'tiktok.com': 'tiktok',
  'line.me': 'line',
  'line oa': 'line',
  'pantip.com': 'pantip',
  'weibo.com': 'weibo',
  'weibo.cn': 'weibo',
  微博: 'weibo',
  微信: 'wechat',
  'weixin.qq.com': 'wechat',
  'mp.weixin.qq.com': 'wechat',
  小红书: 'xiaohongshu',
  小紅書: 'xiaohongshu',
  'xiaohongshu.com': 'xiaohongshu',
  'threads.net': 'threads',
  'linkedin.com': 'linkedin',
  'reddit.com': 'reddit',
  'bsky.app': 'bluesky',
  'ptt.cc': 'ptt',
  'dcard.tw': 'dcard',
};

function clean(name: string): string {
  const lower = name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/^www\./, '');
  return ALIASES[lower] ?? lower;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function normaliseChannel(channel: string | null, url: string | null, fallback: string): string {
  const named = channel ? clean(channel) : '';
  if (named !== '') return named.slice(0, MAX_CHANNEL);
  const host = hostOf(url);
  const fromHost = host ? clean(host) : '';
  return (fromHost !== '' ? fromHost : clean(fallback) || 'other').slice(0, MAX_CHANNEL);
}
