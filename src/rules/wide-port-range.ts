import { describePeer } from '../lib/peer.js';
import { permissionRange, rangeSize } from '../lib/port-set.js';
import { describeTraffic } from '../lib/ports.js';
import { DEFAULT_MAX_PORT_RANGE, option, readMaxPortRange } from './options.js';
import { INTERNET_RULES } from './internet-rules.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'wide-port-range',
    severity: 'medium',
    title: 'Wide port range admitted from an address range',
    description:
      'Ingress from a CIDR, private or public, to a TCP or UDP range of more than `max-port-range` ports (100 unless configured), or to all traffic (protocol -1). Ranges from security groups, prefix lists and self are not reported.',
    why: 'A service listens on a handful of ports; a range of thousands admits whatever else happens to listen (debug servers, admin consoles, ephemeral services), now and after every deploy, and usually means nobody knew which ports were needed.',
    fix: 'Open only the ports the service uses, one rule per port or small range; if a peer needs broad access, admit its security group rather than an address range.',
    references: [
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
      { title: 'Amazon VPC: security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ],
    messages: {
      wide: '{{group}} allows {{traffic}} ({{count}} ports) from {{peer}}, more than the {{max}} of max-port-range',
      allTraffic: '{{group}} allows all traffic (every port of every protocol) from {{peer}}, more than the {{max}} ports of max-port-range',
    },
    // A range open to the whole internet is reported, port by port, by the no-public-* rules and
    // public-port-not-allowed; saying "wide range" too would be one more finding for one permission.
    supersededBy: [...INTERNET_RULES, 'public-port-not-allowed'],
  },
  check(context) {
    const max = option(context.options, 'max-port-range', readMaxPortRange, DEFAULT_MAX_PORT_RANGE);
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || p.peer.kind !== 'cidr') continue;
      const range = permissionRange(p);
      if (!range || rangeSize(range) <= max) continue;
      context.report({
        messageId: p.protocol === 'all' ? 'allTraffic' : 'wide',
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', count: rangeSize(range), peer: describePeer(p.peer), max },
        permission: p,
      });
    }
  },
};

export default rule;
