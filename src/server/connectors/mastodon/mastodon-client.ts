import type { mastodon } from 'masto';
import { createActionProxy, HttpActionDispatcher } from 'masto/adapters/action/index.js';
import { HttpActionDispatcherHookMastodon } from 'masto/adapters/action/dispatcher-http-hook-mastodon.js';
import { BaseHttp } from 'masto/adapters/http/index.js';
import { SerializerNativeImpl } from 'masto/adapters/serializers/index.js';
import type { HttpRequestParams, HttpResponse } from 'masto/interfaces/index.js';
import type { AddressPolicy } from '../address-guard.ts';
import { BadResponse } from '../connector-errors.ts';
import { errorForHttpStatus } from '../http-errors.ts';
import { fetchLimited } from '../http-fetch.ts';

export type MastodonClientOptions = {
  origin: string;
  accessToken: string | undefined;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal | undefined;
  addressPolicy?: AddressPolicy | undefined;
};

/**
 * masto's typed client (paths, parameters, camelCase entities, Link pagination) over our own HTTP
 * layer. masto's built-in one loses the status of an error answered with an HTML page (nginx's
 * 502, a 404 at the wrong address: it fails on `undefined` while reading the body), and cannot cap
 * the body size; here every failure becomes one of our typed errors, headers included.
 */
export function createMastodonClient(options: MastodonClientOptions): mastodon.rest.Client {
  const http = new ConnectorHttp(options);
  const dispatcher = new HttpActionDispatcher(http, new HttpActionDispatcherHookMastodon(http));
  return createActionProxy<mastodon.rest.Client>(dispatcher, { context: ['api'] });
}

class ConnectorHttp extends BaseHttp {
  readonly #serializer = new SerializerNativeImpl();
  readonly #options: MastodonClientOptions;

  constructor(options: MastodonClientOptions) {
    super();
    this.#options = options;
  }

  async request<T>(params: HttpRequestParams): Promise<HttpResponse<T>> {
    // Connectors only read; a write here would be a programming error, not a server's answer.
    if (params.method !== 'GET') throw new TypeError(`The listening client only reads; ${params.method} ${params.path} is not allowed.`);
    const { origin, accessToken } = this.#options;
    const url = new URL(params.path, origin);
    if (typeof params.search === 'string') url.search = params.search;
    else if (params.search) url.search = this.#serializer.serialize('querystring', params.search);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    const response = await fetchLimited(url.toString(), { ...this.#options, headers });
    const target = url.host;
    const contentType = response.headers.get('content-type') ?? '';
    const isJson = /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim());
    const text = new TextDecoder().decode(response.body);
    if (response.status >= 400) {
      throw errorForHttpStatus({
        status: response.status,
        target,
        header: (name) => response.headers.get(name),
        authenticated: accessToken !== undefined,
        detail: isJson ? errorField(text) : undefined,
      });
    }
    if (!isJson) {
      const what = /html/i.test(contentType) ? 'a web page' : `"${contentType || 'no content type'}"`;
      throw new BadResponse(`${target} answered ${url.pathname} with ${what} instead of the Mastodon API's JSON; check the instance address.`, {
        target,
        status: response.status,
      });
    }
    try {
      return { headers: response.headers, data: this.#serializer.deserialize<T>('json', text) };
    } catch (error) {
      throw new BadResponse(`${target} sent JSON we cannot read from ${url.pathname}.`, { target, status: response.status, cause: error });
    }
  }
}

/** Mastodon's error body is `{ "error": "…" }`; anything else says nothing useful. */
function errorField(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : undefined;
  } catch {
    return undefined;
  }
}
