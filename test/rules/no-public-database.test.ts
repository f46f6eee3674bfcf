import rule from '../../src/rules/no-public-database.js';
import { group, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const db = 'aws_security_group.db';

ruleTester(rule, {
  valid: [
    { name: 'postgres from the app group', permissions: [tcp('5432', group('aws_security_group.app'), 'db')] },
    { name: 'mysql from the VPC', permissions: [tcp('3306', '10.0.0.0/16', 'db')] },
    { name: 'https from the world', permissions: [tcp('443', '0.0.0.0/0', 'db')] },
  ],
  invalid: [
    ...(
      [
        ['1433', 'sql server'],
        ['1521', 'oracle'],
        ['3306', 'mysql'],
        ['5432', 'postgres'],
        ['6379', 'redis'],
        ['9200', 'elasticsearch'],
        ['11211', 'memcached'],
        ['27017', 'mongodb'],
      ] as const
    ).map(([port, what]) => ({
      name: `${what} (${port}) from the world`,
      permissions: [tcp(port, '0.0.0.0/0', 'db')],
      errors: [{ messageId: 'open', resource: db, contains: [`${port}/tcp`] }],
    })),
    {
      name: 'a wide range names every database port it opens',
      permissions: [tcp('3000-6000', '::/0', 'db')],
      errors: [{ messageId: 'open', resource: db, contains: ['3306/tcp', '5432/tcp', '5439/tcp', '5984/tcp'] }],
    },
  ],
});
