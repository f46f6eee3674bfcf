import { loadBalancedResources, tierMap, tiersOf } from '../graph/tiers.js';
import type { Permission } from '../model/types.js';
import { ingressExposure } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import { INTERNET_RULES } from './internet-rules.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'backend-bypasses-load-balancer',
    severity: 'high',
    title: 'Load-balancer target reachable from the internet directly',
    description:
      'A group whose resources are load-balancer targets (target-group attachments, auto scaling groups with target groups, ECS services with a load_balancer block, instances of a classic ELB) also accepts traffic from the whole internet directly, on any port.',
    why: 'Behind a load balancer, instances should accept traffic only from the load balancer\'s security group. Direct internet access bypasses TLS termination, WAF rules, access logs and health-based routing, and exposes every target\'s address to scanners.',
    fix: 'Replace the internet CIDR with the load balancer\'s security group (source_security_group_id / referenced_security_group_id), and keep the internet rules on the load balancer\'s own group.',
    references: [
      { title: 'Elastic Load Balancing: security groups for your Application Load Balancer targets', url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html' },
      { title: 'AWS Well-Architected, SEC05-BP01: create network layers', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html' },
    ],
    messages: {
      bypass: '{{group}} protects {{targets}}, behind {{loadBalancers}}, yet admits {{traffic}} from {{peer}}, the whole internet',
    },
    supersededBy: INTERNET_RULES,
  },
  check(context) {
    const exposure = ingressExposure(context.model);
    const tiers = tierMap(context.model);
    // The exposed ingress of each group, in model order: one pass, not one per group.
    const exposedOf = new Map<string, Permission[]>();
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || p.securityGroup === null || !exposure.has(p)) continue;
      const list = exposedOf.get(p.securityGroup);
      if (list) list.push(p);
      else exposedOf.set(p.securityGroup, [p]);
    }
    for (const group of context.model.groups) {
      if (!exposedOf.has(group.address)) continue;
      // A group that is itself the public load balancer's is meant to face the internet.
      if ((tiers.get(group.address) ?? tiersOf(group)).includes('public-lb')) continue;
      const behind = loadBalancedResources(context.model, group);
      if (behind.length === 0) continue;
      const lbs = [...new Set(behind.flatMap((b) => b.loadBalancers))];
      for (const p of exposedOf.get(group.address) ?? []) {
        context.report({
          messageId: 'bypass',
          data: {
            group: groupOf(p),
            targets: behind.map((b) => b.resource).slice(0, 3).join(', ') + (behind.length > 3 ? ', ...' : ''),
            loadBalancers: lbs.length > 0 ? lbs.join(', ') : 'a load balancer',
            traffic: describeTraffic(p) ?? '',
            peer: describePeer(p.peer),
          },
          permission: p,
        });
      }
    }
  },
};

export default rule;
