import { classifyCidr } from '../lib/address-class.js';
import { portRanges, type ProtocolPorts } from '../lib/port-set.js';
import { cidrGrants } from './cidr-port-grants.js';
import type { Rule } from './types.js';

/** SSH (22/tcp) and RDP (3389 over tcp and udp). */
export const SSH_RDP_PORTS: readonly ProtocolPorts[] = [
  { protocol: 'tcp', ranges: portRanges([22, 3389]) },
  { protocol: 'udp', ranges: portRanges([3389]) },
];

const rule: Rule = {
  meta: {
    name: 'admin-port-by-cidr',
    severity: 'low',
    title: 'SSH or RDP admitted by private CIDR instead of a security group',
    description:
      'Ingress to SSH (22) or RDP (3389) from a private CIDR (RFC 1918, 100.64.0.0/10, IPv6 unique-local and link-local) rather than from the security group of a bastion or management host. Ranges in `trusted-cidrs` (a VPN, say) are not reported.',
    why: 'A private range admits every instance, container and Lambda function in it, so one compromised workload can reach the shell of every other. Referencing the bastion\'s security group admits exactly the hosts meant to administer, and follows them when their addresses change.',
    fix: 'Replace the CIDR with the security group of the bastion or management hosts (source_security_group_id / referenced_security_group_id, or security_groups in an inline block), or use AWS Systems Manager Session Manager and drop the port. If the range is a VPN you trust, list it in `trusted-cidrs`.',
    references: [
      { title: 'Amazon VPC: security group rules that reference other security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'AWS Systems Manager Session Manager', url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html' },
      { title: 'CIS AWS Foundations Benchmark 5.x: restrict remote server administration', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
    ],
    messages: {
      byCidr: '{{group}} allows {{ports}} from {{peer}}, a private range; admit the bastion\'s security group instead',
    },
    // A wide range (e.g. all traffic from the VPC) or a whole VPC's range reported for the same
    // permission says it already, at a higher severity.
    supersededBy: ['wide-port-range', 'peer-vpc-cidr-instead-of-sg'],
  },
  check(context) {
    // Private ranges only: a private peer never opens anything to the internet.
    for (const g of cidrGrants(context, SSH_RDP_PORTS, (c) => classifyCidr(c) === 'private')) context.report({ messageId: 'byCidr', data: g.data, permission: g.permission });
  },
};

export default rule;
