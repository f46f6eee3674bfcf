import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine.js';
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
    { name: 'a rule without a description', permissions: [described(null)], errors: [{ messageId: 'rules', resource: web, path: '', contains: ['has a rule without a description: ingress 443/tcp from 0.0.0.0/0'] }] },
    { name: 'an empty description', permissions: [described('')], errors: [{ messageId: 'rules', resource: web }] },
    { name: 'a blank description', permissions: [described('   ')], errors: [{ messageId: 'rules', resource: web }] },
    { name: 'the provider default on a rule', permissions: [described('Managed by Terraform')], errors: [{ messageId: 'rules', resource: web }] },
    {
      name: 'a block that lists several peers is named once, with every peer',
      permissions: [described(null, { peer: cidr('::/0'), peerPath: 'ingress[0].ipv6_cidr_blocks[0]' }), described(null), described(null, { peer: { kind: 'self' } })],
      errors: [{ messageId: 'rules', resource: web, path: '', contains: ['0.0.0.0/0, ::/0, self'] }],
    },
    {
      name: 'one finding per group, naming every rule without a description',
      permissions: [described(null, { path: 'ingress[0]' }), described('ok', { path: 'ingress[1]' }), described(null, { path: 'egress[0]', direction: 'egress' })],
      errors: [{ messageId: 'rules', resource: web, path: '', contains: ['has 2 rules without a description', 'ingress 443/tcp from 0.0.0.0/0', 'egress 443/tcp to 0.0.0.0/0'] }],
    },
    {
      name: 'a standalone rule, on its group',
      permissions: [described(null, { resource: 'aws_security_group_rule.https', resourceType: 'aws_security_group_rule', path: '' })],
      errors: [{ messageId: 'rules', resource: web }],
    },
    {
      name: 'a standalone rule whose group is unknown until apply, on itself',
      permissions: [described(null, { resource: 'aws_security_group_rule.https', resourceType: 'aws_security_group_rule', path: '', securityGroup: null })],
      errors: [{ messageId: 'rules', resource: 'aws_security_group_rule.https', contains: ['a security group unknown until apply has a rule without a description'] }],
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

  it('one finding per group: its own description, its inline blocks and its standalone rules together', () => {
    const permissions = [
      described(null, { path: 'ingress[0]' }),
      described(null, { resource: 'aws_security_group_rule.ssh', resourceType: 'aws_security_group_rule', path: '', fromPort: 22, toPort: 22 }),
    ];
    const found = findings(permissions, { groups: [{ address: web, description: 'Managed by Terraform' }] }).filter((f) => f.rule === 'missing-description');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ resource: web, messageId: 'groupDefault', path: '' });
    expect(found[0]?.message).toBe(`${web} keeps the provider default description "Managed by Terraform"; its 2 rules have none either: ingress 443/tcp from 0.0.0.0/0; ingress 22/tcp from 0.0.0.0/0`);
  });

  it('keeps the ids of the per-rule findings it replaces as aliases, so ignores given under them still apply', () => {
    const block = described(null, { path: 'ingress[0]' });
    const [f] = findings([block], { groups: [{ address: web, description: '' }] }).filter((x) => x.rule === 'missing-description');
    expect(f?.aliases).toEqual([fingerprint('missing-description', web, block)]);
    // The group-level finding keeps the id it had: the most common case is unchanged.
    expect(f?.id).toBe(fingerprint('missing-description', web, undefined, '|groupMissing'));
  });

  it('keeps the same id when the peers of a block are listed in another order', () => {
    const ids = (peers: string[]) => findings(peers.map((p) => permission({ peer: cidr(p), description: null }))).filter((f) => f.rule === 'missing-description').map((f) => f.id);
    expect(ids(['10.0.0.0/8', '192.168.0.0/16'])).toEqual(ids(['192.168.0.0/16', '10.0.0.0/8']));
  });
});
