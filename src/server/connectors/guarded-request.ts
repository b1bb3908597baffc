import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { type AddressPolicy, assertLiteralHostAllowed, blockedMessage, guardedLookup, PRIVATE_REFUSED, PrivateAddressRefused } from './address-guard.ts';
import { AddressBlocked, Rejected } from './connector-errors.ts';

/*
 * The one way the server calls addresses that workspaces typed (feeds, Mastodon and Bluesky
 * servers, alert webhooks). Plain node:http rather than fetch, because fetch offers no way to
 * choose the lookup its sockets connect with: here every hop, redirects included, connects only
 * to addresses the guard accepted, and redirects are followed by hand (at most five).
 */

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export type GuardedRequestInit = {
  method?: string | undefined;
  headers?: Record<string, string> | undefined;
  body?: string | undefined;
  /** Cancels the whole exchange, body included. */
  signal: AbortSignal;
  /** Refuses the server's own network unless set otherwise. */
  addressPolicy?: AddressPolicy | undefined;
  /** 0 hands a redirect back as it is (alert webhooks go only where the rule says). */
  maxRedirects?: number | undefined;
};

export type GuardedResponse = {
  status: number;
  headers: Headers;
  /** The address that answered, after redirects. */
  url: string;
  /** Decompressed; leaving a `for await` over it early closes the connection. */
  body: Readable;
};

type Hop = { url: URL; method: string; headers: Record<string, string>; body: string | undefined };

export async function guardedRequest(url: string, init: GuardedRequestInit): Promise<GuardedResponse> {
  const policy = init.addressPolicy ?? PRIVATE_REFUSED;
  const maxRedirects = init.maxRedirects ?? MAX_REDIRECTS;
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Socialplan' };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  let hop: Hop = { url: new URL(url), method: (init.method ?? 'GET').toUpperCase(), headers, body: init.body };
  for (let redirects = 0; ; redirects++) {
    let response: IncomingMessage;
    try {
      response = await send(hop, policy, init.signal);
    } catch (error) {
      if (error instanceof PrivateAddressRefused) {
        throw new AddressBlocked(blockedMessage(url, redirects === 0 ? null : hop.url.toString(), error), { target: url, cause: error });
      }
      throw error;
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(status) || location === undefined || maxRedirects === 0) {
      return { status, headers: toHeaders(response.rawHeaders), url: hop.url.toString(), body: decoded(response, hop.method) };
    }
    response.resume();
    if (redirects >= maxRedirects) {
      throw new Rejected(`${url} redirects more than ${maxRedirects} times; use the address it finally leads to.`, { target: url, status });
    }
    hop = nextHop(hop, status, location, url);
  }
}

function send(hop: Hop, policy: AddressPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  assertLiteralHostAllowed(hop.url, policy);
  const headers = hop.body === undefined ? hop.headers : { ...hop.headers, 'content-length': String(Buffer.byteLength(hop.body)) };
  const request = hop.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // No connection pool: a kept-alive socket would skip the lookup that judges the address.
    const outgoing = request(hop.url, { method: hop.method, headers, signal, lookup: guardedLookup(policy), agent: false }, (response) => {
      // Errors after this point reach whoever reads the body; unread (a redirect) they are of no interest.
      response.on('error', () => {});
      resolve(response);
    });
    outgoing.on('error', reject);
    outgoing.end(hop.body);
  });
}

/** Where a redirect leads, with what fetch would send there: GET after a 303 (or a POST's 301/302), no credentials to another origin. */
function nextHop(hop: Hop, status: number, location: string, original: string): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch (error) {
    throw new Rejected(`${original} redirects to "${location}", which is not a valid web address.`, { target: original, status, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Rejected(`${original} redirects to ${url.protocol} addresses, which the server does not follow.`, { target: original, status });
  }
  const toGet = (status === 303 && hop.method !== 'GET' && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
  const drop = [...(toGet ? BODY_HEADERS : []), ...(url.origin !== hop.url.origin ? CREDENTIAL_HEADERS : [])];
  const headers = Object.fromEntries(Object.entries(hop.headers).filter(([name]) => !drop.includes(name)));
  return { url, method: toGet ? 'GET' : hop.method, headers, body: toGet ? undefined : hop.body };
}

function decoded(response: IncomingMessage, method: string): Readable {
  const status = response.statusCode ?? 0;
  if (method === 'HEAD' || status === 204 || status === 304 || response.headers['content-length'] === '0') return response;
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
    : encoding === 'deflate' ? createInflate()
    : encoding === 'br' ? createBrotliDecompress()
    : null;
  if (decoder === null) return response;
  // pipeline destroys the response when the reader leaves early or the data is corrupt.
  return pipeline(response, decoder, () => {});
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] as string, raw[i + 1] as string);
    } catch {
      // A value Headers cannot hold (control characters) is of no use to any connector.
    }
  }
  return headers;
}
