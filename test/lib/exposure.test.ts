import { describe, expect, it } from 'vitest';
import { exposedRanges, internetExposure, unexposed } from '../../src/lib/exposure.js';
import type { Permission } from '../../src/model/types.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';

const r = (from: number, to = from) => ({ from, to });
const exposed = (permissions: Permission[], p: Permission, protocol: 'tcp' | 'udp' = 'tcp') => exposedRanges(internetExposure(permissions).get(p) ?? [], protocol);

describe('internetExposure', () => {
  it('a /0 exposes its whole range, of its protocol only', () => {
    const p = tcp('20-25', '0.0.0.0/0');
    expect(exposed([p], p)).toEqual([r(20, 25)]);
    expect(exposed([p], p, 'udp')).toEqual([]);
  });

  it('protocol -1 exposes every tcp and udp port', () => {
    const p = permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: cidr('::/0') });
    expect(exposed([p], p)).toEqual([r(0, 65535)]);
    expect(exposed([p], p, 'udp')).toEqual([r(0, 65535)]);
  });

  it('halves expose only the ports they share, each naming the other', () => {
    const a = tcp('8000-9000', '0.0.0.0/1', 'web', { path: 'ingress[0]' });
    const b = tcp('8080', '128.0.0.0/1', 'web', { path: 'ingress[1]' });
    const map = internetExposure([a, b]);
    expect(exposedRanges(map.get(a) ?? [], 'tcp')).toEqual([r(8080)]);
    expect(map.get(a)?.[0]?.together).toEqual([b]);
    expect(exposedRanges(map.get(b) ?? [], 'tcp')).toEqual([r(8080)]);
  });

  it('nothing is exposed by private or public ranges short of the internet, groups, prefix lists or self', () => {
    const list = [tcp('22', '10.0.0.0/8'), tcp('22', '0.0.0.0/1'), tcp('22', group('aws_security_group.a')), tcp('22', { kind: 'prefix-list', id: 'pl-1' }), tcp('22', { kind: 'self' })];
    expect(internetExposure(list).size).toBe(0);
  });

  it('halves on different groups do not add up', () => {
    expect(internetExposure([tcp('22', '0.0.0.0/1', 'a'), tcp('22', '128.0.0.0/1', 'b')]).size).toBe(0);
  });

  it('icmp and other protocols are judged by exact traffic', () => {
    const ping = permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: 8, icmpCode: 0 });
    expect(internetExposure([ping]).get(ping)).toEqual([{ protocol: 'other', range: null, together: [] }]);
  });

  it('ports unknown until apply are not guessed', () => {
    const p = permission({ fromPort: null, toPort: null, portsUnknown: true });
    expect(internetExposure([p]).size).toBe(0);
  });
});

describe('unexposed', () => {
  it('takes away what is already exposed to the internet', () => {
    const p = tcp('20-25', '0.0.0.0/1', 'web', { path: 'ingress[0]' });
    const q = tcp('22', '128.0.0.0/1', 'web', { path: 'ingress[1]' });
    const specs = [{ protocol: 'tcp' as const, ranges: [r(22), r(23)] }];
    expect(unexposed(specs, internetExposure([p, q]).get(p))).toEqual([{ protocol: 'tcp', ranges: [r(23)] }]);
    expect(unexposed(specs, undefined)).toEqual(specs);
  });
});
