import { parseCidr } from '../../src/lib/cidr.js';
import type { Model, Peer, Permission, SecurityGroup } from '../../src/model/types.js';

/** A CIDR peer as the model builds it. */
export function cidr(text: string): Peer {
  const c = parseCidr(text);
  if (!c) throw new Error(`bad CIDR in test: ${text}`);
  return { kind: 'cidr', family: c.family, value: text, cidr: c.cidr, prefix: c.prefix };
}

export function group(address: string): Peer {
  return { kind: 'security-group', address, id: null };
}

/** A permission with sensible defaults: tcp 22 ingress from 0.0.0.0/0 on aws_security_group.web. */
export function permission(overrides: Partial<Permission> = {}): Permission {
  return {
    securityGroup: 'aws_security_group.web',
    securityGroupId: null,
    resource: 'aws_security_group.web',
    resourceType: 'aws_security_group',
    path: 'ingress[0]',
    peerPath: 'ingress[0].cidr_blocks[0]',
    direction: 'ingress',
    protocol: 'tcp',
    protocolRaw: 'tcp',
    fromPort: 22,
    toPort: 22,
    portsUnknown: false,
    icmpType: null,
    icmpCode: null,
    peer: cidr('0.0.0.0/0'),
    description: null,
    side: 'after',
    ...overrides,
  };
}

/** Shorthand: tcp `ports` ("22" or "20-25") from `peer` on group `sg` (a name under aws_security_group). */
export function tcp(ports: string, peer: Peer | string, sg = 'web', extra: Partial<Permission> = {}): Permission {
  const [from, to] = ports.split('-').map(Number) as [number, number | undefined];
  const address = `aws_security_group.${sg}`;
  return permission({
    securityGroup: address,
    resource: address,
    fromPort: from,
    toPort: to ?? from,
    peer: typeof peer === 'string' ? cidr(peer) : peer,
    ...extra,
  });
}

export function modelOf(permissions: Permission[], groups: Partial<SecurityGroup>[] = []): Model {
  const addresses = new Set(permissions.map((p) => p.securityGroup).filter((a): a is string => a !== null));
  for (const g of groups) if (g.address) addresses.add(g.address);
  return {
    plan: { path: 'test-plan.json', kind: 'plan', terraformVersion: '1.9.8', formatVersion: '1.2' },
    network: { vpcs: [], peerings: [], loadBalancers: [], lbTargets: [] },
    groups: [...addresses].map((address) => ({
      address,
      type: /(^|\.)aws_default_security_group\./.test(address) ? 'aws_default_security_group' : 'aws_security_group',
      module: '',
      name: address.split('.').pop() ?? null,
      id: null,
      vpcId: null,
      vpc: null,
      description: null,
      action: 'create',
      declaresInline: { ingress: true, egress: true },
      attachments: [],
      ...groups.find((g) => g.address === address),
    })),
    ruleResources: [],
    permissions,
    beforeGroups: [],
    beforeRuleResources: [],
    beforePermissions: [],
  };
}
