import { parseCidr, type ParsedCidr } from './cidr.js';
import type { Peer } from '../types/permission.js';

/**
 * What a CIDR peer is, for rules that judge who may connect:
 * - 'any': a prefix of length 0, every address of its family;
 * - 'private': wholly inside the private ranges below;
 * - 'public': everything else, including documentation ranges and CIDRs that
 *   mix private and public space (0.0.0.0/1 holds 10.0.0.0/8, but mostly not).
 */
export type AddressClass = 'any' | 'private' | 'public';

/**
 * Address space that is never reachable from the internet: RFC 1918, shared
 * carrier-grade NAT space (RFC 6598), loopback, link-local, and their IPv6
 * counterparts (unique local fc00::/7, link-local fe80::/10, loopback ::1).
 */
const PRIVATE_RANGES: readonly string[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
];

function parseAll(texts: readonly string[]): ParsedCidr[] {
  return texts.map((t) => {
    const c = parseCidr(t);
    if (!c) throw new Error(`bad CIDR ${t}`);
    return c;
  });
}

const PRIVATE: readonly ParsedCidr[] = parseAll(PRIVATE_RANGES);

/** Whether every address of `inner` lies in the union of `outers` (of any family). */
export function cidrWithin(inner: ParsedCidr, outers: readonly ParsedCidr[]): boolean {
  // Most callers pass an empty trusted-cidrs list: nothing to sort.
  if (outers.length === 0) return false;
  const ranges = outers
    .filter((o) => o.family === inner.family && o.last >= inner.first && o.first <= inner.last)
    .map((o) => [o.first, o.last] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = inner.first;
  for (const [first, last] of ranges) {
    if (first > next) return false;
    if (last >= next) next = last + 1n;
    if (next > inner.last) return true;
  }
  return false;
}

export function isPrivateCidr(c: ParsedCidr): boolean {
  return cidrWithin(c, PRIVATE);
}

const CLASSES = new WeakMap<ParsedCidr, AddressClass>();

/** Parsed CIDRs are shared (parseCidr caches them), so each is classified once. */
export function classifyCidr(c: ParsedCidr): AddressClass {
  let cls = CLASSES.get(c);
  if (cls === undefined) {
    cls = c.prefix === 0 ? 'any' : isPrivateCidr(c) ? 'private' : 'public';
    CLASSES.set(c, cls);
  }
  return cls;
}

/** The parsed CIDR of a CIDR peer; null for groups, prefix lists, self and unknown peers. */
export function peerCidr(peer: Peer): ParsedCidr | null {
  return peer.kind === 'cidr' ? parseCidr(peer.cidr) : null;
}
