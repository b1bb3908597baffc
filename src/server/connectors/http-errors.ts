import { AuthExpired, type ConnectorError, RateLimited, Rejected, Unavailable } from './connector-errors.ts';
import { type HeaderLookup, retryAfterMs } from './retry-after.domain.ts';

export type HttpFailure = {
  status: number;
  /** What the message names: the URL or the host. */
  target: string;
  header: HeaderLookup;
  /** Whether we sent credentials, which decides what a 401 means. */
  authenticated: boolean;
  /** The server's own words, when it gave any (a JSON `error` field). */
  detail?: string | undefined;
  now?: number;
};

/** The typed error for an HTTP error status; connectors refine the few cases their API defines. */
export function errorForHttpStatus(failure: HttpFailure): ConnectorError {
  const { status, target } = failure;
  const options = { target, status };
  const said = failure.detail ? ` The server said: "${truncate(failure.detail)}".` : '';
  if (status === 401) {
    return new AuthExpired(
      failure.authenticated
        ? `${target} refused our credentials (HTTP 401): they have expired or been revoked. Reconnect the account.${said}`
        : `${target} answers only signed-in requests (HTTP 401). Add credentials for this source.${said}`,
      options,
    );
  }
  if (status === 429) {
    const waitMs = retryAfterMs(failure.header, failure.now ?? Date.now());
    const when = waitMs === undefined ? 'it did not say for how long' : `it asks us to wait ${describeWait(waitMs)}`;
    return new RateLimited(`${target} is limiting our requests (HTTP 429); ${when}.${said}`, { ...options, retryAfterMs: waitMs });
  }
  if (status === 408 || status >= 500) {
    const waitMs = status === 503 ? retryAfterMs(failure.header, failure.now ?? Date.now()) : undefined;
    return new Unavailable(`${target} failed with HTTP ${status}; it is probably down for a while.${said}`, { ...options, retryAfterMs: waitMs });
  }
  if (status === 404 || status === 410) {
    return new Rejected(`${target} was not found (HTTP ${status}). Check the address.${said}`, options);
  }
  if (status === 403) return new Rejected(`${target} refused access (HTTP 403).${said}`, options);
  return new Rejected(`${target} refused the request (HTTP ${status}).${said}`, options);
}

/** "45 s", "12 min", "3 h": rough on purpose, it is read by people. */
function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
