import { describeTraffic, isAllTraffic } from '../lib/ports.js';
import { describePeer, internetGrants } from '../lib/peer.js';
import type { Rule } from './types.js';

const rule: Rule = {
  meta: {
    name: 'no-public-all-traffic',
    severity: 'critical',
    title: 'All traffic open to the internet',
    description: 'Ingress from the whole internet for every protocol (-1 / "all"), or for every TCP or UDP port (0-65535).',
    why: 'It exposes every service on the instance, including ones nobody meant to publish (admin consoles, debug ports, databases); least privilege starts by never doing this.',
    fix: 'Open only the ports the service needs (usually 443, and 80 to redirect) to the internet, and admit everything else from security-group references.',
    references: [
      { title: 'AWS Security Hub EC2.18: only authorized ports may accept unrestricted incoming traffic', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18' },
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
    ],
    messages: {
      open: '{{group}} allows {{traffic}} from {{peer}}, which is the whole internet',
      openTogether: '{{group}} allows {{traffic}} from {{peer}}, which with {{others}} covers the whole internet',
    },
  },
  check(context) {
    const candidates = context.model.permissions.filter((p) => p.direction === 'ingress' && isAllTraffic(p));
    // Union coverage is judged per kind of traffic: all protocols, all tcp, all udp.
    for (const kind of ['all', 'tcp', 'udp'] as const) {
      for (const grant of internetGrants(candidates.filter((p) => p.protocol === kind))) {
        const p = grant.permission;
        const others = (grant.together ?? []).map((q) => describePeer(q.peer)).join(', ');
        context.report({
          messageId: others ? 'openTogether' : 'open',
          data: { group: p.securityGroup ?? p.securityGroupId ?? 'a security group unknown until apply', traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer), others },
          permission: p,
        });
      }
    }
  },
};

export default rule;
