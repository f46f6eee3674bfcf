import rule from '../../src/rules/no-public-remote-admin.js';
import { cidr, group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const web = 'aws_security_group.web';

ruleTester(rule, {
  valid: [
    { name: 'telnet from a private range', permissions: [tcp('23', '10.0.0.0/8')] },
    { name: 'kubernetes API from a group', permissions: [tcp('6443', group('aws_security_group.admin'))] },
    { name: 'kubelet from a prefix list', permissions: [tcp('10250', { kind: 'prefix-list', id: 'pl-0123' })] },
    { name: 'vnc from an office /32', permissions: [tcp('5900-5903', '203.0.113.10/32')] },
    { name: 'ports beside docker are not docker', permissions: [tcp('2374', '0.0.0.0/0'), tcp('2377', '0.0.0.0/0')] },
    { name: 'udp 23 is not telnet', permissions: [permission({ protocol: 'udp', fromPort: 23, toPort: 23 })] },
    { name: 'egress to the kubelet port is not ingress', permissions: [tcp('10250', '0.0.0.0/0', 'web', { direction: 'egress' })] },
    { name: 'all traffic from the world is no-public-all-traffic', permissions: [permission({ protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535 })] },
  ],
  invalid: [
    { name: 'telnet from 0.0.0.0/0', permissions: [tcp('23', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['23/tcp', '0.0.0.0/0'] }] },
    { name: 'a range 5900-5910 names the vnc ports it opens', permissions: [tcp('5900-5910', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['5900-5903/tcp'] }] },
    { name: 'docker from ::/0', permissions: [tcp('2375-2376', '::/0')], errors: [{ messageId: 'open', resource: web, contains: ['2375-2376/tcp', '::/0'] }] },
    { name: 'kubernetes API from ::0/0', permissions: [tcp('6443', '::0/0')], errors: [{ messageId: 'open', resource: web, contains: ['6443/tcp', '::0/0 (::/0)'] }] },
    { name: 'a range 20-25 names telnet only', permissions: [tcp('20-25', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['allows 23/tcp from'] }] },
    {
      name: 'winrm from halves of the internet',
      permissions: [tcp('5985-5986', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('5985-5986', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]', contains: ['128.0.0.0/1'] },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
    {
      name: 'self beside the world in one block still fails',
      permissions: [tcp('10250', { kind: 'self' }), tcp('10250', '0.0.0.0/0')],
      errors: [{ messageId: 'open', resource: web, contains: ['10250/tcp'] }],
    },
    {
      name: 'a standalone vpc ingress rule',
      permissions: [tcp('6443', cidr('0.0.0.0/0'), 'web', { resource: 'aws_vpc_security_group_ingress_rule.k8s', resourceType: 'aws_vpc_security_group_ingress_rule', path: '' })],
      errors: [{ messageId: 'open', resource: 'aws_vpc_security_group_ingress_rule.k8s' }],
    },
  ],
});
