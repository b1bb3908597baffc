import { XRPCError } from '@atproto/api';
import { AuthExpired, BadResponse, isConnectorError, Rejected } from '../connector-errors.ts';
import { errorForHttpStatus } from '../http-errors.ts';
import { recordLookup } from '../retry-after.domain.ts';

type Context = { target: string; authenticated: boolean; signal?: AbortSignal | undefined };

// XRPC's own status numbers for "no HTTP answer" and "an answer that failed the lexicon".
const NO_RESPONSE = 1;
const INVALID_RESPONSE = 2;
const AUTH_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AccountTakedown', 'AccountDeactivated']);

/** What the atproto client throws, as our errors. The caller's own abort passes through untouched. */
export function blueskyError(error: unknown, context: Context): unknown {
  const { target, authenticated } = context;
  if (context.signal?.aborted) return context.signal.reason;
  if (isConnectorError(error)) return error;
  if (!(error instanceof XRPCError)) return error;
  // Network failures were turned into our errors by the fetch we gave the client; it wraps them.
  if (isConnectorError(error.cause)) return error.cause;
  const said = error.message && error.message !== error.error ? ` The server said: "${error.message}".` : '';
  if (error.status === NO_RESPONSE) return error;
  if (error.status === INVALID_RESPONSE) {
    return new BadResponse(`${target} answered with something that is not a valid search result.${said}`, { target, cause: error });
  }
  if (AUTH_ERRORS.has(error.error)) {
    return new AuthExpired(
      authenticated
        ? `${target} refused the Bluesky login (${error.error}): the app password may have been revoked. Reconnect the account.${said}`
        : `${target} answers only signed-in requests (${error.error}). Add a Bluesky handle and app password for this source.${said}`,
      { target, status: error.status, cause: error },
    );
  }
  if (error.status === 403 && !authenticated) {
    // Bluesky turned off anonymous post search on its public AppView in 2025 (bot load).
    return new AuthExpired(`${target} does not allow post search without signing in (HTTP 403). Add a Bluesky handle and app password for this source.`, {
      target,
      status: 403,
      cause: error,
    });
  }
  if (error.error === 'BadQueryString') {
    return new Rejected(`${target} cannot run this search query (BadQueryString).${said}`, { target, status: error.status, cause: error });
  }
  return errorForHttpStatus({ status: error.status, target, header: recordLookup(error.headers), authenticated, detail: error.message || undefined });
}
