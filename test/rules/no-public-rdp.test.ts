import rule from '../../src/rules/no-public-rdp.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'rdp from a private range', permissions: [tcp('3389', '172.16.0.0/12')] },
    { name: 'rdp from a group', permissions: [tcp('3389', group('aws_security_group.bastion'))] },
    { name: 'ssh from the world is another rule', permissions: [tcp('22', '0.0.0.0/0')] },
    { name: 'a range that stops short of 3389', permissions: [tcp('3300-3388', '0.0.0.0/0')] },
  ],
  invalid: [
    { name: 'rdp from 0.0.0.0/0', permissions: [tcp('3389', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['3389/tcp'] }] },
    { name: 'rdp over udp from ::/0', permissions: [permission({ protocol: 'udp', fromPort: 3389, toPort: 3389, peer: { kind: 'cidr', family: 6, value: '::/0', cidr: '::/0', prefix: 0 } })], errors: [{ messageId: 'open', resource: web, contains: ['3389/udp'] }] },
    { name: 'a range 3000-4000 covers 3389', permissions: [tcp('3000-4000', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web }] },
  ],
});
