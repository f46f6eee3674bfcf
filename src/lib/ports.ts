import type { Permission, Protocol } from '../types/permission.js';
import { hasPorts } from './protocol.js';

export const MIN_PORT = 0;
export const MAX_PORT = 65535;

/** A port or an inclusive range, as rules and config write them: 22, "5900-5903". */
export interface PortRange {
  from: number;
  to: number;
}

export function parsePortRange(spec: number | string): PortRange | null {
  if (typeof spec === 'number') {
    return Number.isInteger(spec) && spec >= MIN_PORT && spec <= MAX_PORT ? { from: spec, to: spec } : null;
  }
  const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(spec);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to || to > MAX_PORT) return null;
  return { from, to };
}

/**
 * Does the permission let `protocol` traffic reach any port in `range`?
 * AWS semantics: protocol 'all' reaches every port of every protocol; tcp/udp
 * reach their from-to range; ICMP and other protocols have no ports.
 * Unknown ports never match: they are reported apart, not guessed.
 */
export function reachesPorts(p: Permission, protocol: 'tcp' | 'udp', range: PortRange): boolean {
  if (p.protocol === 'all') return true;
  if (p.protocol !== protocol) return false;
  if (p.fromPort === null || p.toPort === null) return false;
  return p.fromPort <= range.to && p.toPort >= range.from;
}

/** The ports of `range` that the permission reaches, for messages (e.g. 22 out of 20-25). */
export function overlap(p: Permission, range: PortRange): PortRange | null {
  const from = p.fromPort ?? MIN_PORT;
  const to = p.toPort ?? MAX_PORT;
  const lo = Math.max(from, range.from);
  const hi = Math.min(to, range.to);
  return lo <= hi ? { from: lo, to: hi } : null;
}

/** Every port of every protocol, or every port of tcp or udp. */
export function isAllTraffic(p: Pick<Permission, 'protocol' | 'fromPort' | 'toPort'>): boolean {
  if (p.protocol === 'all') return true;
  return hasPorts(p.protocol) && p.fromPort === MIN_PORT && p.toPort === MAX_PORT;
}

export function formatRange(r: PortRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

export interface Traffic {
  protocol: Protocol | null;
  fromPort: number | null;
  toPort: number | null;
}

/** Well-known IANA protocol numbers that AWS security groups are used with. */
const PROTOCOL_NAMES: Record<string, string> = {
  '4': 'ipv4-in-ipv4',
  '41': 'ipv6-in-ipv4',
  '47': 'gre',
  '50': 'esp',
  '51': 'ah',
  '132': 'sctp',
};

/**
 * Protocol and ports in words, for messages and every renderer: `22/tcp`, `20-25/udp`, `all ports/tcp`, `ports unknown/tcp` (ports
 * not known until apply), `all traffic` (protocol all/-1), `icmp`, `icmpv6`,
 * `protocol 50 (esp)`, `protocol unknown`. Null when the finding has no
 * protocol (group-level findings).
 */
export function describeTraffic(traffic: Traffic): string | null {
  const { protocol, fromPort, toPort } = traffic;
  switch (protocol) {
    case null:
      return null;
    case 'all':
      return 'all traffic';
    case 'icmp':
    case 'icmpv6':
      return protocol;
    case 'unknown':
      return 'protocol unknown';
    case 'tcp':
    case 'udp':
      if (fromPort == null || toPort == null) return `ports unknown/${protocol}`;
      if (fromPort <= MIN_PORT && toPort >= MAX_PORT) return `all ports/${protocol}`;
      if (fromPort === toPort) return `${fromPort}/${protocol}`;
      return `${fromPort}-${toPort}/${protocol}`;
    default: {
      // Other IANA protocols have no ports in AWS: the whole protocol is allowed.
      const name = PROTOCOL_NAMES[protocol];
      return name ? `protocol ${protocol} (${name})` : `protocol ${protocol}`;
    }
  }
}
