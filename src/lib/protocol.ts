import type { Protocol } from '../types/permission.js';

const BY_NAME: Record<string, Protocol> = {
  '-1': 'all',
  all: 'all',
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  'icmp-v6': 'icmpv6',
  '58': 'icmpv6',
};

/**
 * Normalises a protocol as AWS and Terraform accept it: names in any case,
 * numbers, numeric strings. Unknown values (null/undefined) give 'unknown';
 * other protocol numbers stay numbers ('50' for ESP). Returns null for text
 * that is no protocol at all.
 */
export function normaliseProtocol(value: unknown): Protocol | null {
  if (value === null || value === undefined) return 'unknown';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim().toLowerCase();
  } else {
    return null;
  }
  const named = BY_NAME[text];
  if (named) return named;
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    if (n >= 0 && n <= 255) return String(n) as Protocol;
  }
  return null;
}

/** Whether the protocol carries ports (tcp/udp); 'all' reaches every port of them. */
export function hasPorts(protocol: Protocol): boolean {
  return protocol === 'tcp' || protocol === 'udp';
}
