import { cidrWithin, classifyCidr, peerCidr } from '../lib/address-class.js';
import { ingressExposure, unexposed } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { listLabels, portRanges, reachedPorts, type ProtocolPorts } from '../lib/port-set.js';
import { SSH_RDP_PORTS } from './admin-port-by-cidr.js';
import { REMOTE_ADMIN_PORTS } from './no-public-remote-admin.js';
import { option, readTrustedCidrs } from './options.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

/** SSH, RDP and the remote-administration ports of no-public-remote-admin. */
export const ADMIN_PORTS: readonly ProtocolPorts[] = [...SSH_RDP_PORTS, { protocol: 'tcp', ranges: portRanges(REMOTE_ADMIN_PORTS) }];

const rule: Rule = {
  meta: {
    name: 'admin-port-from-untrusted',
    severity: 'medium',
    title: 'Administration port open to an untrusted public range',
    description:
      'Ingress to SSH (22), RDP (3389) or another remote-administration port (Telnet, VNC, WinRM, Docker, Kubernetes API, kubelet) from a public CIDR that is not in `trusted-cidrs`. While no `trusted-cidrs` are configured every public CIDR is reported. The whole internet is left to no-public-ssh, no-public-rdp and no-public-remote-admin.',
    why: 'An office or partner address admitted once tends to outlive the office, the partner and the reason; a public range nobody vouches for may belong to anyone. Listing the ranges you trust makes every new one a reviewed decision.',
    fix: 'Admit the port from a bastion\'s security group or a VPN instead, or, if the range is yours (an office or VPN egress address), add it to `trusted-cidrs` in the configuration.',
    references: [
      { title: 'CIS AWS Foundations Benchmark 5.x: restrict remote server administration', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
      { title: 'AWS Security Hub EC2.13 / EC2.14: restrict SSH and RDP', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13' },
      { title: 'AWS Systems Manager Session Manager', url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html' },
    ],
    messages: {
      untrusted: '{{group}} allows {{ports}} from {{peer}}, a public range that is not in trusted-cidrs',
      noneTrusted: '{{group}} allows {{ports}} from {{peer}}, a public range; no trusted-cidrs are configured to vouch for it',
    },
    // A wide range reported for the same permission (e.g. all traffic from an office range) says it already.
    supersededBy: 'wide-port-range',
  },
  check(context) {
    const trusted = option(context.options, 'trusted-cidrs', readTrustedCidrs, []);
    const ingress = context.model.permissions.filter((p) => p.direction === 'ingress');
    // What a permission opens to the whole internet is the no-public-* rules' finding, not this one's.
    const internet = ingressExposure(context.model);
    for (const p of ingress) {
      const c = peerCidr(p.peer);
      if (!c || classifyCidr(c) === 'private' || cidrWithin(c, trusted)) continue;
      const ports = reachedPorts(p, unexposed(ADMIN_PORTS, internet.get(p)));
      if (ports.length === 0) continue;
      context.report({
        messageId: trusted.length > 0 ? 'untrusted' : 'noneTrusted',
        data: { group: groupOf(p), ports: listLabels(ports), peer: describePeer(p.peer) },
        permission: p,
      });
    }
  },
};

export default rule;
