import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { SourceConfig } from '../../../shared/api/listening.schemas.ts';
import type { ResolveHost } from '../../connectors/address-guard.ts';
import { AppError } from '../../lib/app-error.ts';
import { isPrivateAddress } from '../../connectors/private-address.domain.ts';
import { hostOf, sourceUrls } from './source-address.domain.ts';

const LOOKUP_TIMEOUT_MS = 5_000;

/** Every address the system resolver gives for a host, within a few seconds. */
export const resolveHost: ResolveHost = async (host) => {
  const answers = await Promise.race([
    lookup(host, { all: true, verbatim: true }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`looking up ${host} took too long`)), LOOKUP_TIMEOUT_MS).unref()),
  ]);
  return answers.map((answer) => answer.address);
};

/**
 * Why the server must not fetch `url`, in English, or null when it may. A host that cannot be
 * resolved passes: the fetch then fails with the connector's own clear "could not be resolved".
 * Checked when a source is saved and again before every poll, since DNS answers change; the
 * sockets of the poll check once more as they connect (`connectors/address-guard.ts`).
 */
export async function blockedAddressReason(url: string, resolve: ResolveHost = resolveHost): Promise<string | null> {
  const host = hostOf(url);
  if (host === null || host === '') return null;
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return null;
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked === undefined) return null;
  const where = blocked === host ? host : `${host} (${blocked})`;
  return `${url} points at ${where}, a loopback or private-network address, which sources may not use. An administrator can allow such addresses with ALLOW_PRIVATE_SOURCE_URLS=true.`;
}

/** Refuses a configuration whose addresses reach the server's own network, unless the instance allows it. */
export async function assertSourceAddressesAllowed(config: SourceConfig, allowPrivate: boolean, resolve?: ResolveHost): Promise<void> {
  if (allowPrivate) return;
  for (const { path, url } of sourceUrls(config)) {
    const reason = await blockedAddressReason(url, resolve);
    if (reason !== null) throw new AppError('source_address_blocked', reason, { details: [{ path, message: reason }] });
  }
}
