import rule from '../../src/rules/database-admits-public-tier.js';
import { group, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { DB, INSTANCE, PUBLIC_LB } from './tier-fixtures.js';

const db = 'aws_security_group.db';
const alb = 'aws_security_group.alb';
const app = 'aws_security_group.app';

ruleTester(rule, {
  valid: [
    {
      name: 'the database admits the app tier, which admits only the load balancer',
      permissions: [tcp('5432', group(app), 'db'), tcp('8080', group(alb), 'app'), tcp('443', '0.0.0.0/0', 'alb')],
      groups: [{ address: db, attachments: [DB] }, { address: app, attachments: [INSTANCE] }, { address: alb, attachments: [PUBLIC_LB] }],
    },
    {
      name: 'a group that is not a data store may admit the load balancer',
      permissions: [tcp('8080', group(alb), 'app'), tcp('443', '0.0.0.0/0', 'alb')],
      groups: [{ address: app, attachments: [INSTANCE] }, { address: alb, attachments: [PUBLIC_LB] }],
    },
  ],
  invalid: [
    {
      name: 'the database admits the load balancer group',
      permissions: [tcp('5432', group(alb), 'db'), tcp('443', '0.0.0.0/0', 'alb')],
      groups: [{ address: db, attachments: [DB] }, { address: alb, attachments: [PUBLIC_LB] }],
      errors: [{ messageId: 'admits', resource: db, contains: ['5432/tcp', alb, '443/tcp'] }],
    },
    {
      name: 'the database admits an app tier that is itself open to the internet',
      permissions: [tcp('3306', group(app), 'db'), tcp('8443', '::/0', 'app')],
      groups: [{ address: db, attachments: [DB] }, { address: app, attachments: [INSTANCE] }],
      errors: [{ messageId: 'admits', resource: db, contains: ['3306/tcp', app, '8443/tcp'] }],
    },
  ],
});
