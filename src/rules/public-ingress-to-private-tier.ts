import { PRIVATE_TIERS, TIER_WORDS, tierMap } from '../graph/tiers.js';
import { ingressExposure } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import { INTERNET_RULES } from './internet-rules.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'public-ingress-to-private-tier',
    severity: 'high',
    title: 'Internet ingress to a private tier',
    description:
      'Ingress from the whole internet, on any port, to a group attached to a tier that should never face the internet: a database, cache or data store, an internal load balancer, Lambda functions or ECS tasks. Tiers are inferred from the resources the plan attaches to the group.',
    why: 'Only the public load balancer should face the internet; everything behind it should accept traffic from the tier in front of it. A private tier reachable from the internet skips every control the front tier applies (TLS termination, WAF, authentication) and is found by scanners within hours.',
    fix: 'Remove the internet CIDR and admit the tier in front by its security group (the load balancer for an internal service, the application or Lambda group for a database).',
    references: [
      { title: 'AWS Well-Architected, SEC05-BP01: create network layers', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html' },
      { title: 'Amazon VPC: security group rules that reference other security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ],
    messages: {
      open: '{{group}} protects {{tier}} ({{resources}}) yet admits {{traffic}} from {{peer}}, the whole internet',
    },
    supersededBy: INTERNET_RULES,
  },
  check(context) {
    const tiers = tierMap(context.model);
    const exposure = ingressExposure(context.model);
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || !exposure.has(p) || !p.securityGroup) continue;
      const privateTiers = (tiers.get(p.securityGroup) ?? []).filter((t) => PRIVATE_TIERS.has(t));
      if (privateTiers.length === 0) continue;
      const group = context.model.groups.find((g) => g.address === p.securityGroup);
      const resources = (group?.attachments ?? []).map((a) => a.resource);
      context.report({
        messageId: 'open',
        data: {
          group: groupOf(p),
          tier: privateTiers.map((t) => TIER_WORDS[t]).join(' and '),
          resources: [...new Set(resources)].slice(0, 3).join(', ') + (resources.length > 3 ? ', ...' : ''),
          traffic: describeTraffic(p) ?? '',
          peer: describePeer(p.peer),
        },
        permission: p,
      });
    }
  },
};

export default rule;
