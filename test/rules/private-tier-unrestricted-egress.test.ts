import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/private-tier-unrestricted-egress.js';
import { cidr, permission } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { findings } from './run.js';
import { DB, INSTANCE, LAMBDA } from './tier-fixtures.js';

const sg = 'aws_security_group.web';
const egressAll = (peer = '0.0.0.0/0') => permission({ direction: 'egress', protocol: 'all', fromPort: 0, toPort: 65535, peer: cidr(peer), path: 'egress[0]' });

ruleTester(rule, {
  valid: [
    { name: 'instances are left to unrestricted-egress', permissions: [egressAll()], groups: [{ address: sg, attachments: [INSTANCE] }] },
    { name: 'a database with egress to the VPC only', permissions: [egressAll('10.0.0.0/16')], groups: [{ address: sg, attachments: [DB] }] },
    { name: 'a Lambda group with 443 out only', permissions: [permission({ direction: 'egress', fromPort: 443, toPort: 443 })], groups: [{ address: sg, attachments: [LAMBDA] }] },
  ],
  invalid: [
    { name: 'a database group with all egress', permissions: [egressAll()], groups: [{ address: sg, attachments: [DB] }], errors: [{ messageId: 'egress', resource: sg, contains: ['a database, cache or data store', 'all traffic', '0.0.0.0/0'] }] },
    { name: 'a Lambda group with all egress to ::/0', permissions: [egressAll('::/0')], groups: [{ address: sg, attachments: [LAMBDA] }], errors: [{ messageId: 'egress', resource: sg, contains: ['Lambda functions'] }] },
  ],
});

describe('private-tier-unrestricted-egress and unrestricted-egress', () => {
  it('report a database group once, with the tier', () => {
    const rules = findings([egressAll()], { groups: [{ address: sg, attachments: [DB] }] }).map((f) => f.rule);
    expect(rules.filter((r) => r.includes('egress'))).toEqual(['private-tier-unrestricted-egress']);
  });
});
