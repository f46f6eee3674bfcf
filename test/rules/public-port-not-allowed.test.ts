import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/public-port-not-allowed.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { ATTACHED, findings, reported, withOptions } from './run.js';

const web = 'aws_security_group.web';
const udp = (ports: string, peer = '0.0.0.0/0') => tcp(ports, peer, 'web', { protocol: 'udp', protocolRaw: 'udp' });

ruleTester(rule, {
  valid: [
    { name: 'https and http from the world', permissions: [tcp('443', '0.0.0.0/0'), tcp('80', '::/0')] },
    { name: 'quic (udp 443) from the world', permissions: [udp('443')] },
    { name: '8443 from a private range', permissions: [tcp('8443', '10.0.0.0/8')] },
    { name: '8443 from a public /24 is not the internet', permissions: [tcp('8443', '198.51.100.0/24')] },
    { name: '8443 from a group', permissions: [tcp('8443', group('aws_security_group.alb'))] },
    { name: '8443 from a prefix list', permissions: [tcp('8443', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'icmp from the world has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: 8, icmpCode: 0 })] },
    { name: 'ports unknown until apply are not guessed', permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true })] },
    { name: 'ssh from the world is no-public-ssh alone', permissions: [tcp('22', '0.0.0.0/0')] },
    { name: '8080 from the world is no-public-high-risk-port alone', permissions: [tcp('8080', '0.0.0.0/0')] },
    { name: 'all traffic from the world is no-public-all-traffic alone', permissions: [permission({ protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535 })] },
    { name: 'a range 20-30 is reported by the rules for the ports it opens', permissions: [tcp('20-30', '0.0.0.0/0')] },
    { name: 'egress to 8443 on the world is not ingress', permissions: [tcp('8443', '0.0.0.0/0', 'web', { direction: 'egress' })] },
  ],
  invalid: [
    { name: '8443 from 0.0.0.0/0', permissions: [tcp('8443', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['8443/tcp', '0.0.0.0/0', 'allowed public ports: 80, 443'] }] },
    { name: 'a range 443-444 names the port past 443', permissions: [tcp('443-444', '::/0')], errors: [{ messageId: 'open', resource: web, contains: ['allows 444/tcp from'] }] },
    { name: 'tcp 0-0 is port 0 only', permissions: [tcp('0-0', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['allows 0/tcp from'] }] },
    { name: 'ipsec nat traversal over udp', permissions: [udp('4500')], errors: [{ messageId: 'open', resource: web, contains: ['4500/udp'] }] },
    { name: 'protocol number 6 is tcp', permissions: [permission({ protocolRaw: '6', fromPort: 1024, toPort: 1100 })], errors: [{ messageId: 'open', resource: web, contains: ['1024-1100/tcp'] }] },
    {
      name: 'self beside the world in one block still fails',
      permissions: [tcp('8443', { kind: 'self' }), tcp('8443', '0.0.0.0/0')],
      errors: [{ messageId: 'open', resource: web }],
    },
    {
      name: '0.0.0.0/1 + 128.0.0.0/1 is the internet',
      permissions: [tcp('8443', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('8443', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]', contains: ['8443/tcp', '128.0.0.0/1'] },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
    {
      name: 'halves with different ranges open only the ports they share',
      permissions: [tcp('8440-8450', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('8443', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]', contains: ['allows 8443/tcp from 0.0.0.0/1'] },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
    {
      name: 'an aws_vpc_security_group_ingress_rule',
      permissions: [tcp('8443', cidr('::/0'), 'web', { resource: 'aws_vpc_security_group_ingress_rule.api', resourceType: 'aws_vpc_security_group_ingress_rule', path: '' })],
      errors: [{ messageId: 'open', resource: 'aws_vpc_security_group_ingress_rule.api' }],
    },
  ],
});

describe('public-port-not-allowed with allowed-public-ports', () => {
  const rule = 'public-port-not-allowed';

  it('allows the configured ports and ranges, and no longer 80 and 443', () => {
    const settings = withOptions(rule, { 'allowed-public-ports': [8443, '9443-9444'] });
    expect(reported(rule, [tcp('8443', '0.0.0.0/0')], { settings })).toEqual([]);
    expect(reported(rule, [tcp('9443-9444', '0.0.0.0/0')], { settings })).toEqual([]);
    expect(reported(rule, [tcp('443', '0.0.0.0/0')], { settings })).toEqual([`${web} open`]);
  });

  it('with an empty list every public port is reported, and the message says none is allowed', () => {
    const found = findings([tcp('443', '0.0.0.0/0')], { settings: withOptions(rule, { 'allowed-public-ports': [] }) }).filter((f) => f.rule === rule);
    expect(found.map((f) => f.message)).toEqual(['aws_security_group.web allows 443/tcp from 0.0.0.0/0, which is the whole internet; allowed public ports: none']);
  });

  it('reports the ports a permission opens when the rules for them are switched off', () => {
    const off = { enabled: false };
    const settings = { 'no-public-ssh': off, 'no-public-remote-admin': off, 'no-public-high-risk-port': off };
    const found = findings([tcp('20-30', '0.0.0.0/0', 'web', { description: 'x' })], { settings, groups: [{ address: web, attachments: ATTACHED }] });
    expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'public-port-not-allowed: aws_security_group.web allows 20-30/tcp from 0.0.0.0/0, which is the whole internet; allowed public ports: 80, 443',
    ]);
  });
});
