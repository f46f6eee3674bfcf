import { describe, expect, it } from 'vitest';
import { isAllTraffic, parsePortRange, reachesPorts } from '../../src/lib/ports.js';
import { normaliseProtocol } from '../../src/lib/protocol.js';
import { permission } from '../support/permissions.js';

describe('normaliseProtocol', () => {
  it.each([
    ['-1', 'all'], [-1, 'all'], ['all', 'all'], ['ALL', 'all'],
    ['tcp', 'tcp'], ['TCP', 'tcp'], ['6', 'tcp'], [6, 'tcp'],
    ['udp', 'udp'], ['17', 'udp'], [17, 'udp'],
    ['icmp', 'icmp'], ['1', 'icmp'], ['icmpv6', 'icmpv6'], ['58', 'icmpv6'], ['ICMPv6', 'icmpv6'],
    ['50', '50'], [47, '47'],
    [null, 'unknown'], [undefined, 'unknown'],
  ])('%j is %s', (value, expected) => {
    expect(normaliseProtocol(value)).toBe(expected);
  });

  it.each(['tcpp', '256', '1.5', '', true, {}])('%j is no protocol', (value) => {
    expect(normaliseProtocol(value)).toBeNull();
  });
});

describe('ports with AWS semantics', () => {
  it('a range 20-25 covers 22', () => {
    expect(reachesPorts(permission({ fromPort: 20, toPort: 25 }), 'tcp', { from: 22, to: 22 })).toBe(true);
  });

  it('tcp 0-0 is port 0 only', () => {
    const p = permission({ fromPort: 0, toPort: 0 });
    expect(reachesPorts(p, 'tcp', { from: 22, to: 22 })).toBe(false);
    expect(reachesPorts(p, 'tcp', { from: 0, to: 0 })).toBe(true);
    expect(isAllTraffic(p)).toBe(false);
  });

  it('protocol all reaches every port of tcp and udp', () => {
    const p = permission({ protocol: 'all', fromPort: 0, toPort: 65535 });
    expect(reachesPorts(p, 'tcp', { from: 22, to: 22 })).toBe(true);
    expect(reachesPorts(p, 'udp', { from: 3389, to: 3389 })).toBe(true);
    expect(isAllTraffic(p)).toBe(true);
  });

  it('udp does not reach a tcp port, nor icmp any port', () => {
    expect(reachesPorts(permission({ protocol: 'udp', fromPort: 22, toPort: 22 }), 'tcp', { from: 22, to: 22 })).toBe(false);
    expect(reachesPorts(permission({ protocol: 'icmp', fromPort: null, toPort: null }), 'tcp', { from: 0, to: 65535 })).toBe(false);
  });

  it('unknown ports never match a port', () => {
    expect(reachesPorts(permission({ fromPort: null, toPort: null, portsUnknown: true }), 'tcp', { from: 22, to: 22 })).toBe(false);
  });

  it('tcp over 0-65535 is all traffic of tcp', () => {
    expect(isAllTraffic(permission({ fromPort: 0, toPort: 65535 }))).toBe(true);
    expect(isAllTraffic(permission({ fromPort: 1, toPort: 65535 }))).toBe(false);
  });

  it('parses ports and ranges', () => {
    expect(parsePortRange(22)).toEqual({ from: 22, to: 22 });
    expect(parsePortRange('27017-27019')).toEqual({ from: 27017, to: 27019 });
    expect(parsePortRange('25-20')).toBeNull();
    expect(parsePortRange(70000)).toBeNull();
  });
});
