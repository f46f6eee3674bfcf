import { exposedRanges, ingressExposure } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { listLabels, mergeRanges, subtractRanges } from '../lib/port-set.js';
import { formatRange } from '../lib/ports.js';
import { DEFAULT_ALLOWED_PUBLIC_PORTS, describePorts, option, readPortList } from './options.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'public-port-not-allowed',
    severity: 'medium',
    title: 'Port open to the internet that is not allowed',
    description:
      'Ingress from the whole internet to a TCP or UDP port that is not in `allowed-public-ports` (80 and 443 unless configured), like AWS Security Hub EC2.18. Ports that a more specific rule reports (SSH, RDP, databases, remote administration, high-risk ports) are left to that rule.',
    why: 'Every port open to the world is attack surface. Teams that publish only through load balancers on 80 and 443 catch every other public port here before it ships, and state the exceptions they accept in one place.',
    fix: 'Publish the service through a load balancer on an allowed port, or admit the port only from the security groups or address ranges that need it; if the port is meant to be public, add it to `allowed-public-ports`.',
    references: [
      { title: 'AWS Security Hub EC2.18: security groups should only allow unrestricted incoming traffic for authorized ports', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18' },
      { title: 'AWS Config: vpc-sg-open-only-to-authorized-ports', url: 'https://docs.aws.amazon.com/config/latest/developerguide/vpc-sg-open-only-to-authorized-ports.html' },
    ],
    messages: {
      open: '{{group}} allows {{ports}} from {{peer}}, which is the whole internet; allowed public ports: {{allowed}}',
      openTogether: '{{group}} allows {{ports}} from {{peer}}, which with {{others}} covers the whole internet; allowed public ports: {{allowed}}',
    },
    // One finding per permission: a more specific or broader rule that reports it says enough.
    supersededBy: ['no-public-all-traffic', 'no-public-database', 'no-public-high-risk-port', 'no-public-rdp', 'no-public-remote-admin', 'no-public-ssh'],
  },
  check(context) {
    const allowed = mergeRanges(option(context.options, 'allowed-public-ports', readPortList, DEFAULT_ALLOWED_PUBLIC_PORTS.map((p) => ({ from: p, to: p }))));
    const exposure = ingressExposure(context.model);
    for (const [permission, pieces] of exposure) {
      const labels: string[] = [];
      const together = new Set<string>();
      for (const protocol of ['tcp', 'udp'] as const) {
        const open = pieces.filter((x) => x.protocol === protocol && x.range && subtractRanges([x.range], allowed).length > 0);
        for (const x of open) for (const q of x.together) together.add(describePeer(q.peer));
        for (const r of subtractRanges(exposedRanges(open, protocol), allowed)) labels.push(`${formatRange(r)}/${protocol}`);
      }
      if (labels.length === 0) continue;
      context.report({
        messageId: together.size > 0 ? 'openTogether' : 'open',
        data: {
          group: groupOf(permission),
          ports: permission.protocol === 'all' ? 'all traffic' : listLabels(labels),
          peer: describePeer(permission.peer),
          others: [...together].join(', '),
          allowed: describePorts(allowed),
        },
        permission,
      });
    }
  },
};

export default rule;
