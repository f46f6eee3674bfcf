import rule from '../../src/rules/unknown-peer.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'a known CIDR', permissions: [tcp('443', '10.0.0.0/16')] },
    { name: 'a group resolved through configuration', permissions: [tcp('5432', group('aws_security_group.app'))] },
    {
      name: 'one of several groups is still a group, never public',
      permissions: [tcp('5432', { kind: 'security-group', address: null, id: null, candidates: ['aws_security_group.a', 'aws_security_group.b'] })],
    },
  ],
  invalid: [
    {
      name: 'an ingress CIDR unknown until apply',
      permissions: [tcp('443', { kind: 'unknown', attribute: 'ingress[0].cidr_blocks[0]' })],
      errors: [{ messageId: 'unknown', resource: web, contains: ['source', 'ingress[0].cidr_blocks[0]', '443/tcp'] }],
    },
    {
      name: 'an egress destination unknown until apply',
      permissions: [permission({ direction: 'egress', protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'unknown', attribute: 'destination_security_group_id' } })],
      errors: [{ messageId: 'unknown', resource: web, contains: ['destination'] }],
    },
    {
      name: 'a malformed CIDR',
      permissions: [tcp('22', { kind: 'unknown', attribute: 'cidr_blocks[0]', reason: 'not a valid CIDR: 10.0.0.0/33' })],
      errors: [{ messageId: 'invalid', resource: web, contains: ['10.0.0.0/33'] }],
    },
  ],
});
