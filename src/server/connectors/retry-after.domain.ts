/** Reads a response header by name, case-insensitively (a `Headers.get` or a lookup in a plain map). */
export type HeaderLookup = (name: string) => string | null | undefined;

// Reset headers carry either seconds from now (IETF RateLimit draft) or a Unix time (Bluesky,
// GitHub); no delay we would honour is anywhere near a billion seconds, so the size tells them apart.
const UNIX_TIME_THRESHOLD = 1_000_000_000;

/**
 * How long the server asked us to wait, in milliseconds, or undefined when it did not say.
 * `Retry-After` (seconds or an HTTP date) wins; then Mastodon's `X-RateLimit-Reset` (an ISO time)
 * and Bluesky's `RateLimit-Reset` (a Unix time). A time already past means "now": 0.
 */
export function retryAfterMs(header: HeaderLookup, nowMs: number): number | undefined {
  for (const name of ['retry-after', 'x-ratelimit-reset', 'ratelimit-reset']) {
    const value = header(name)?.trim();
    if (!value) continue;
    const waitMs = parseWait(value, nowMs, name === 'retry-after');
    if (waitMs !== undefined) return waitMs;
  }
  return undefined;
}

function parseWait(value: string, nowMs: number, isRetryAfter: boolean): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value);
    if (!isRetryAfter && seconds >= UNIX_TIME_THRESHOLD) return Math.max(0, seconds * 1000 - nowMs);
    return Math.round(seconds * 1000);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** A header lookup over a plain record whose keys may have any case (XRPC errors carry one). */
export function recordLookup(headers: Record<string, string | undefined> | undefined): HeaderLookup {
  const lower = new Map(Object.entries(headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  return (name) => lower.get(name.toLowerCase());
}
