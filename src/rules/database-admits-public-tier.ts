import { tierMap } from '../graph/tiers.js';
import { ingressExposure } from '../lib/exposure.js';
import { describeTraffic } from '../lib/ports.js';
import type { Permission } from '../model/types.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'database-admits-public-tier',
    severity: 'medium',
    title: 'Database admits an internet-facing group',
    description:
      'A group attached to a database, cache or data store admits, by security-group reference, a group that itself accepts traffic from the whole internet: typically the load balancer instead of the application tier behind it.',
    why: 'A database should accept only the tier that queries it. Admitting an internet-facing group puts the database one hop from the internet: anything that compromises the front tier (or a misrouted listener on the load balancer) can reach the data directly.',
    fix: 'Admit the security group of the application or Lambda functions that query the database, not the load balancer or another internet-facing group.',
    references: [
      { title: 'Amazon RDS: controlling access with security groups', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html' },
      { title: 'AWS Well-Architected, SEC05-BP01: create network layers', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html' },
    ],
    messages: {
      admits: '{{group}} protects a data store yet admits {{traffic}} from {{peer}}, which the internet reaches directly ({{exposed}})',
    },
  },
  check(context) {
    const tiers = tierMap(context.model);
    const exposure = ingressExposure(context.model);
    // What the internet reaches in each group directly.
    const exposedBy = new Map<string, Permission[]>();
    for (const p of exposure.keys()) {
      if (!p.securityGroup) continue;
      exposedBy.set(p.securityGroup, [...(exposedBy.get(p.securityGroup) ?? []), p]);
    }
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || !p.securityGroup || p.peer.kind !== 'security-group' || !p.peer.address) continue;
      if (!(tiers.get(p.securityGroup) ?? []).includes('database') || p.peer.address === p.securityGroup) continue;
      const exposed = exposedBy.get(p.peer.address);
      if (!exposed) continue;
      context.report({
        messageId: 'admits',
        data: {
          group: groupOf(p),
          traffic: describeTraffic(p) ?? '',
          peer: p.peer.address,
          exposed: [...new Set(exposed.map((q) => describeTraffic(q) ?? ''))].join(', '),
        },
        permission: p,
      });
    }
  },
};

export default rule;
