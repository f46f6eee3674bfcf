import { describePeer, internetGrants } from '../lib/peer.js';
import { describeTraffic, isAllTraffic } from '../lib/ports.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'unrestricted-egress',
    severity: 'low',
    title: 'All outbound traffic to the internet',
    description:
      'Egress of all traffic (protocol -1, or every TCP or UDP port) to the whole internet (0.0.0.0/0, ::/0, or CIDRs that add up to it): the AWS default, which Terraform removes unless the configuration writes it back.',
    why: 'Unrestricted egress is how a compromised host downloads tooling, reaches its command-and-control server and exfiltrates data. Most workloads need a few destinations (AWS APIs through VPC endpoints, a package mirror, 443 to a handful of services).',
    fix: 'Allow only the egress the workload needs: 443 to the internet or to prefix lists of AWS services, the database and cache ports to their security groups; route AWS API calls through VPC endpoints.',
    references: [
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
      { title: 'Amazon VPC: security group rules (outbound)', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'Terraform aws_security_group: the default egress rule', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
    ],
    messages: {
      open: '{{group}} allows {{traffic}} to {{peer}}, which is the whole internet',
      openTogether: '{{group}} allows {{traffic}} to {{peer}}, which with {{others}} covers the whole internet',
    },
  },
  check(context) {
    const candidates = context.model.permissions.filter((p) => p.direction === 'egress' && isAllTraffic(p));
    for (const kind of ['all', 'tcp', 'udp'] as const) {
      for (const grant of internetGrants(candidates.filter((p) => p.protocol === kind))) {
        const p = grant.permission;
        const others = (grant.together ?? []).map((q) => describePeer(q.peer)).join(', ');
        context.report({
          messageId: others ? 'openTogether' : 'open',
          data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer), others },
          permission: p,
        });
      }
    }
  },
};

export default rule;
