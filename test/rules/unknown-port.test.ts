import rule from '../../src/rules/unknown-port.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'known ports from the internet', permissions: [tcp('443', '0.0.0.0/0')] },
    { name: 'all traffic has every port', permissions: [permission({ protocol: 'all', fromPort: 0, toPort: 65535 })] },
    { name: 'icmp has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: -1, icmpCode: -1 })] },
    { name: 'an unknown peer is unknown-peer\'s', permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true, peer: { kind: 'unknown', attribute: 'cidr_blocks' } })] },
  ],
  invalid: [
    {
      name: 'ports unknown until apply from the internet, at high severity',
      permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true })],
      errors: [{ messageId: 'ports', resource: web, contains: ['ports unknown/tcp', '0.0.0.0/0'], severity: 'high' }],
    },
    {
      name: 'ports unknown until apply from a group',
      permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true, peer: group('aws_security_group.app') })],
      errors: [{ messageId: 'ports', resource: web, contains: ['aws_security_group.app'] }],
    },
    {
      name: 'a protocol unknown until apply',
      permissions: [permission({ protocol: 'unknown', protocolRaw: null, fromPort: 22, toPort: 22 })],
      errors: [{ messageId: 'protocol', resource: web, contains: ['all traffic'], severity: 'high' }],
    },
    {
      name: 'a reversed range',
      permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true, portsProblem: 'from_port 443 is above to_port 22' })],
      errors: [{ messageId: 'invalid', resource: web, contains: ['from_port 443 is above to_port 22'], severity: 'high' }],
    },
  ],
});
