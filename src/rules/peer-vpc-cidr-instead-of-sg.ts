import { cidrWithin, peerCidr } from '../lib/address-class.js';
import { parseCidr, type ParsedCidr } from '../lib/cidr.js';
import { ingressExposure } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'peer-vpc-cidr-instead-of-sg',
    severity: 'medium',
    title: 'A whole VPC admitted by CIDR instead of security groups',
    description:
      'Ingress from a CIDR that covers the whole address range of a VPC in the plan, or of a VPC peered with it (aws_vpc, aws_vpc_peering_connection), where a security-group reference would admit only the workloads that need it.',
    why: 'A VPC range admits every instance, container and function that ever runs in it; across a peering it opens the other account\'s or team\'s whole network. Security-group references (which work across peered VPCs in the same region) admit exactly the callers and follow them through redeploys.',
    fix: 'Replace the VPC CIDR with the security groups of the callers (referenced_security_group_id / source_security_group_id; for a peered VPC in the same region, reference the peer\'s group as "account-id/sg-id"). If only a subnet needs access, narrow the CIDR to it.',
    references: [
      { title: 'Amazon VPC peering: update your security groups to reference peer security groups', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html' },
      { title: 'Amazon VPC: security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ],
    messages: {
      wholeVpc: '{{group}} admits {{traffic}} from {{peer}}, the whole of {{vpc}}; reference the security groups that need it',
      peeredVpc: '{{group}} admits {{traffic}} from {{peer}}, the whole of {{vpc}}, peered through {{peering}}; reference the peer\'s security groups',
    },
    // A wide range and database ports by CIDR are reported by their own rules already
    // (admin-port-by-cidr, lower in severity, gives way to this rule instead).
    supersededBy: ['wide-port-range', 'database-by-cidr', 'admin-port-from-untrusted'],
  },
  check(context) {
    const { vpcs, peerings } = context.model.network;
    const vpcRanges = vpcs.flatMap((v) => v.cidrs.map((c) => ({ vpc: v.address, cidr: parseCidr(c) })).filter((x): x is { vpc: string; cidr: ParsedCidr } => x.cidr !== null));
    if (vpcRanges.length === 0) return;
    const exposure = ingressExposure(context.model);
    // Each group's VPC by address (the first group of an address, as a search would find it).
    const vpcOf = new Map<string, string | null>();
    for (const g of context.model.groups) if (!vpcOf.has(g.address)) vpcOf.set(g.address, g.vpc);
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || exposure.has(p)) continue;
      const c = peerCidr(p.peer);
      if (!c || c.prefix === 0) continue;
      // Peered: the covered VPC is the other side of a peering of the group's own VPC (or, when
      // the group's VPC is not known, of any peering). A range covering several VPCs names a
      // peered one first: that is the wider opening.
      const own = (p.securityGroup === null ? undefined : vpcOf.get(p.securityGroup)) ?? null;
      const peeringOf = (vpc: string) => (vpc === own ? undefined : peerings.find((x) => x.vpcs.includes(vpc) && (own === null || x.vpcs.includes(own))));
      const coveredAll = vpcRanges.filter((v) => cidrWithin(v.cidr, [c]));
      const covered = coveredAll.find((v) => peeringOf(v.vpc)) ?? coveredAll[0];
      if (!covered) continue;
      const peering = peeringOf(covered.vpc);
      context.report({
        messageId: peering ? 'peeredVpc' : 'wholeVpc',
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer), vpc: covered.vpc, peering: peering?.address ?? '' },
        permission: p,
      });
    }
  },
};

export default rule;
