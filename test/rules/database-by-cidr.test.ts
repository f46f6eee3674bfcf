import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/database-by-cidr.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { reported, withOptions } from './run.js';

const db = 'aws_security_group.db';

ruleTester(rule, {
  valid: [
    { name: 'postgres from the app group', permissions: [tcp('5432', group('aws_security_group.app'), 'db')] },
    { name: 'postgres from one of several groups', permissions: [tcp('5432', { kind: 'security-group', address: null, id: null, candidates: ['aws_security_group.a', 'aws_security_group.b'] }, 'db')] },
    { name: 'redis from self', permissions: [tcp('6379', { kind: 'self' }, 'db')] },
    { name: 'mysql from a prefix list', permissions: [tcp('3306', { kind: 'prefix-list', id: 'pl-0123' }, 'db')] },
    { name: 'postgres from the world is no-public-database', permissions: [tcp('5432', '0.0.0.0/0', 'db')] },
    { name: 'https from the VPC', permissions: [tcp('443', '10.0.0.0/16', 'db')] },
    { name: 'all traffic from the VPC is wide-port-range', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535, peer: cidr('10.0.0.0/16'), securityGroup: db, resource: db })] },
    { name: 'postgres over udp is not postgres', permissions: [tcp('5432', '10.0.0.0/16', 'db', { protocol: 'udp' })] },
  ],
  invalid: [
    { name: 'postgres from the VPC', permissions: [tcp('5432', '10.0.0.0/16', 'db')], errors: [{ messageId: 'byCidr', resource: db, contains: ['5432/tcp', '10.0.0.0/16'] }] },
    { name: 'mysql from a public /24', permissions: [tcp('3306', '198.51.100.0/24', 'db')], errors: [{ messageId: 'byCidr', resource: db, contains: ['3306/tcp'] }] },
    { name: 'mongodb range from a subnet', permissions: [tcp('27017-27019', '10.0.1.0/24', 'db')], errors: [{ messageId: 'byCidr', resource: db, contains: ['27017-27019/tcp'] }] },
    { name: 'redis from IPv6 unique-local', permissions: [tcp('6379', 'fd00::/8', 'db')], errors: [{ messageId: 'byCidr', resource: db }] },
    { name: 'half of the internet alone', permissions: [tcp('5432', '128.0.0.0/1', 'db')], errors: [{ messageId: 'byCidr', resource: db }] },
  ],
});

describe('database-by-cidr with trusted-cidrs', () => {
  it('does not report a trusted range', () => {
    const settings = withOptions('database-by-cidr', { 'trusted-cidrs': ['10.8.0.0/16'] });
    expect(reported('database-by-cidr', [tcp('5432', '10.8.4.0/24', 'db')], { settings })).toEqual([]);
    expect(reported('database-by-cidr', [tcp('5432', '10.0.4.0/24', 'db')], { settings })).toEqual([`${db} byCidr`]);
  });
});
