import ipaddr from 'ipaddr.js';

export interface ParsedCidr {
  family: 4 | 6;
  /** Normalised network/prefix with host bits cleared, e.g. "10.0.0.0/8", "::/0". */
  cidr: string;
  prefix: number;
  /** First and last address as integers, for range maths. */
  first: bigint;
  last: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

function toBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/**
 * Parses a CIDR the way AWS reads it: IPv4 in strict dotted-decimal, IPv6 in
 * any spelling (`::/0`, `0::0/0`, `0:0:0:0:0:0:0:0/0`), host bits allowed and
 * cleared. A bare address counts as a host route (/32 or /128).
 * Returns null for anything else.
 */
export function parseCidr(text: string): ParsedCidr | null {
  // Real plans repeat a handful of CIDRs thousands of times.
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParsedCidr | null>();

function parseUncached(text: string): ParsedCidr | null {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  const addrText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? null : trimmed.slice(slash + 1);
  let family: 4 | 6;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(addrText)) {
    family = 4;
    addr = ipaddr.IPv4.parse(addrText);
  } else if (ipaddr.IPv6.isValid(addrText) && addrText.includes(':')) {
    family = 6;
    addr = ipaddr.IPv6.parse(addrText);
  } else {
    return null;
  }
  const bits = BITS[family];
  let prefix: number = bits;
  if (prefixText !== null) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > bits) return null;
  }
  const value = toBigInt(addr.toByteArray());
  const hostBits = BigInt(bits - prefix);
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << hostBits) - 1n);
  const first = value & mask;
  const last = first | ((1n << hostBits) - 1n);
  const network = family === 4 ? ipaddr.IPv4.networkAddressFromCIDR(`${addrText}/${prefix}`) : ipaddr.IPv6.networkAddressFromCIDR(`${addrText}/${prefix}`);
  return { family, cidr: `${network.toString()}/${prefix}`, prefix, first, last };
}

/**
 * Whether the union of `cidrs` (all of one family) covers the whole address
 * family, e.g. 0.0.0.0/1 + 128.0.0.0/1.
 */
export function coversWholeFamily(cidrs: readonly ParsedCidr[], family: 4 | 6): boolean {
  const ranges = cidrs.filter((c) => c.family === family).map((c) => [c.first, c.last] as const);
  if (ranges.length === 0) return false;
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const end = (1n << BigInt(BITS[family])) - 1n;
  let next = 0n;
  for (const [first, last] of ranges) {
    if (first > next) return false;
    if (last + 1n > next) next = last + 1n;
    if (next > end) return true;
  }
  return false;
}
