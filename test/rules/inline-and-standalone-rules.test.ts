import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/inline-and-standalone-rules.js';
import type { RuleResource } from '../../src/model/types.js';
import { tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { findings, reported } from './run.js';

const web = 'aws_security_group.web';
const standalone = (address: string, extra = {}) =>
  tcp('443', '10.0.0.0/8', 'web', { resource: address, resourceType: address.split('.')[0] as string, path: '', ...extra });

ruleTester(rule, {
  valid: [
    { name: 'inline rules only', permissions: [tcp('443', '10.0.0.0/8'), tcp('443', '0.0.0.0/0', 'web', { direction: 'egress', path: 'egress[0]' })] },
    { name: 'a standalone rule whose group is unknown until apply', permissions: [standalone('aws_security_group_rule.x', { securityGroup: null, securityGroupId: null })] },
  ],
  invalid: [
    {
      name: 'a standalone ingress rule on a group with inline ingress',
      permissions: [tcp('22', '10.0.0.0/8'), standalone('aws_security_group_rule.https')],
      errors: [{ messageId: 'conflict', resource: 'aws_security_group_rule.https', contains: ['ingress', web] }],
    },
    {
      name: 'an aws_vpc_security_group_egress_rule on a group with inline egress',
      permissions: [standalone('aws_vpc_security_group_egress_rule.all', { direction: 'egress' })],
      errors: [{ messageId: 'conflict', resource: 'aws_vpc_security_group_egress_rule.all', contains: ['egress'] }],
    },
    {
      name: 'one finding per standalone resource, whatever its peers',
      permissions: [standalone('aws_security_group_rule.a'), standalone('aws_security_group_rule.a', { peer: tcp('443', '::/0').peer }), standalone('aws_security_group_rule.b')],
      errors: [
        { messageId: 'conflict', resource: 'aws_security_group_rule.a' },
        { messageId: 'conflict', resource: 'aws_security_group_rule.b' },
      ],
    },
  ],
});

describe('inline-and-standalone-rules by what the configuration declares', () => {
  const name = 'inline-and-standalone-rules';
  const egressRule = [standalone('aws_vpc_security_group_egress_rule.all', { direction: 'egress' })];

  it('an egress rule on a group that declares only inline ingress is mixing, not a direct conflict', () => {
    const groups = [{ address: web, declaresInline: { ingress: true, egress: false } }];
    expect(reported(name, egressRule, { groups })).toEqual(['aws_vpc_security_group_egress_rule.all mixed']);
  });

  it('a group that declares no inline rules may take standalone ones', () => {
    expect(reported(name, egressRule, { groups: [{ address: web, declaresInline: { ingress: false, egress: false } }] })).toEqual([]);
  });

  it('without configuration in the plan nothing is guessed', () => {
    expect(reported(name, egressRule, { groups: [{ address: web, declaresInline: { ingress: null, egress: null } }] })).toEqual([]);
  });

  it('rule resources that grant no permission still count, unless they are being deleted', () => {
    const resource = (action: RuleResource['action']): RuleResource[] => [{ address: 'aws_security_group_rule.z', type: 'aws_security_group_rule', action, securityGroup: web }];
    const inline = [tcp('443', '10.0.0.0/8')];
    expect(reported(name, inline, { ruleResources: resource('create') })).toEqual(['aws_security_group_rule.z mixed']);
    expect(reported(name, inline, { ruleResources: resource('delete') })).toEqual([]);
  });

  it('is reported on the standalone resource, for the group', () => {
    const [f] = findings([standalone('aws_security_group_rule.https')]).filter((x) => x.rule === name);
    expect(f).toMatchObject({ securityGroup: web, resource: 'aws_security_group_rule.https', path: '', severity: 'high' });
  });
});
