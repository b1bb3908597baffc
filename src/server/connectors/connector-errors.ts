/**
 * The only errors a connector throws. The job reads `code` and `retryable` (never the message,
 * which is for people: it names the address and what went wrong, in English).
 */

export type ConnectorErrorCode = 'auth_expired' | 'rate_limited' | 'rejected' | 'unavailable' | 'bad_response' | 'address_blocked';

type ConnectorErrorOptions = {
  /** The URL or host the problem is about. */
  target: string;
  /** HTTP status when the server answered. */
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
};

export abstract class ConnectorError extends Error {
  abstract readonly code: ConnectorErrorCode;
  /** Whether trying again later can succeed without anyone changing the source. */
  abstract readonly retryable: boolean;
  readonly target: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: ConnectorErrorOptions) {
    super(message, { cause: options.cause });
    this.target = options.target;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Credentials are missing, expired or revoked: someone has to reconnect the account. */
export class AuthExpired extends ConnectorError {
  readonly code = 'auth_expired';
  readonly retryable = false;
  override readonly name = 'AuthExpired';
}

/** The server asks us to slow down; `retryAfterMs` says for how long when it told us. */
export class RateLimited extends ConnectorError {
  readonly code = 'rate_limited';
  readonly retryable = true;
  override readonly name = 'RateLimited';
}

/** The request will not succeed as it is (unknown address, bad query, forbidden): fix the source. */
export class Rejected extends ConnectorError {
  readonly code = 'rejected';
  readonly retryable = false;
  override readonly name = 'Rejected';
}

/** The server failed, timed out or could not be reached: likely to pass. */
export class Unavailable extends ConnectorError {
  readonly code = 'unavailable';
  readonly retryable = true;
  override readonly name = 'Unavailable';
}

/**
 * The address, or one it redirects to, leads into the server's own network (loopback, private,
 * link-local), which the instance does not allow: refused when the socket was about to connect.
 */
export class AddressBlocked extends ConnectorError {
  readonly code = 'address_blocked';
  readonly retryable = false;
  override readonly name = 'AddressBlocked';
}

/**
 * The server answered with something we cannot read (a web page instead of a feed, broken JSON or
 * XML). Retried, because a maintenance page or a half-deployed server goes away on its own.
 */
export class BadResponse extends ConnectorError {
  readonly code = 'bad_response';
  readonly retryable = true;
  override readonly name = 'BadResponse';
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
