import { TIER_WORDS, tierMap, type Tier } from '../graph/tiers.js';
import { describePeer, internetGrants } from '../lib/peer.js';
import { describeTraffic, isAllTraffic } from '../lib/ports.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const EGRESS_TIERS: ReadonlySet<Tier> = new Set(['database', 'lambda']);

const rule: Rule = {
  meta: {
    name: 'private-tier-unrestricted-egress',
    severity: 'low',
    title: 'Database or Lambda group with unrestricted egress',
    description:
      'A group attached to a database, cache or data store, or to Lambda functions, allows all traffic (every protocol, or every TCP or UDP port) out to the whole internet.',
    why: 'Data stores rarely need to start connections to the internet, and a Lambda function usually needs a handful of AWS APIs. Unrestricted egress is the path a compromised function or a malicious stored procedure uses to exfiltrate data.',
    fix: 'Restrict egress to what the tier calls: AWS services through VPC endpoints or their prefix lists, other tiers by security group, and 443 to named destinations only where needed.',
    references: [
      { title: 'AWS Lambda: VPC networking and security groups', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html' },
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
    ],
    messages: {
      egress: '{{group}} protects {{tier}} yet allows {{traffic}} to {{peer}}, the whole internet',
    },
  },
  check(context) {
    const tiers = tierMap(context.model);
    const candidates = context.model.permissions.filter((p) => p.direction === 'egress' && isAllTraffic(p) && p.securityGroup);
    for (const kind of ['all', 'tcp', 'udp'] as const) {
      for (const { permission: p } of internetGrants(candidates.filter((q) => q.protocol === kind))) {
        const private_ = (tiers.get(p.securityGroup ?? '') ?? []).filter((t) => EGRESS_TIERS.has(t));
        if (private_.length === 0) continue;
        context.report({
          messageId: 'egress',
          data: { group: groupOf(p), tier: private_.map((t) => TIER_WORDS[t]).join(' and '), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer) },
          permission: p,
        });
      }
    }
  },
};

export default rule;
