import { parseCidr, type ParsedCidr } from '../lib/cidr.js';
import { formatRange, parsePortRange, type PortRange } from '../lib/ports.js';
import type { RuleOptions } from './types.js';

/**
 * Rule options: what the configuration file may set at top level, and which
 * rules read each one. The config loader validates with the same readers the
 * rules use, so a value a rule would reject never gets past the loader.
 */
export const OPTION_NAMES = ['trusted-cidrs', 'allowed-public-ports', 'max-public-prefix', 'max-port-range'] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

export const OPTION_RULES: Readonly<Record<OptionName, readonly string[]>> = {
  'trusted-cidrs': ['admin-port-by-cidr', 'admin-port-from-untrusted', 'database-by-cidr', 'wide-public-cidr'],
  'allowed-public-ports': ['public-port-not-allowed'],
  'max-public-prefix': ['wide-public-cidr'],
  'max-port-range': ['wide-port-range'],
};

interface MaxPublicPrefix {
  ipv4: number;
  ipv6: number;
}

export const DEFAULT_ALLOWED_PUBLIC_PORTS: readonly number[] = [80, 443];
export const DEFAULT_MAX_PUBLIC_PREFIX: Readonly<MaxPublicPrefix> = { ipv4: 24, ipv6: 56 };
export const DEFAULT_MAX_PORT_RANGE = 100;

/** A reader's verdict: the value, or what is wrong with it (one line, without the key). */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = <T>(error: string): Read<T> => ({ ok: false, error });
const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

export function readTrustedCidrs(v: unknown): Read<ParsedCidr[]> {
  if (!Array.isArray(v)) return fail(`must be a list of CIDRs (e.g. ["203.0.113.0/24"]), not ${show(v)}`);
  const out: ParsedCidr[] = [];
  for (const [i, item] of v.entries()) {
    const c = typeof item === 'string' ? parseCidr(item) : null;
    if (!c) return fail(`[${i}] ${show(item)} is not a CIDR (e.g. 203.0.113.0/24 or 2001:db8::/48)`);
    if (c.prefix === 0) return fail(`[${i}] ${show(item)} is the whole internet, which cannot be trusted`);
    out.push(c);
  }
  return { ok: true, value: out };
}

export function readPortList(v: unknown): Read<PortRange[]> {
  if (!Array.isArray(v)) return fail(`must be a list of ports or ranges (e.g. [80, 443, "8000-8080"]), not ${show(v)}`);
  const out: PortRange[] = [];
  for (const [i, item] of v.entries()) {
    const r = typeof item === 'number' || typeof item === 'string' ? parsePortRange(item) : null;
    if (!r) return fail(`[${i}] ${show(item)} is not a port (0-65535) or a range such as "8000-8080"`);
    out.push(r);
  }
  return { ok: true, value: out };
}

function prefixIn(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}

export function readMaxPublicPrefix(v: unknown): Read<MaxPublicPrefix> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(`must be a mapping such as {ipv4: 24, ipv6: 56}, not ${show(v)}`);
  const obj = v as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'ipv4' && key !== 'ipv6') return fail(`has unknown key "${key}" (known: ipv4, ipv6)`);
  }
  const value = { ...DEFAULT_MAX_PUBLIC_PREFIX };
  if (obj.ipv4 !== undefined) {
    if (!prefixIn(obj.ipv4, 32)) return fail(`.ipv4 must be a prefix length from 0 to 32, not ${show(obj.ipv4)}`);
    value.ipv4 = obj.ipv4;
  }
  if (obj.ipv6 !== undefined) {
    if (!prefixIn(obj.ipv6, 128)) return fail(`.ipv6 must be a prefix length from 0 to 128, not ${show(obj.ipv6)}`);
    value.ipv6 = obj.ipv6;
  }
  return { ok: true, value };
}

export function readMaxPortRange(v: unknown): Read<number> {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 65536) return fail(`must be a whole number of ports from 1 to 65536, not ${show(v)}`);
  return { ok: true, value: v };
}

export const OPTION_READERS: { readonly [K in OptionName]: (v: unknown) => Read<unknown> } = {
  'trusted-cidrs': readTrustedCidrs,
  'allowed-public-ports': readPortList,
  'max-public-prefix': readMaxPublicPrefix,
  'max-port-range': readMaxPortRange,
};

/**
 * An option as a rule reads it: the default when unset; a bad value (which
 * the config loader never lets through) is a programming error.
 */
export function option<T>(options: RuleOptions, name: OptionName, read: (v: unknown) => Read<T>, fallback: T): T {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const r = read(raw);
  if (!r.ok) throw new Error(`option ${name} ${r.error}`);
  return r.value;
}

/** A port list in words, for messages: "80, 443", or "none". */
export function describePorts(ranges: readonly PortRange[]): string {
  return ranges.length === 0 ? 'none' : ranges.map(formatRange).join(', ');
}
