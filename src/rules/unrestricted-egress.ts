import { allTrafficMessages, reportAllTrafficToInternet } from './all-traffic.js';
import type { Rule } from './types.js';

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
    messages: allTrafficMessages('to'),
    // For a database or Lambda group the tier-aware rule says it with more context.
    supersededBy: 'private-tier-unrestricted-egress',
    // It is AWS's own default on every group: reported on every pull request, it drowned what the
    // pull request did. The risky case, a private tier (database, Lambda) open outward, is
    // private-tier-unrestricted-egress, which stays on.
    enabledByDefault: false,
  },
  check(context) {
    reportAllTrafficToInternet(context, 'egress');
  },
};

export default rule;
