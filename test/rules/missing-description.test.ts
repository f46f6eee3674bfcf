import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/missing-description.js';
import { cidr, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { findings, reported } from './run.js';

const web = 'aws_security_group.web';
const described = (text: string | null, extra = {}) => tcp('443', '0.0.0.0/0', 'web', { description: text, ...extra });

ruleTester(rule, {
  valid: [
    { name: 'a rule with a description', permissions: [described('HTTPS from the internet')] },
    { name: 'a standalone rule with a description', permissions: [described('HTTPS', { resource: 'aws_vpc_security_group_ingress_rule.https', path: '' })] },
  ],
  invalid: [
    { name: 'a rule without a description', permissions: [described(null)], errors: [{ messageId: 'rule', resource: web, contains: ['ingress 443/tcp from 0.0.0.0/0'] }] },
    { name: 'an empty description', permissions: [described('')], errors: [{ messageId: 'rule', resource: web }] },
    { name: 'a blank description', permissions: [described('   ')], errors: [{ messageId: 'rule', resource: web }] },
    { name: 'the provider default on a rule', permissions: [described('Managed by Terraform')], errors: [{ messageId: 'rule', resource: web }] },
    {
      name: 'one finding per block, naming every peer',
      permissions: [described(null, { peer: cidr('::/0'), peerPath: 'ingress[0].ipv6_cidr_blocks[0]' }), described(null), described(null, { peer: { kind: 'self' } })],
      errors: [{ messageId: 'rule', resource: web, path: 'ingress[0]', contains: ['0.0.0.0/0, ::/0, self'] }],
    },
    {
      name: 'blocks are judged apart',
      permissions: [described(null, { path: 'ingress[0]' }), described('ok', { path: 'ingress[1]' }), described(null, { path: 'egress[0]', direction: 'egress' })],
      errors: [
        { messageId: 'rule', resource: web, path: 'ingress[0]' },
        { messageId: 'rule', resource: web, path: 'egress[0]', contains: ['egress 443/tcp to 0.0.0.0/0'] },
      ],
    },
    {
      name: 'a standalone rule without a description',
      permissions: [described(null, { resource: 'aws_security_group_rule.https', resourceType: 'aws_security_group_rule', path: '' })],
      errors: [{ messageId: 'rule', resource: 'aws_security_group_rule.https' }],
    },
  ],
});

describe('missing-description on groups', () => {
  const rules = [tcp('443', '0.0.0.0/0', 'web', { description: 'HTTPS' })];
  const check = (group: Record<string, unknown>) => reported('missing-description', rules, { groups: [{ address: web, ...group }] });

  it('reports an empty description and the provider default', () => {
    expect(check({ description: '' })).toEqual([`${web} groupMissing`]);
    expect(check({ description: 'Managed by Terraform' })).toEqual([`${web} groupDefault`]);
  });

  it('accepts a real description, and does not guess one unknown until apply', () => {
    expect(check({ description: 'Web tier behind the public ALB' })).toEqual([]);
    expect(check({ description: null })).toEqual([]);
  });

  it('skips the default VPC group, whose description AWS sets, and groups being deleted', () => {
    expect(check({ description: '', type: 'aws_default_security_group' })).toEqual([]);
    expect(check({ description: '', action: 'delete' })).toEqual([]);
  });

  it('a group-level finding has no permission but names the group', () => {
    const [f] = findings([], { groups: [{ address: web, description: '' }] }).filter((x) => x.rule === 'missing-description');
    expect(f).toMatchObject({ securityGroup: web, resource: web, path: '', direction: null, peer: null, message: `${web} has no description` });
  });

  it('keeps the same id when the peers of a block are listed in another order', () => {
    const ids = (peers: string[]) => findings(peers.map((p) => permission({ peer: cidr(p), description: null }))).filter((f) => f.rule === 'missing-description').map((f) => f.id);
    expect(ids(['10.0.0.0/8', '192.168.0.0/16'])).toEqual(ids(['192.168.0.0/16', '10.0.0.0/8']));
  });
});
