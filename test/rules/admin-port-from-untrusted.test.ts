import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/admin-port-from-untrusted.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { reported, withOptions } from './run.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'ssh from a private range is admin-port-by-cidr', permissions: [tcp('22', '10.0.0.0/8')] },
    { name: 'ssh from the whole internet is no-public-ssh', permissions: [tcp('22', '0.0.0.0/0')] },
    { name: 'rdp from ::/0 is no-public-rdp', permissions: [tcp('3389', '::/0')] },
    {
      name: 'halves that make up the internet are no-public-ssh',
      permissions: [tcp('22', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('22', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
    },
    { name: 'ssh from a bastion group', permissions: [tcp('22', group('aws_security_group.bastion'))] },
    { name: 'ssh from a prefix list', permissions: [tcp('22', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'https from an office', permissions: [tcp('443', '203.0.113.10/32')] },
    { name: 'icmp from an office has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, peer: cidr('203.0.113.10/32') })] },
    { name: 'all traffic from an office range is wide-port-range', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: cidr('203.0.113.0/24') })] },
  ],
  invalid: [
    { name: 'ssh from an office /32', permissions: [tcp('22', '203.0.113.10/32')], errors: [{ messageId: 'noneTrusted', resource: web, contains: ['22/tcp', '203.0.113.10/32'] }] },
    { name: 'kubernetes API from a public /24', permissions: [tcp('6443', '198.51.100.0/24')], errors: [{ messageId: 'noneTrusted', resource: web, contains: ['6443/tcp'] }] },
    { name: 'rdp over udp from a public IPv6 range', permissions: [permission({ protocol: 'udp', fromPort: 3389, toPort: 3389, peer: cidr('2001:db8::/64') })], errors: [{ messageId: 'noneTrusted', resource: web, contains: ['3389/udp'] }] },
    { name: 'a range 20-25 names ssh and telnet', permissions: [tcp('20-25', '203.0.113.10/32')], errors: [{ messageId: 'noneTrusted', resource: web, contains: ['allows 22/tcp, 23/tcp from'] }] },
    {
      name: 'half of the internet alone is a public range',
      permissions: [tcp('22', '0.0.0.0/1')],
      errors: [{ messageId: 'noneTrusted', resource: web, contains: ['0.0.0.0/1'] }],
    },
    {
      name: 'only the ports the halves do not open together',
      permissions: [tcp('20-25', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('22', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [{ messageId: 'noneTrusted', resource: web, path: 'ingress[0]', contains: ['allows 23/tcp from 0.0.0.0/1'] }],
    },
  ],
});

describe('admin-port-from-untrusted with trusted-cidrs', () => {
  const name = 'admin-port-from-untrusted';
  const settings = withOptions(name, { 'trusted-cidrs': ['203.0.113.0/25', '203.0.113.128/25', '2001:db8:aa::/48'] });

  it('does not report ranges inside the trusted ones, alone or together', () => {
    expect(reported(name, [tcp('22', '203.0.113.10/32')], { settings })).toEqual([]);
    expect(reported(name, [tcp('22', '203.0.113.0/24')], { settings })).toEqual([]);
    expect(reported(name, [tcp('22', '2001:db8:aa:1::/64')], { settings })).toEqual([]);
  });

  it('reports ranges outside them as untrusted', () => {
    expect(reported(name, [tcp('22', '198.51.100.7/32')], { settings })).toEqual([`${web} untrusted`]);
    expect(reported(name, [tcp('22', '203.0.112.0/23')], { settings })).toEqual([`${web} untrusted`]);
  });
});
