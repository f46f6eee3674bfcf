import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/default-sg-allows-traffic.js';
import { cidr, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { reported } from './run.js';

const dflt = 'aws_default_security_group.default';
const onDefault = (extra = {}) => permission({ securityGroup: dflt, resource: dflt, resourceType: 'aws_default_security_group', ...extra });
const selfAll = { protocol: 'all' as const, protocolRaw: '-1', fromPort: 0, toPort: 65535, peer: { kind: 'self' as const } };

ruleTester(rule, {
  valid: [
    { name: 'rules on an ordinary group', permissions: [tcp('443', '0.0.0.0/0')] },
    { name: 'a group named default is not the default group', permissions: [tcp('443', '10.0.0.0/8', 'default')] },
    { name: 'no rules at all', permissions: [] },
  ],
  invalid: [
    { name: 'the AWS default self rule kept', permissions: [onDefault(selfAll)], errors: [{ messageId: 'ingress', resource: dflt, contains: ['all traffic from self'] }] },
    {
      name: 'the AWS default egress kept',
      permissions: [onDefault({ ...selfAll, direction: 'egress', peer: cidr('0.0.0.0/0'), path: 'egress[0]' })],
      errors: [{ messageId: 'egress', resource: dflt, contains: ['all traffic to 0.0.0.0/0'] }],
    },
    { name: 'ssh from a private range', permissions: [onDefault({ peer: cidr('10.0.0.0/8') })], errors: [{ messageId: 'ingress', resource: dflt, contains: ['22/tcp', '10.0.0.0/8'] }] },
    {
      name: 'a standalone rule on the default group',
      permissions: [onDefault({ resource: 'aws_vpc_security_group_ingress_rule.x', resourceType: 'aws_vpc_security_group_ingress_rule', path: '', peer: cidr('10.0.0.0/8') })],
      errors: [{ messageId: 'ingress', resource: 'aws_vpc_security_group_ingress_rule.x' }],
    },
    {
      name: 'a default group in a module',
      permissions: [permission({ securityGroup: 'module.vpc.aws_default_security_group.this[0]', resource: 'module.vpc.aws_default_security_group.this[0]', ...selfAll })],
      errors: [{ messageId: 'ingress', resource: 'module.vpc.aws_default_security_group.this[0]' }],
    },
  ],
});

describe('default-sg-allows-traffic by group type', () => {
  it('knows the default group by its type in the model', () => {
    const groups = [{ address: dflt, type: 'aws_default_security_group' as const }];
    expect(reported('default-sg-allows-traffic', [onDefault(selfAll)], { groups })).toEqual([`${dflt} ingress`]);
  });

  it('a default group without rules is what CIS asks for', () => {
    expect(reported('default-sg-allows-traffic', [], { groups: [{ address: dflt, type: 'aws_default_security_group' }] })).toEqual([]);
  });
});
