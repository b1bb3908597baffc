import type { AddressPolicy } from './address-guard.ts';
import { type ConnectorError, isConnectorError, Rejected, Unavailable } from './connector-errors.ts';
import { type GuardedResponse, guardedRequest } from './guarded-request.ts';

/** A user-given address, refused early with a clear message unless it is absolute http(s). */
export function parseHttpUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    throw new Rejected(`${what} "${raw}" is not a valid web address.`, { target: raw, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Rejected(`${what} "${raw}" must start with https:// or http://.`, { target: raw });
  }
  return url;
}

export type LimitedResponse = { status: number; headers: Headers; body: Uint8Array<ArrayBuffer>; url: string };

export type FetchLimits = {
  timeoutMs: number;
  maxBytes: number;
  /** GET unless set; a body goes only with other methods (a login). */
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** The caller's own cancellation: aborting it rethrows its reason instead of a connector error. */
  signal?: AbortSignal | undefined;
  /** Whether the server's own network may be reached; refused when not given. */
  addressPolicy?: AddressPolicy | undefined;
};

/**
 * A request with a deadline over the whole exchange (connect, headers and body) and a cap on the body,
 * read as it streams so a huge or endless answer is cut off early. Every hop connects only where the
 * address policy allows (`guarded-request.ts`). Network failures become `Unavailable`, a private
 * address `AddressBlocked`; HTTP statuses are left to the caller.
 */
export async function fetchLimited(url: string, limits: FetchLimits): Promise<LimitedResponse> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([limits.signal, timeout]) : timeout;
  try {
    const response = await guardedRequest(url, { method: limits.method, body: limits.body, headers: limits.headers, signal, addressPolicy: limits.addressPolicy });
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      response.body.destroy();
      throw tooLarge(url, limits.maxBytes);
    }
    const body = await readCapped(response, limits.maxBytes, url);
    return { status: response.status, headers: response.headers, body, url: response.url };
  } catch (error) {
    throw networkError(error, url, { ...limits, timedOut: timeout.aborted });
  }
}

async function readCapped(response: GuardedResponse, maxBytes: number, url: string): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    // Leaving the loop destroys the stream, so the rest is never downloaded.
    if (total > maxBytes) throw tooLarge(url, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(url: string, maxBytes: number): Rejected {
  return new Rejected(`${url} sent more than ${formatMegabytes(maxBytes)}, the most a source may send in one answer.`, { target: url });
}

/** Turns what a request throws into our errors; the caller's own abort passes through unchanged. */
export function networkError(error: unknown, target: string, limits: { timeoutMs: number; signal?: AbortSignal | undefined; timedOut?: boolean }): unknown {
  if (limits.signal?.aborted) return limits.signal.reason;
  if (isConnectorError(error)) return error;
  if (limits.timedOut || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    return new Unavailable(`${target} did not answer within ${formatSeconds(limits.timeoutMs)}.`, { target, cause: error });
  }
  return unreachable(error, target);
}

function unreachable(error: unknown, target: string): ConnectorError {
  const code = errorCode(error);
  const reason =
    code === 'ECONNREFUSED' ? 'the connection was refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'its host name could not be resolved'
    : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'the connection was cut'
    : code?.startsWith('CERT_') || code?.includes('TLS') || code?.includes('SSL') ? 'its TLS certificate could not be verified'
    : 'the network request failed';
  return new Unavailable(`Could not reach ${target}: ${reason}${code ? ` (${code})` : ''}.`, { target, cause: error });
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${Math.round((bytes / 1_048_576) * 10) / 10} MB` : `${bytes} bytes`;
}
