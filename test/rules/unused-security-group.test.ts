import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/unused-security-group.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { ATTACHED, findings, reported } from './run.js';

const web = 'aws_security_group.web';
const lb = 'aws_security_group.lb';

ruleTester(rule, {
  valid: [
    { name: 'groups that reference each other', permissions: [tcp('443', group(lb), 'web'), tcp('443', group(web), 'lb', { direction: 'egress' })] },
    { name: 'a rule whose group is unknown until apply', permissions: [permission({ securityGroup: null })] },
  ],
  invalid: [
    { name: 'a new group nothing attaches', permissions: [tcp('443', '0.0.0.0/0')], errors: [{ messageId: 'unused', resource: web, contains: ['created'] }] },
    { name: 'referencing itself is not being used', permissions: [tcp('443', { kind: 'self' }), tcp('443', group(web))], errors: [{ messageId: 'unused', resource: web }] },
    {
      name: 'a group referenced by an unused group is used, the other is not',
      permissions: [tcp('443', group(web), 'lb')],
      errors: [{ messageId: 'unused', resource: lb }],
    },
  ],
});

describe('unused-security-group by attachment and change', () => {
  const name = 'unused-security-group';
  const rules = [tcp('443', '0.0.0.0/0')];

  it('a group attached to an instance is used', () => {
    expect(reported(name, rules, { groups: [{ address: web, attachments: ATTACHED }] })).toEqual([]);
  });

  it('only groups the plan creates, changes or replaces are judged', () => {
    expect(reported(name, rules, { groups: [{ address: web, action: 'no-op' }] })).toEqual([]);
    expect(reported(name, rules, { groups: [{ address: web, action: 'delete' }] })).toEqual([]);
    expect(reported(name, rules, { groups: [{ address: web, action: 'update' }] })).toEqual([`${web} unused`]);
    expect(findings(rules, { groups: [{ address: web, action: 'replace' }] }).find((f) => f.rule === name)?.message).toContain('is replaced by this plan');
  });

  it('the default VPC group always exists and is never unused', () => {
    expect(reported(name, [], { groups: [{ address: 'aws_default_security_group.d', type: 'aws_default_security_group' }] })).toEqual([]);
  });

  it('a reference by id or as one of several candidates counts', () => {
    const groups = [{ address: web, id: 'sg-0abc', attachments: [] }, { address: lb, attachments: ATTACHED }];
    expect(reported(name, [tcp('443', { kind: 'security-group', address: null, id: 'sg-0abc' }, 'lb')], { groups })).toEqual([]);
    expect(reported(name, [tcp('443', { kind: 'security-group', address: null, id: null, candidates: [web, 'aws_security_group.x'] }, 'lb')], { groups })).toEqual([]);
  });

  it('is a group-level finding on the group', () => {
    const [f] = findings(rules).filter((x) => x.rule === name);
    expect(f).toMatchObject({ securityGroup: web, resource: web, path: '', severity: 'info', peer: null });
  });
});
