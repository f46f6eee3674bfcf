import rule from '../../src/rules/unrestricted-egress.js';
import { cidr, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';
const egress = (peer: string, extra = {}) => permission({ direction: 'egress', protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535, peer: cidr(peer), path: 'egress[0]', ...extra });

ruleTester(rule, {
  valid: [
    { name: 'https to the world', permissions: [tcp('443', '0.0.0.0/0', 'web', { direction: 'egress' })] },
    { name: 'all traffic to the VPC', permissions: [egress('10.0.0.0/16')] },
    { name: 'all traffic to a prefix list', permissions: [egress('10.0.0.0/16', { peer: { kind: 'prefix-list', id: 'pl-0123' } })] },
    { name: 'all traffic to a group', permissions: [egress('10.0.0.0/16', { peer: { kind: 'security-group', address: 'aws_security_group.db', id: null } })] },
    { name: 'ingress of all traffic is another rule', permissions: [egress('0.0.0.0/0', { direction: 'ingress' })] },
    { name: 'tcp 1-65535 is not every port', permissions: [tcp('1-65535', '0.0.0.0/0', 'web', { direction: 'egress' })] },
    { name: 'icmp to the world', permissions: [permission({ direction: 'egress', protocol: 'icmp', fromPort: null, toPort: null })] },
  ],
  invalid: [
    { name: 'protocol -1 to 0.0.0.0/0 (the AWS default)', permissions: [egress('0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['all traffic', '0.0.0.0/0'] }] },
    { name: 'protocol all to ::/0', permissions: [egress('::/0', { protocolRaw: 'all' })], errors: [{ messageId: 'open', resource: web, contains: ['::/0'] }] },
    { name: 'every tcp port to the world', permissions: [tcp('0-65535', '0.0.0.0/0', 'web', { direction: 'egress' })], errors: [{ messageId: 'open', resource: web, contains: ['all ports/tcp'] }] },
    {
      name: 'halves of the internet',
      permissions: [egress('0.0.0.0/1'), egress('128.0.0.0/1', { path: 'egress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'egress[0]', contains: ['128.0.0.0/1'] },
        { messageId: 'openTogether', resource: web, path: 'egress[1]' },
      ],
    },
    {
      name: 'an aws_vpc_security_group_egress_rule',
      permissions: [egress('0.0.0.0/0', { resource: 'aws_vpc_security_group_egress_rule.all', resourceType: 'aws_vpc_security_group_egress_rule', path: '' })],
      errors: [{ messageId: 'open', resource: 'aws_vpc_security_group_egress_rule.all' }],
    },
  ],
});
