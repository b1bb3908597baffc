import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { bareHost, isPrivateAddress } from './private-address.domain.ts';

/*
 * The refusal of private addresses, where it cannot be dodged: in the lookup the socket itself
 * connects with. A check before the request could be answered differently by DNS a moment later
 * (rebinding), and would not see where a redirect leads; this one judges every address a socket
 * of ours is about to connect to, on every hop.
 */

export type ResolveHost = (host: string) => Promise<string[]>;

export type AddressPolicy = {
  /** ALLOW_PRIVATE_SOURCE_URLS: the instance may reach its own network. */
  allowPrivate: boolean;
  /** Stands in for DNS (tests: a public-looking name that resolves to 127.0.0.1). */
  resolve?: ResolveHost | undefined;
  /** Tests only: lets a second loopback address play a public server. */
  isPrivate?: ((address: string) => boolean) | undefined;
};

/** What a request gets when its caller says nothing: the server's own network is refused. */
export const PRIVATE_REFUSED: AddressPolicy = { allowPrivate: false };

/** Raised where the socket would connect; the request turns it into the caller's error, naming the URL. */
export class PrivateAddressRefused extends Error {
  override readonly name = 'PrivateAddressRefused';
  readonly host: string;
  readonly address: string;

  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a loopback or private-network address`);
    this.host = host;
    this.address = address;
  }
}

/** A socket connects to an IP written in the URL without any lookup, so those are judged here. */
export function assertLiteralHostAllowed(url: URL, policy: AddressPolicy): void {
  const host = bareHost(url);
  if (policy.allowPrivate || isIP(host) === 0) return;
  if ((policy.isPrivate ?? isPrivateAddress)(host)) throw new PrivateAddressRefused(host, host);
}

async function resolveAll(hostname: string, options: { family?: number | string | undefined; hints?: number | undefined }, policy: AddressPolicy): Promise<LookupAddress[]> {
  const all = policy.resolve
    ? (await policy.resolve(hostname)).map((address) => ({ address, family: isIP(address) }))
    : await dnsLookup(hostname, { all: true, order: 'verbatim', hints: options.hints });
  const isPrivate = policy.isPrivate ?? isPrivateAddress;
  // Any private answer refuses the name: which answer the socket picks is not ours to choose.
  const blocked = policy.allowPrivate ? undefined : all.find((answer) => isPrivate(answer.address));
  if (blocked) throw new PrivateAddressRefused(hostname, blocked.address);
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
  const usable = family === 4 || family === 6 ? all.filter((answer) => answer.family === family) : all;
  if (usable.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
  return usable;
}

/** The `lookup` for `net.connect`: resolves as the system would, refusing private answers unless allowed. */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname, options, policy).then(
      (addresses) => {
        const [first] = addresses;
        if (options.all) callback(null, addresses);
        else if (first) callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/** What people read when a request was refused: the address asked for, the redirect that led away (if any), where it led, and who can allow it. */
export function blockedMessage(target: string, redirectedTo: string | null, refused: PrivateAddressRefused): string {
  const where = refused.host === refused.address ? refused.host : `${refused.host} (${refused.address})`;
  const via = redirectedTo === null ? '' : ` redirects to ${redirectedTo}, which`;
  return (
    `${target}${via} leads to ${where}, a loopback or private-network address, which the server does not contact. ` +
    'An administrator can allow such addresses with ALLOW_PRIVATE_SOURCE_URLS=true.'
  );
}
