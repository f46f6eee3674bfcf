import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/wide-public-cidr.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { ATTACHED, findings, reported, withOptions } from './run.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'a public /24 is narrow enough', permissions: [tcp('443', '198.51.100.0/24')] },
    { name: 'an office /32', permissions: [tcp('22', '203.0.113.10/32')] },
    { name: 'the whole internet is for the internet rules', permissions: [tcp('443', '0.0.0.0/0'), tcp('443', '::/0')] },
    { name: 'a private /8', permissions: [tcp('443', '10.0.0.0/8')] },
    { name: 'shared address space 100.64.0.0/10 is private', permissions: [tcp('443', '100.64.0.0/10')] },
    { name: 'link-local and loopback are private', permissions: [tcp('443', '169.254.0.0/16'), tcp('443', '127.0.0.0/8')] },
    { name: 'IPv6 unique-local fd00::/8 is private', permissions: [tcp('443', 'fd00::/8')] },
    { name: 'IPv6 link-local fe80::/10 is private', permissions: [tcp('443', 'fe80::/10')] },
    { name: 'a public IPv6 /56', permissions: [tcp('443', '2600:1f18:1234:5600::/56')] },
    { name: 'a group reference is never public', permissions: [tcp('443', group('aws_security_group.alb'))] },
    { name: 'a prefix list is never public', permissions: [tcp('443', { kind: 'prefix-list', id: 'pl-0123' })] },
    {
      name: 'halves that make up the internet are for the internet rules',
      permissions: [tcp('443', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('443', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
    },
    { name: 'egress to a wide public range is not ingress', permissions: [tcp('443', '52.0.0.0/8', 'web', { direction: 'egress' })] },
  ],
  invalid: [
    { name: 'a public /23 is not the internet but is too wide', permissions: [tcp('443', '198.51.100.0/23')], errors: [{ messageId: 'wide', resource: web, contains: ['198.51.100.0/23', '443/tcp', '/24'] }] },
    { name: 'host bits are cleared before judging', permissions: [tcp('22', '203.0.113.7/16')], errors: [{ messageId: 'wide', resource: web, contains: ['203.0.113.7/16 (203.0.0.0/16)'] }] },
    { name: 'documentation ranges count as public', permissions: [tcp('443', '2001:db8::/32')], errors: [{ messageId: 'wide', resource: web, contains: ['2001:db8::/32', '/56', 'IPv6'] }] },
    { name: 'a range mixing private and public space is public', permissions: [tcp('443', '8.0.0.0/6')], errors: [{ messageId: 'wide', resource: web }] },
    { name: 'half of the internet alone', permissions: [tcp('443', '0.0.0.0/1')], errors: [{ messageId: 'wide', resource: web, contains: ['0.0.0.0/1'] }] },
    { name: 'any protocol: icmp from a public /16', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: 8, icmpCode: 0, peer: tcp('0', '52.95.0.0/16').peer })], errors: [{ messageId: 'wide', resource: web, contains: ['icmp'] }] },
    {
      name: 'halves for different ports do not make up the internet',
      permissions: [tcp('443', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('8443', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'wide', resource: web, path: 'ingress[0]' },
        { messageId: 'wide', resource: web, path: 'ingress[1]' },
      ],
    },
  ],
});

describe('wide-public-cidr options', () => {
  const name = 'wide-public-cidr';

  it('max-public-prefix moves the limit for each family', () => {
    const settings = withOptions(name, { 'max-public-prefix': { ipv4: 16, ipv6: 48 } });
    expect(reported(name, [tcp('443', '198.51.100.0/23')], { settings })).toEqual([]);
    expect(reported(name, [tcp('443', '198.0.0.0/15')], { settings })).toEqual([`${web} wide`]);
    expect(reported(name, [tcp('443', '2001:db8:1::/48')], { settings })).toEqual([]);
    expect(reported(name, [tcp('443', '2001:db8::/47')], { settings })).toEqual([`${web} wide`]);
  });

  it('max-public-prefix with one family keeps the default of the other', () => {
    const settings = withOptions(name, { 'max-public-prefix': { ipv4: 16 } });
    expect(reported(name, [tcp('443', '2001:db8::/48')], { settings })).toEqual([`${web} wide`]);
  });

  it('does not report a range inside trusted-cidrs, even when made of several', () => {
    const settings = withOptions(name, { 'trusted-cidrs': ['198.51.100.0/24', '198.51.101.0/24'] });
    expect(reported(name, [tcp('443', '198.51.100.0/23')], { settings })).toEqual([]);
    expect(reported(name, [tcp('443', '198.51.100.0/22')], { settings })).toEqual([`${web} wide`]);
  });
});

describe('wide-public-cidr beside the internet rules', () => {
  it('ssh from a public /23 is no internet finding: it is too wide, and untrusted', () => {
    const found = findings([tcp('22', '198.51.100.0/23', 'web', { description: 'ssh from the partner' })], { groups: [{ address: web, attachments: ATTACHED }] });
    expect(found.map((f) => `${f.rule}: ${f.message}`).sort()).toEqual([
      'admin-port-from-untrusted: aws_security_group.web allows 22/tcp from 198.51.100.0/23, a public range; no trusted-cidrs are configured to vouch for it',
      'wide-public-cidr: aws_security_group.web allows 22/tcp from 198.51.100.0/23, a public range wider than /24 (max-public-prefix for IPv4)',
    ]);
  });
});
