import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/wide-port-range.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { reported, withOptions } from './run.js';

const web = 'aws_security_group.web';
const all = (peer: string) => permission({ protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535, peer: cidr(peer) });

ruleTester(rule, {
  valid: [
    { name: 'a wide range from the world is the internet rules\' finding', permissions: [tcp('1000-2000', '::/0')] },
    { name: '100 ports are not more than 100', permissions: [tcp('1-100', '10.0.0.0/8')] },
    { name: 'tcp 0-0 is port 0 only', permissions: [tcp('0-0', '10.0.0.0/8')] },
    { name: 'a wide range from a group', permissions: [tcp('1024-65535', group('aws_security_group.app'))] },
    { name: 'a wide range from a prefix list', permissions: [tcp('1024-65535', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'all traffic from self', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'self' } })] },
    { name: 'icmp has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: -1, icmpCode: -1, peer: cidr('10.0.0.0/8') })] },
    { name: 'esp (protocol 50) has no ports', permissions: [permission({ protocol: '50', protocolRaw: '50', fromPort: 0, toPort: 65535, peer: cidr('203.0.113.10/32') })] },
    { name: 'ports unknown until apply are not guessed', permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true, peer: cidr('10.0.0.0/8') })] },
    { name: 'egress to a wide range', permissions: [tcp('1024-65535', '10.0.0.0/8', 'web', { direction: 'egress' })] },
    { name: 'all traffic from the world is no-public-all-traffic', permissions: [all('0.0.0.0/0')] },
  ],
  invalid: [
    { name: '101 ports are more than 100', permissions: [tcp('0-100', '10.0.0.0/8')], errors: [{ messageId: 'wide', resource: web, contains: ['0-100/tcp', '101 ports', '10.0.0.0/8'] }] },
    { name: 'ephemeral ports from the VPC', permissions: [tcp('1024-65535', '10.0.0.0/16')], errors: [{ messageId: 'wide', resource: web, contains: ['64512 ports'] }] },
    { name: 'every udp port from a private range', permissions: [permission({ protocol: 'udp', fromPort: 0, toPort: 65535, peer: cidr('10.0.0.0/16') })], errors: [{ messageId: 'wide', resource: web, contains: ['all ports/udp'] }] },
    { name: 'protocol -1 from the VPC', permissions: [all('10.0.0.0/16')], errors: [{ messageId: 'allTraffic', resource: web, contains: ['10.0.0.0/16'] }] },
    { name: 'a wide range from a public range', permissions: [tcp('1000-2000', '2001:db8::/48')], errors: [{ messageId: 'wide', resource: web, contains: ['1000-2000/tcp', '2001:db8::/48'] }] },
    {
      name: 'self beside a CIDR in one block still fails',
      permissions: [tcp('1000-2000', { kind: 'self' }), tcp('1000-2000', '10.0.0.0/16')],
      errors: [{ messageId: 'wide', resource: web, contains: ['10.0.0.0/16'] }],
    },
  ],
});

describe('wide-port-range with max-port-range', () => {
  it('moves the limit', () => {
    const settings = withOptions('wide-port-range', { 'max-port-range': 1000 });
    expect(reported('wide-port-range', [tcp('1-1000', '10.0.0.0/8')], { settings })).toEqual([]);
    expect(reported('wide-port-range', [tcp('1-1001', '10.0.0.0/8')], { settings })).toEqual([`${web} wide`]);
  });

  it('with the limit at 1, reports any range of two ports', () => {
    const settings = withOptions('wide-port-range', { 'max-port-range': 1 });
    expect(reported('wide-port-range', [tcp('80', '10.0.0.0/8')], { settings })).toEqual([]);
    expect(reported('wide-port-range', [tcp('80-81', '10.0.0.0/8')], { settings })).toEqual([`${web} wide`]);
  });
});
