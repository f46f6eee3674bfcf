import { describe, expect, it } from 'vitest';
import { listLabels, mergeRanges, permissionRange, portRanges, reachedPorts, subtractRanges } from '../../src/lib/port-set.js';
import { permission } from '../support/permissions.js';

const r = (from: number, to = from) => ({ from, to });

describe('port range sets', () => {
  it('merges overlapping and adjacent ranges, in order', () => {
    expect(mergeRanges([r(30, 40), r(1, 10), r(11, 12), r(35, 50), r(60)])).toEqual([r(1, 12), r(30, 50), r(60)]);
  });

  it('subtracts ranges', () => {
    expect(subtractRanges([r(0, 65535)], [r(80), r(443)])).toEqual([r(0, 79), r(81, 442), r(444, 65535)]);
    expect(subtractRanges([r(20, 25)], [r(20, 25)])).toEqual([]);
    expect(subtractRanges([r(20, 25)], [])).toEqual([r(20, 25)]);
    expect(subtractRanges([r(20, 25)], [r(0, 21), r(25, 30)])).toEqual([r(22, 24)]);
  });

  it('parses rule port lists and rejects bad ones', () => {
    expect(portRanges([22, '5900-5903'])).toEqual([r(22), r(5900, 5903)]);
    expect(() => portRanges(['99999'])).toThrow(/bad port/);
  });
});

describe('permissionRange', () => {
  it('follows AWS: all ports for protocol -1, the range for tcp/udp, nothing for icmp, other protocols or unknown ports', () => {
    expect(permissionRange(permission({ protocol: 'all', fromPort: 0, toPort: 0 }))).toEqual(r(0, 65535));
    expect(permissionRange(permission({ fromPort: 0, toPort: 0 }))).toEqual(r(0));
    expect(permissionRange(permission({ protocol: 'udp', fromPort: 53, toPort: 53 }))).toEqual(r(53));
    expect(permissionRange(permission({ protocol: 'icmp', fromPort: null, toPort: null }))).toBeNull();
    expect(permissionRange(permission({ protocol: '50', fromPort: 0, toPort: 65535 }))).toBeNull();
    expect(permissionRange(permission({ fromPort: null, toPort: null, portsUnknown: true }))).toBeNull();
  });
});

describe('reachedPorts', () => {
  const specs = [
    { protocol: 'tcp' as const, ranges: [r(22), r(3389)] },
    { protocol: 'udp' as const, ranges: [r(3389)] },
  ];

  it('names only the listed ports a range covers', () => {
    expect(reachedPorts(permission({ fromPort: 20, toPort: 25 }), specs)).toEqual(['22/tcp']);
    expect(reachedPorts(permission({ fromPort: 23, toPort: 3388 }), specs)).toEqual([]);
    expect(reachedPorts(permission({ protocol: 'udp', fromPort: 3000, toPort: 4000 }), specs)).toEqual(['3389/udp']);
  });

  it('drops the protocol for all traffic and names each port once', () => {
    expect(reachedPorts(permission({ protocol: 'all', fromPort: 0, toPort: 65535 }), specs)).toEqual(['22', '3389']);
  });

  it('names the overlap of a listed range', () => {
    expect(reachedPorts(permission({ fromPort: 5901, toPort: 6000 }), [{ protocol: 'tcp', ranges: [r(5900, 5903)] }])).toEqual(['5901-5903/tcp']);
  });

  it('lists at most six, then says how many more', () => {
    expect(listLabels(['a', 'b', 'c'])).toBe('a, b, c');
    expect(listLabels(['1', '2', '3', '4', '5', '6', '7', '8'])).toBe('1, 2, 3, 4, 5, 6, 2 more');
  });
});
