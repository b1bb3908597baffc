/** Sign-in throttling and session lifetime: plain rules, no I/O. */

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A session's expiry slides forward on use, but at most this often, to spare a write per request. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type Lockout = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/**
 * `emailFailures` and `ipFailures` are the times of failed sign-ins inside the window, oldest first.
 * Blocked until the oldest failure that keeps the count at the limit leaves the window.
 */
export function loginLockout(emailFailures: readonly Date[], ipFailures: readonly Date[], now: Date): Lockout {
  const waits: number[] = [];
  for (const [failures, limit] of [
    [emailFailures, MAX_FAILURES_PER_EMAIL],
    [ipFailures, MAX_FAILURES_PER_IP],
  ] as const) {
    if (failures.length >= limit) {
      const pivot = failures[failures.length - limit];
      if (pivot) waits.push(pivot.getTime() + LOGIN_WINDOW_MS - now.getTime());
    }
  }
  const wait = Math.max(0, ...waits);
  return wait > 0 ? { blocked: true, retryAfterSeconds: Math.ceil(wait / 1000) } : { blocked: false };
}

export function shouldTouchSession(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
