import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import { describeTraffic } from '../../src/lib/ports.js';
import { describePermission } from '../../src/report/ports.js';

type T = Pick<Finding, 'protocol' | 'fromPort' | 'toPort'>;
const t = (protocol: T['protocol'], fromPort: number | null, toPort: number | null): T => ({ protocol, fromPort, toPort });

describe('describeTraffic', () => {
  it.each([
    [t('tcp', 22, 22), '22/tcp'],
    [t('tcp', 20, 25), '20-25/tcp'],
    [t('udp', 53, 53), '53/udp'],
    [t('tcp', 0, 65535), 'all ports/tcp'],
    [t('udp', 0, 65535), 'all ports/udp'],
    [t('tcp', null, null), 'ports unknown/tcp'],
    [t('udp', 53, null), 'ports unknown/udp'],
    [t('all', 0, 65535), 'all traffic'],
    [t('all', null, null), 'all traffic'],
    [t('icmp', null, null), 'icmp'],
    [t('icmpv6', null, null), 'icmpv6'],
    [t('unknown', null, null), 'protocol unknown'],
    [t('50', 0, 65535), 'protocol 50 (esp)'],
    [t('99', 0, 65535), 'protocol 99'],
  ] as const)('%j → %s', (traffic, expected) => {
    expect(describeTraffic(traffic)).toBe(expected);
  });

  it('is null for findings without a protocol', () => {
    expect(describeTraffic(t(null, null, null))).toBeNull();
  });
});

describe('describePermission', () => {
  it('says from for ingress and to for egress', () => {
    expect(describePermission({ ...t('tcp', 22, 22), direction: 'ingress', peer: '0.0.0.0/0' })).toBe('ingress 22/tcp from 0.0.0.0/0');
    expect(describePermission({ ...t('all', 0, 65535), direction: 'egress', peer: '::/0' })).toBe('egress all traffic to ::/0');
  });

  it('leaves out what is null', () => {
    expect(describePermission({ ...t(null, null, null), direction: null, peer: null })).toBe('');
    expect(describePermission({ ...t('icmp', null, null), direction: 'ingress', peer: null })).toBe('ingress icmp');
  });
});
