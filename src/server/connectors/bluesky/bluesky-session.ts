import type { AtpAgent, AtpSessionData } from '@atproto/api';
import type { AddressPolicy } from '../address-guard.ts';
import { fetchLimited } from '../http-fetch.ts';

export type BlueskyCredentials = { identifier: string; appPassword: string };

/** What we keep between fetches so that not every poll logs in (createSession is rate limited per account). */
type StoredSession = { v: 1; identifier: string; service: string; pdsUrl?: string; data: AtpSessionData };

/**
 * Signs the agent in: with the stored session when it belongs to these credentials and this
 * service (the agent refreshes an expired access token by itself), else with the app password.
 * Returns whether a stored session was used, so a refused one can be replaced by a fresh login.
 */
export async function signIn(agent: AtpAgent, credentials: BlueskyCredentials, stored: string | null | undefined): Promise<boolean> {
  const session = readSession(stored);
  if (session && session.identifier === credentials.identifier && session.service === agent.serviceUrl.toString()) {
    agent.sessionManager.session = session.data;
    if (session.pdsUrl) agent.sessionManager.pdsUrl = new URL(session.pdsUrl);
    return true;
  }
  await logIn(agent, credentials);
  return false;
}

export async function logIn(agent: AtpAgent, credentials: BlueskyCredentials): Promise<void> {
  await agent.login({ identifier: credentials.identifier, password: credentials.appPassword });
}

export function writeSession(agent: AtpAgent, credentials: BlueskyCredentials): string | null {
  const data = agent.session;
  if (!data) return null;
  const stored: StoredSession = {
    v: 1,
    identifier: credentials.identifier,
    service: agent.serviceUrl.toString(),
    ...(agent.pdsUrl && { pdsUrl: agent.pdsUrl.toString() }),
    data,
  };
  return JSON.stringify(stored);
}

function readSession(stored: string | null | undefined): StoredSession | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<StoredSession>;
    const data = value.data;
    const usable = value.v === 1 && typeof value.identifier === 'string' && typeof value.service === 'string' && typeof data?.accessJwt === 'string' && typeof data.refreshJwt === 'string' && typeof data.did === 'string';
    return usable ? (value as StoredSession) : null;
  } catch {
    // A session from another version: log in again.
    return null;
  }
}

/**
 * The `fetch` the atproto client uses: our deadline, size cap and address guard on every request,
 * including the login, the token refresh and the PDS the account's DID document names, and the
 * job's cancellation.
 */
export function limitedFetch(limits: { timeoutMs: number; maxBytes: number; signal?: AbortSignal | undefined; addressPolicy?: AddressPolicy | undefined }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const signals = [init?.signal ?? undefined, limits.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = await fetchLimited(request.url, {
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.maxBytes,
      method: request.method,
      body: hasBody ? await request.text() : undefined,
      headers: Object.fromEntries(request.headers),
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
      addressPolicy: limits.addressPolicy,
    });
    const nullBody = [101, 204, 205, 304].includes(response.status);
    return new Response(nullBody ? null : response.body, { status: response.status, headers: response.headers });
  };
}
