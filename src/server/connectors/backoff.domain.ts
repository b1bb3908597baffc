export type BackoffPolicy = {
  /** The wait after the first failure. */
  baseMs: number;
  /** No computed wait is longer than this. */
  maxMs: number;
  /** A server's own Retry-After is honoured up to this, then capped (a daily quota, a typo). */
  maxRetryAfterMs: number;
};

/** For a source polled every few minutes: 30 s, 1 min, 2 min … at most 6 h between tries. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 6 * 60 * 60_000, maxRetryAfterMs: 24 * 60 * 60_000 };

/**
 * How long to wait before try `attempt` + 1, after `attempt` consecutive failures (1 = the first).
 * Exponential with "equal jitter" (half fixed, half random), so sources that failed together do
 * not all come back in the same second, yet the wait never shrinks below half the step. When the
 * server said how long to wait, we wait at least that long (plus a little jitter of our own, so
 * every source limited by one reset does not return at that instant) and at least the step.
 * `random` is injected so tests are exact.
 */
export function retryDelayMs(
  input: { attempt: number; retryAfterMs?: number | undefined },
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const attempt = Math.max(1, Math.floor(input.attempt));
  // 2 ** 40 already dwarfs any cap; bounding the exponent keeps the arithmetic finite.
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt - 1, 40));
  const jittered = step / 2 + random() * (step / 2);
  if (input.retryAfterMs === undefined) return Math.round(jittered);
  const asked = Math.min(Math.max(0, input.retryAfterMs), policy.maxRetryAfterMs);
  const spread = random() * Math.min(asked * 0.1, 30_000);
  return Math.round(Math.max(asked + spread, jittered));
}
