import { portRanges, type ProtocolPorts } from '../lib/port-set.js';
import { cidrGrants } from './cidr-port-grants.js';
import { DATABASE_PORTS } from './no-public-database.js';
import type { Rule } from './types.js';

const PORTS: readonly ProtocolPorts[] = [{ protocol: 'tcp', ranges: portRanges(DATABASE_PORTS) }];

const rule: Rule = {
  meta: {
    name: 'database-by-cidr',
    severity: 'medium',
    title: 'Database port admitted by CIDR instead of a security group',
    description:
      'Ingress to a database, cache or search-engine port (the ports of no-public-database) from a CIDR, private or public, rather than from the security groups of the clients. Ranges in `trusted-cidrs` are not reported; the whole internet is left to no-public-database.',
    why: 'A CIDR admits every workload that ever gets an address in it: a VPC or subnet range lets any compromised instance, container or Lambda function talk to the database directly. A security-group reference admits exactly the application tier and follows it through scaling and redeploys.',
    fix: 'Replace the CIDR with the security groups of the application, Lambda functions or bastion that use the database (source_security_group_id / referenced_security_group_id, or security_groups in an inline block).',
    references: [
      { title: 'Amazon RDS: controlling access with security groups', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html' },
      { title: 'Amazon VPC: security group rules that reference other security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19' },
    ],
    messages: {
      byCidr: '{{group}} allows {{ports}} from {{peer}}; admit the clients\' security groups instead of an address range',
    },
    // A wide range reported for the same permission (e.g. all traffic from the VPC) says it already.
    supersededBy: 'wide-port-range',
  },
  check(context) {
    for (const g of cidrGrants(context, PORTS, () => true)) context.report({ messageId: 'byCidr', data: g.data, permission: g.permission });
  },
};

export default rule;
