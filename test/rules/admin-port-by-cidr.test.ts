import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/admin-port-by-cidr.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { reported, withOptions } from './run.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'ssh from the bastion group', permissions: [tcp('22', group('aws_security_group.bastion'))] },
    { name: 'ssh from a prefix list', permissions: [tcp('22', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'ssh from self', permissions: [tcp('22', { kind: 'self' })] },
    { name: 'ssh from a public address is admin-port-from-untrusted', permissions: [tcp('22', '203.0.113.10/32')] },
    { name: 'https from the VPC', permissions: [tcp('443', '10.0.0.0/16')] },
    { name: 'kubernetes API from the VPC is not ssh or rdp', permissions: [tcp('6443', '10.0.0.0/16')] },
    { name: 'all traffic from the VPC is wide-port-range', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: cidr('10.0.0.0/16') })] },
    { name: 'ssh egress to the VPC', permissions: [tcp('22', '10.0.0.0/16', 'web', { direction: 'egress' })] },
  ],
  invalid: [
    { name: 'ssh from the VPC', permissions: [tcp('22', '10.0.0.0/16')], errors: [{ messageId: 'byCidr', resource: web, contains: ['22/tcp', '10.0.0.0/16'] }] },
    { name: 'rdp from 172.16.0.0/12', permissions: [tcp('3389', '172.16.0.0/12')], errors: [{ messageId: 'byCidr', resource: web, contains: ['3389/tcp'] }] },
    { name: 'rdp over udp from 192.168.1.0/24', permissions: [permission({ protocol: 'udp', fromPort: 3389, toPort: 3389, peer: cidr('192.168.1.0/24') })], errors: [{ messageId: 'byCidr', resource: web, contains: ['3389/udp'] }] },
    { name: 'ssh from shared address space', permissions: [tcp('22', '100.64.0.0/16')], errors: [{ messageId: 'byCidr', resource: web }] },
    { name: 'ssh from IPv6 unique-local', permissions: [tcp('22', 'fd12:3456::/48')], errors: [{ messageId: 'byCidr', resource: web }] },
    { name: 'a range 20-25 covers 22', permissions: [tcp('20-25', '10.0.0.0/24')], errors: [{ messageId: 'byCidr', resource: web, contains: ['allows 22/tcp from'] }] },
    {
      name: 'a standalone rule',
      permissions: [tcp('22', '10.0.0.0/16', 'web', { resource: 'aws_security_group_rule.ssh', resourceType: 'aws_security_group_rule', path: '' })],
      errors: [{ messageId: 'byCidr', resource: 'aws_security_group_rule.ssh' }],
    },
  ],
});

describe('admin-port-by-cidr with trusted-cidrs', () => {
  it('does not report a trusted VPN range', () => {
    const settings = withOptions('admin-port-by-cidr', { 'trusted-cidrs': ['10.8.0.0/16'] });
    expect(reported('admin-port-by-cidr', [tcp('22', '10.8.0.0/24')], { settings })).toEqual([]);
    expect(reported('admin-port-by-cidr', [tcp('22', '10.9.0.0/24')], { settings })).toEqual([`${web} byCidr`]);
  });
});
