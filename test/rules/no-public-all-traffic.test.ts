import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-public-all-traffic.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { ATTACHED, findings } from './run.js';

const web = 'aws_security_group.web';
const all = (peer: string, extra = {}) => permission({ protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535, peer: cidr(peer), ...extra });

ruleTester(rule, {
  valid: [
    { name: 'all traffic from a private range', permissions: [all('10.0.0.0/8')] },
    { name: 'all traffic from self', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'self' } })] },
    { name: 'all traffic from a group', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: group('aws_security_group.lb') })] },
    { name: 'egress of all traffic to the world', permissions: [all('0.0.0.0/0', { direction: 'egress' })] },
    { name: 'tcp 1-65535 is not every port', permissions: [tcp('1-65535', '0.0.0.0/0')] },
  ],
  invalid: [
    { name: 'protocol -1 from 0.0.0.0/0', permissions: [all('0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['all traffic'] }] },
    { name: 'protocol all from ::/0', permissions: [all('::/0', { protocolRaw: 'all' })], errors: [{ messageId: 'open', resource: web }] },
    { name: 'tcp 0-65535 from the world', permissions: [tcp('0-65535', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['all ports/tcp'] }] },
    {
      name: 'halves of the internet on all traffic',
      permissions: [all('0.0.0.0/1', { path: 'ingress[0]' }), all('128.0.0.0/1', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]' },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
  ],
});

describe('no-public-all-traffic takes precedence over the port rules', () => {
  // A described rule on an attached group, so the hygiene rules have nothing to say.
  const open = [all('0.0.0.0/0', { description: 'everything' })];
  const groups = [{ address: web, attachments: ATTACHED }];

  it('reports one finding for an all-traffic permission, not one per port rule', () => {
    expect(findings(open, { groups }).map((f) => f.rule)).toEqual(['no-public-all-traffic']);
  });

  it('lets the port rules report it when no-public-all-traffic is switched off', () => {
    const found = findings(open, { groups, settings: { 'no-public-all-traffic': { enabled: false } } });
    // public-port-not-allowed, wide-port-range, admin-port-from-untrusted and database-by-cidr stay quiet: the port rules say it.
    expect(found.map((f) => f.rule).sort()).toEqual(['no-public-database', 'no-public-high-risk-port', 'no-public-rdp', 'no-public-remote-admin', 'no-public-ssh']);
    expect(found.find((f) => f.rule === 'no-public-ssh')?.message).toContain('all traffic (including 22)');
  });

  it('reports all traffic from the whole internet once for a block of IPv4 and IPv6 alike, naming both', () => {
    const both = [all('0.0.0.0/0', { description: 'v4' }), all('::/0', { description: 'v6', peerPath: 'ingress[0].ipv6_cidr_blocks[0]' })];
    const found = findings(both, { groups }).filter((f) => f.rule === 'no-public-all-traffic');
    expect(found.map((f) => `${f.rule} ${f.peer}`)).toEqual(['no-public-all-traffic 0.0.0.0/0, ::/0']);
    expect(found[0]?.message).toContain('from 0.0.0.0/0, ::/0, which is the whole internet');
    // The IPv6 peer's own finding id is kept as an alias: an ignore given under it still applies.
    expect(found[0]?.aliases).toHaveLength(1);
  });
});
