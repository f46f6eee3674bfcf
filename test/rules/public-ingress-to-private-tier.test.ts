import rule from '../../src/rules/public-ingress-to-private-tier.js';
import { group, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { DB, ECS, EKS, INSTANCE, INTERNAL_LB, LAMBDA, PUBLIC_LB } from './tier-fixtures.js';

const sg = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'the public load balancer faces the internet', permissions: [tcp('443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [PUBLIC_LB] }] },
    { name: 'a plain instance is not a private tier', permissions: [tcp('443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [INSTANCE] }] },
    { name: 'an EKS cluster endpoint is judged by other rules', permissions: [tcp('443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [EKS] }] },
    { name: 'a database admitting the app group', permissions: [tcp('5432', group('aws_security_group.app'))], groups: [{ address: sg, attachments: [DB] }] },
    { name: 'a database from a private range', permissions: [tcp('443', '10.0.0.0/16')], groups: [{ address: sg, attachments: [DB] }] },
    { name: 'a database port from the internet is no-public-database alone', permissions: [tcp('5432', '0.0.0.0/0')], groups: [{ address: sg, attachments: [DB] }] },
  ],
  invalid: [
    {
      name: 'a database group open on 443 to the internet',
      permissions: [tcp('443', '0.0.0.0/0')],
      groups: [{ address: sg, attachments: [DB] }],
      errors: [{ messageId: 'open', resource: sg, contains: ['a database, cache or data store', 'aws_db_instance.main', '443/tcp', '0.0.0.0/0'] }],
    },
    { name: 'an internal load balancer open to ::/0', permissions: [tcp('80', '::/0')], groups: [{ address: sg, attachments: [INTERNAL_LB] }], errors: [{ messageId: 'open', resource: sg, contains: ['an internal load balancer'] }] },
    { name: 'Lambda functions open to the internet', permissions: [tcp('8443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [LAMBDA] }], errors: [{ messageId: 'open', resource: sg, contains: ['Lambda functions'] }] },
    { name: 'ECS tasks open to the internet', permissions: [tcp('8443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [ECS] }], errors: [{ messageId: 'open', resource: sg, contains: ['ECS tasks'] }] },
    {
      name: 'halves of the internet on one group count as the internet',
      permissions: [tcp('443', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('443', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      groups: [{ address: sg, attachments: [DB] }],
      errors: [{ messageId: 'open', resource: sg, path: 'ingress[0]' }, { messageId: 'open', resource: sg, path: 'ingress[1]' }],
    },
  ],
});
