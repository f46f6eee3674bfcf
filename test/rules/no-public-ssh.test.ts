import rule from '../../src/rules/no-public-ssh.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'ssh from a private range', permissions: [tcp('22', '10.0.0.0/8')] },
    { name: 'ssh from an office /32', permissions: [tcp('22', '203.0.113.10/32')] },
    { name: 'ssh from a bastion group', permissions: [tcp('22', group('aws_security_group.bastion'))] },
    { name: 'ssh from a prefix list', permissions: [tcp('22', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'ssh from self', permissions: [tcp('22', { kind: 'self' })] },
    { name: 'https from the world', permissions: [tcp('443', '0.0.0.0/0'), tcp('443', '::/0')] },
    { name: 'tcp 0-0 from the world is port 0 only', permissions: [tcp('0-0', '0.0.0.0/0')] },
    { name: 'icmp from the world has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: 8, icmpCode: 0 })] },
    { name: 'udp 22 is not ssh', permissions: [permission({ protocol: 'udp' })] },
    { name: 'egress to 22 on the world is not ingress', permissions: [tcp('22', '0.0.0.0/0', 'web', { direction: 'egress' })] },
    { name: 'a public /1 alone is not the internet', permissions: [tcp('22', '0.0.0.0/1')] },
    { name: 'halves on two different groups do not add up', permissions: [tcp('22', '0.0.0.0/1', 'a'), tcp('22', '128.0.0.0/1', 'b')] },
    { name: 'halves for different ports do not add up', permissions: [tcp('22', '0.0.0.0/1'), tcp('443', '128.0.0.0/1')] },
    { name: 'unknown ports are not guessed', permissions: [permission({ fromPort: null, toPort: null, portsUnknown: true })] },
  ],
  invalid: [
    { name: 'ssh from 0.0.0.0/0', permissions: [tcp('22', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['22/tcp', '0.0.0.0/0'] }] },
    { name: 'ssh from ::/0', permissions: [tcp('22', '::/0')], errors: [{ messageId: 'open', resource: web, contains: ['::/0'] }] },
    { name: 'ssh from 0::0/0', permissions: [tcp('22', '0::0/0')], errors: [{ messageId: 'open', resource: web, contains: ['0::0/0 (::/0)'] }] },
    { name: 'ssh from 0:0:0:0:0:0:0:0/0', permissions: [tcp('22', '0:0:0:0:0:0:0:0/0')], errors: [{ messageId: 'open', resource: web }] },
    { name: 'host bits set on a /0', permissions: [tcp('22', '10.1.2.3/0')], errors: [{ messageId: 'open', resource: web, contains: ['10.1.2.3/0 (0.0.0.0/0)'] }] },
    { name: 'a range 20-25 covers 22', permissions: [tcp('20-25', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['22/tcp'] }] },
    {
      name: 'self beside the world in one block still fails',
      permissions: [tcp('22', { kind: 'self' }), tcp('22', '0.0.0.0/0', 'web', { peerPath: 'ingress[0].cidr_blocks[0]' })],
      errors: [{ messageId: 'open', resource: web }],
    },
    {
      name: '0.0.0.0/1 + 128.0.0.0/1 is the internet',
      permissions: [tcp('22', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('22', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]', contains: ['0.0.0.0/1', '128.0.0.0/1'] },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
    {
      name: 'a standalone rule is reported on the rule resource',
      permissions: [tcp('22', '0.0.0.0/0', 'web', { resource: 'aws_security_group_rule.ssh', resourceType: 'aws_security_group_rule', path: '' })],
      errors: [{ messageId: 'open', resource: 'aws_security_group_rule.ssh' }],
    },
    {
      name: 'numeric protocol 6 is tcp',
      permissions: [permission({ protocolRaw: '6', peer: cidr('0.0.0.0/0') })],
      errors: [{ messageId: 'open', resource: web }],
    },
  ],
});
