import { classifyCidr } from '../lib/address-class.js';
import { portRanges, type ProtocolPorts } from '../lib/port-set.js';
import { cidrGrants } from './cidr-port-grants.js';
import { SSH_RDP_PORTS } from './admin-port-by-cidr.js';
import { REMOTE_ADMIN_PORTS } from './no-public-remote-admin.js';
import type { Rule } from './types.js';

/** SSH, RDP and the remote-administration ports of no-public-remote-admin. */
const ADMIN_PORTS: readonly ProtocolPorts[] = [...SSH_RDP_PORTS, { protocol: 'tcp', ranges: portRanges(REMOTE_ADMIN_PORTS) }];

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
    for (const g of cidrGrants(context, ADMIN_PORTS, (c) => classifyCidr(c) !== 'private')) {
      context.report({ messageId: g.trustedConfigured ? 'untrusted' : 'noneTrusted', data: g.data, permission: g.permission });
    }
  },
};

export default rule;
