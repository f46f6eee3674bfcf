import { classifyCidr, cidrWithin, peerCidr } from '../lib/address-class.js';
import { ingressExposure } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import { DEFAULT_MAX_PUBLIC_PREFIX, option, readMaxPublicPrefix, readTrustedCidrs } from './options.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'wide-public-cidr',
    severity: 'medium',
    title: 'Ingress from a wide public address range',
    description:
      'Ingress from a public CIDR (neither private nor the whole internet) with a shorter prefix than `max-public-prefix`: wider than /24 for IPv4 or /56 for IPv6 unless configured. Ranges in `trusted-cidrs` and CIDRs that together cover the whole internet (those are the internet rules\' business) are not reported.',
    why: 'A /16 of someone else\'s addresses is 65,536 hosts you do not control: usually a typo for a private range, a whole cloud provider\'s or ISP\'s block admitted "to be safe", or a stand-in for the internet that no scanner flags.',
    fix: 'Narrow the range to the addresses that really connect (an office egress IP, a partner\'s /28), admit a security group or a managed prefix list instead, or, if the range is yours, list it in `trusted-cidrs`.',
    references: [
      { title: 'Amazon VPC: security group rules (sources and destinations)', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
      { title: 'RFC 1918: address allocation for private internets', url: 'https://www.rfc-editor.org/rfc/rfc1918' },
    ],
    messages: {
      wide: '{{group}} allows {{traffic}} from {{peer}}, a public range wider than /{{max}} (max-public-prefix for IPv{{family}})',
    },
  },
  check(context) {
    const max = option(context.options, 'max-public-prefix', readMaxPublicPrefix, { ...DEFAULT_MAX_PUBLIC_PREFIX });
    const trusted = option(context.options, 'trusted-cidrs', readTrustedCidrs, []);
    const ingress = context.model.permissions.filter((p) => p.direction === 'ingress' && p.peer.kind === 'cidr');
    const internet = ingressExposure(context.model);
    for (const p of ingress) {
      const c = peerCidr(p.peer);
      if (!c || classifyCidr(c) !== 'public' || internet.has(p)) continue;
      const limit = c.family === 4 ? max.ipv4 : max.ipv6;
      if (c.prefix >= limit || cidrWithin(c, trusted)) continue;
      context.report({
        messageId: 'wide',
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer), max: limit, family: c.family },
        permission: p,
      });
    }
  },
};

export default rule;
