/**
 * Pure answers over a NetModel (build.ts): does a route table send the
 * internet's replies to an internet gateway, does a network ACL admit traffic
 * in and its replies out, and, putting them together, can the internet reach
 * a resource on a port. Three answers, never two: what the plan cannot tell
 * is unknown, with the reason.
 */
import type { PortRange } from '../lib/ports.js';
import type { Protocol } from '../model/types.js';
import { WHOLE, cidrRange, intersect, intersectAll, subtract, type Range, type Ranges } from './ranges.js';
import type { AclRule, Flag, Link, NetModel, PublicAddress, ReachAcl, ReachEndpoint, ReachRouteTable, ReachSubnet } from './types.js';
import { isUnknown } from './types.js';

export type Family = 4 | 6;

export type HopKind = 'internet' | 'internet-gateway' | 'route-table' | 'subnet' | 'network-acl' | 'load-balancer' | 'security-group' | 'resource';

export interface Hop {
  kind: HopKind;
  address: string;
}

export interface Block {
  kind: HopKind | 'public-address';
  address: string;
  why: string;
}

export type Reachability =
  | { status: 'exposed'; path: Hop[]; /** What gives the target its public address, in words. */ publicAddress: string }
  | { status: 'not-exposed'; blockedBy: Block[] }
  | { status: 'unknown'; unknownBecause: string[] };

/** The ephemeral ports a client's replies go back to (AWS's advice for network ACLs). */
export const EPHEMERAL: PortRange = { from: 1024, to: 65535 };

const ALL: PortRange = { from: 0, to: 65535 };

function show(l: Link): string {
  return 'address' in l ? l.address : 'id' in l ? l.id : l.unknown;
}

const FAMILY_WORD: Record<Family, string> = { 4: 'IPv4', 6: 'IPv6' };
const DEFAULT_ROUTE: Record<Family, string> = { 4: '0.0.0.0/0', 6: '::/0' };

export type RouteAnswer =
  | { status: 'yes'; gateway: string; routes: string[] }
  | { status: 'no'; why: string }
  | { status: 'unknown'; because: string[] };

const KIND_WORD: Record<string, string> = {
  'nat-gateway': 'a NAT gateway',
  'egress-only-internet-gateway': 'an egress-only internet gateway',
  'vpc-peering': 'a peering connection',
  'transit-gateway': 'a transit gateway',
  'vpc-endpoint': 'a VPC endpoint',
  'virtual-private-gateway': 'a virtual private gateway',
  'network-interface': 'a network interface',
  local: 'the VPC',
  other: 'a gateway that is not an internet gateway',
};

function sameVpc(a: Link, b: Link): boolean | null {
  if ('unknown' in a || 'unknown' in b) return null;
  if ('address' in a && 'address' in b) return a.address === b.address;
  if ('id' in a && 'id' in b) return a.id === b.id;
  return null;
}

/**
 * Whether a route table sends some of the internet (of one family) to an
 * internet gateway of its VPC, by longest prefix: 0.0.0.0/1 and 128.0.0.0/1
 * count, a more specific route to a NAT gateway takes its part away, and NAT
 * and egress-only gateways never carry a connection in.
 */
export function routesToInternet(net: NetModel, table: ReachRouteTable, family: Family): RouteAnswer {
  const because: string[] = [];
  if (table.routesUnknown) because.push(table.routesUnknown.unknown);
  const vpc = 'address' in table.vpc ? net.vpcs.get(table.vpc.address) : undefined;
  type R = { range: Range; prefixBits: bigint; internet: string | null; resource: string; target: string; kind: string };
  const routes: R[] = [];
  for (const cidr of vpc?.cidrs ?? []) {
    const range = cidrRange(cidr, family);
    if (range) routes.push({ range, prefixBits: range[1] - range[0], internet: null, resource: `${vpc?.address ?? ''} (local)`, target: 'local', kind: 'local' });
  }
  const refused: string[] = [];
  for (const r of table.routes) {
    const dest = r.destination;
    const gateway = r.target.kind === 'internet-gateway' ? internetGateway(net, r.target.link, table.vpc) : null;
    if (typeof dest !== 'string') {
      if (r.target.kind === 'internet-gateway' || r.target.kind === 'unknown') because.push(dest.unknown);
      continue;
    }
    const range = cidrRange(dest, family);
    if (!range) continue;
    if (r.target.kind === 'unknown') {
      because.push(isUnknown(r.target.link) ? r.target.link.unknown : `${r.resource}: the target of ${dest} is unknown`);
      continue;
    }
    if (gateway && 'unknown' in gateway) because.push(gateway.unknown);
    if (gateway && 'refused' in gateway) refused.push(gateway.refused);
    routes.push({ range, prefixBits: range[1] - range[0], internet: gateway && 'address' in gateway ? gateway.address : null, resource: r.resource, target: show(r.target.link), kind: r.target.kind });
  }
  // Longest prefix first: each route decides the part of the space no longer route took.
  routes.sort((a, b) => (a.prefixBits < b.prefixBits ? -1 : a.prefixBits > b.prefixBits ? 1 : 0));
  let rest: Ranges = WHOLE[family];
  const toInternet: R[] = [];
  const elsewhere: R[] = [];
  for (const r of routes) {
    const part = intersect(rest, r.range);
    rest = subtract(rest, r.range);
    if (part.length === 0) continue;
    if (r.internet) toInternet.push(r);
    else if (r.kind !== 'local') elsewhere.push(r);
  }
  if (toInternet.length > 0) return { status: 'yes', gateway: toInternet[0]?.internet as string, routes: [...new Set(toInternet.map((r) => r.resource))] };
  if (because.length > 0) return { status: 'unknown', because };
  const words = elsewhere.map((r) => `routes ${r.kind === 'local' ? 'to the VPC' : `to ${r.target} (${KIND_WORD[r.kind] ?? r.kind}, which carries no connection in from the internet)`}`);
  const why = [`${table.address} has no ${FAMILY_WORD[family]} route to an internet gateway`, ...refused, ...words].join('; ');
  return { status: 'no', why };
}

/** An internet gateway a route names, if it serves the table's VPC: its address, or why not. */
function internetGateway(net: NetModel, link: Link, vpc: Link): { address: string } | { unknown: string } | { refused: string } {
  if ('unknown' in link) return link;
  if ('id' in link) return { address: link.id }; // outside the plan: AWS accepts only a gateway of the table's VPC
  const g = net.gateways.get(link.address);
  if (!g) return { address: link.address };
  if (g.vpc === null) return { refused: `${g.address} is attached to no VPC` };
  const same = sameVpc(g.vpc, vpc);
  if (same === false) return { refused: `${g.address} belongs to another VPC (${show(g.vpc)})` };
  if (same === null && isUnknown(g.vpc)) return { unknown: g.vpc.unknown };
  return { address: g.address };
}

export interface AclAnswer {
  /** Client addresses whose traffic the ACL admits, on some port of the query. */
  admitted: Range[];
  /** The allow rules that admit it (first match), and the rules that deny (first match), by number. */
  allows: AclRule[];
  denies: AclRule[];
  /** Whether the implicit last rule (*) denies some of it. */
  implicitDeny: boolean;
  /** Rules that cannot be read and could change the answer. */
  unknown: string[];
}

function protocolMatches(rule: AclRule, protocol: Protocol): boolean {
  return rule.protocol === 'all' || protocol === 'all' || rule.protocol === protocol;
}

/**
 * First match by rule number, as AWS evaluates a network ACL: one direction,
 * one protocol, some ports, the given peer addresses. Port ranges are cut where
 * a rule's range starts or ends so that within a piece every rule matches all
 * of it or none.
 */
export function evaluateAcl(acl: ReachAcl, egress: boolean, protocol: Protocol, ports: PortRange, family: Family, peers: Ranges = WHOLE[family]): AclAnswer {
  const ported = protocol === 'tcp' || protocol === 'udp' || protocol === 'all';
  const rules = acl.rules.filter((r) => r.egress === egress && protocolMatches(r, protocol) && cidrRange(r.cidr, family) !== null).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const range: PortRange = ported ? ports : ALL;
  const cuts = new Set<number>([range.from, range.to + 1]);
  for (const r of rules) {
    if (r.fromPort > range.from && r.fromPort <= range.to) cuts.add(r.fromPort);
    if (r.toPort + 1 > range.from && r.toPort < range.to) cuts.add(r.toPort + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const admitted: Range[] = [];
  const allows = new Set<AclRule>();
  const denies = new Set<AclRule>();
  let implicitDeny = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    let rest: Ranges = peers;
    for (const r of rules) {
      if (rest.length === 0) break;
      if (r.fromPort > from || r.toPort < from) continue;
      const span = cidrRange(r.cidr, family) as Range;
      const part = intersect(rest, span);
      if (part.length === 0) continue;
      rest = subtract(rest, span);
      if (r.action === 'allow') {
        admitted.push(...part);
        allows.add(r);
      } else {
        denies.add(r);
      }
    }
    if (rest.length > 0) implicitDeny = true;
  }
  const unknown = acl.unknownRules.filter((u) => u.egress === egress || u.egress === null).map((u) => u.why);
  return { admitted, allows: [...allows], denies: [...denies], implicitDeny, unknown };
}

export interface ReachQuery {
  /** The address of the resource the group is attached to. */
  target: string;
  protocol: Protocol;
  ports: PortRange;
  /** The address family of the internet peer (0.0.0.0/0 is 4, ::/0 is 6); both when absent. */
  family?: Family;
  /** The group that admits the internet, for the path. */
  securityGroup?: string;
  /** A load balancer in front, for the path (`load-balancer` hop). */
  loadBalancer?: string;
}

type Leg = { status: 'exposed'; path: Hop[]; publicAddress: string } | { status: 'blocked'; blocks: Block[]; unknown: string[] } | { status: 'unknown'; unknown: string[] };

function publicFlag(ep: ReachEndpoint, subnet: ReachSubnet, family: Family): { flag: Flag; via: string } {
  const own: PublicAddress = family === 4 ? ep.publicIpv4 : ep.publicIpv6;
  if (own !== 'subnet-default') return { flag: own, via: family === 4 ? (ep.publicVia ?? 'a public address') : 'an IPv6 address' };
  const flag = family === 4 ? subnet.mapPublicIp : subnet.assignIpv6;
  return { flag, via: family === 4 ? `${subnet.address} (public IP on launch)` : `${subnet.address} (IPv6 address on creation)` };
}

export type SubnetRoute =
  | { status: 'yes'; table: ReachRouteTable; gateway: string }
  | { status: 'no'; table: ReachRouteTable; why: string }
  | { status: 'unknown'; because: string[] };

/**
 * The route table `subnet` uses (an explicit association, else the main table
 * of its own VPC) and whether it routes some of the internet (of `family`) to an
 * internet gateway of that VPC: for a resource's path (leg) and for rules that
 * ask about subnets.
 */
export function subnetRoutesToInternet(net: NetModel, subnet: ReachSubnet, family: Family): SubnetRoute {
  const assoc = net.routeAssociations.get(subnet.address);
  const vpc = 'address' in subnet.vpc ? net.vpcs.get(subnet.vpc.address) : undefined;
  let table: ReachRouteTable | undefined;
  if (assoc) {
    table = 'address' in assoc ? net.routeTables.get(assoc.address) : undefined;
    if (!table) return { status: 'unknown', because: ['unknown' in assoc ? assoc.unknown : `${subnet.address}: route table ${show(assoc)} is not in the plan`] };
  } else if (vpc) {
    table = net.routeTables.get(vpc.mainRouteTable);
    if (!table) return { status: 'unknown', because: [`${subnet.address}: main route table ${vpc.mainRouteTable} is not in the plan`] };
  } else {
    return { status: 'unknown', because: [`${subnet.address}: its VPC ${show(subnet.vpc)} is not in the plan, so its main route table is unknown`] };
  }
  const r = routesToInternet(net, table, family);
  if (r.status === 'yes') return { status: 'yes', table, gateway: r.gateway };
  if (r.status === 'unknown') return { status: 'unknown', because: r.because };
  // An association whose subnet is unknown until apply may yet give this subnet another table.
  if (!assoc && net.unresolvedRouteAssociations.length > 0) return { status: 'unknown', because: [`${net.unresolvedRouteAssociations.join(', ')}: the subnet of the association is unknown until apply`] };
  return { status: 'no', table, why: r.why };
}

/** One subnet and one family: every component that blocks, so that a blocked path is shown whole. */
function leg(net: NetModel, ep: ReachEndpoint, subnet: ReachSubnet, q: ReachQuery, family: Family): Leg {
  const blocks: Block[] = [];
  const unknown: string[] = [];
  const pub = publicFlag(ep, subnet, family);
  if (isUnknown(pub.flag)) unknown.push(pub.flag.unknown);
  else if (!pub.flag) {
    const own = family === 4 ? ep.publicIpv4 : ep.publicIpv6;
    const why = own === 'subnet-default'
      ? `no public ${FAMILY_WORD[family]} address: ${subnet.address} ${family === 4 ? 'does not map public IPs on launch' : 'assigns no IPv6 address on creation'}`
      : `no public ${FAMILY_WORD[family]} address${ep.kind === 'load-balancer' ? ' (internal)' : ''}`;
    blocks.push({ kind: 'public-address', address: ep.address, why });
  }

  const vpc = 'address' in subnet.vpc ? net.vpcs.get(subnet.vpc.address) : undefined;
  let gateway: string | null = null;
  let table: ReachRouteTable | undefined;
  const route = subnetRoutesToInternet(net, subnet, family);
  if (route.status === 'yes') ({ gateway, table } = route);
  else if (route.status === 'unknown') unknown.push(...route.because);
  else blocks.push({ kind: 'route-table', address: route.table.address, why: route.why });

  // The network ACL: an explicit association, else the default ACL of the subnet's VPC.
  const aclLink = net.aclAssociations.get(subnet.address);
  let acl: ReachAcl | undefined;
  if (aclLink) {
    if ('address' in aclLink) acl = net.acls.get(aclLink.address);
    if (!acl) unknown.push('unknown' in aclLink ? aclLink.unknown : `${subnet.address}: network ACL ${show(aclLink)} is not in the plan`);
  } else if (vpc) {
    acl = net.acls.get(vpc.defaultAcl);
  } else {
    unknown.push(`${subnet.address}: its VPC ${show(subnet.vpc)} is not in the plan, so its network ACL is unknown`);
  }
  if (acl) {
    const inbound = evaluateAcl(acl, false, q.protocol, q.ports, family);
    if (inbound.admitted.length === 0) {
      if (inbound.unknown.length > 0) unknown.push(...inbound.unknown);
      else if (!aclLink && net.unresolvedAclAssociations.length > 0) unknown.push(`${net.unresolvedAclAssociations.join(', ')}: the subnets of the ACL are unknown until apply`);
      else blocks.push({ kind: 'network-acl', address: acl.address, why: denial(inbound, 'inbound', q, family) });
    } else {
      // Stateless: the replies go back out to the admitted clients' ephemeral ports.
      const replyPorts = q.protocol === 'tcp' || q.protocol === 'udp' || q.protocol === 'all' ? EPHEMERAL : ALL;
      const outbound = evaluateAcl(acl, true, q.protocol, replyPorts, family, inbound.admitted.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
      if (intersectAll(outbound.admitted, inbound.admitted).length === 0) {
        if (outbound.unknown.length > 0) unknown.push(...outbound.unknown);
        else blocks.push({ kind: 'network-acl', address: acl.address, why: `the return path is blocked: ${denial(outbound, 'outbound', { ...q, ports: replyPorts }, family)}` });
      }
    }
  }

  if (blocks.length > 0) return { status: 'blocked', blocks, unknown };
  if (unknown.length > 0 || !gateway || !table || !acl) return { status: 'unknown', unknown };
  const path: Hop[] = [
    { kind: 'internet', address: DEFAULT_ROUTE[family] },
    { kind: 'internet-gateway', address: gateway },
    { kind: 'route-table', address: table.address },
    { kind: 'subnet', address: subnet.address },
    { kind: 'network-acl', address: acl.address },
  ];
  if (q.loadBalancer) path.push({ kind: 'load-balancer', address: q.loadBalancer });
  if (q.securityGroup) path.push({ kind: 'security-group', address: q.securityGroup });
  path.push({ kind: ep.kind === 'load-balancer' ? 'load-balancer' : 'resource', address: ep.address });
  return { status: 'exposed', path, publicAddress: pub.via };
}

function portWords(q: Pick<ReachQuery, 'protocol' | 'ports'>): string {
  if (q.protocol === 'all') return 'all traffic';
  if (q.protocol !== 'tcp' && q.protocol !== 'udp') return q.protocol;
  return `${q.ports.from === q.ports.to ? q.ports.from : `${q.ports.from}-${q.ports.to}`}/${q.protocol}`;
}

function denial(a: AclAnswer, direction: string, q: Pick<ReachQuery, 'protocol' | 'ports'>, family: Family): string {
  const rules = a.denies.map((r) => `rule ${r.ruleNumber} (${r.resource})`);
  if (a.implicitDeny) rules.push('the final * rule');
  return `denies ${direction} ${portWords(q)} ${direction === 'inbound' ? 'from' : 'to'} the ${FAMILY_WORD[family]} internet at ${rules.join(' and ') || 'no rule'}`;
}

/** A protocol number (253, for experiments) that stands for every protocol the subnet's ACL does not name. */
const UNNAMED_PROTOCOL: Protocol = '253';

/**
 * All traffic, one protocol at a time where a network ACL decides: a rule
 * that denies one protocol (50, say) says nothing of TCP, and the replies of
 * a connection go back in its own protocol. Exposed when some protocol gets
 * in and back; blocked only when every protocol is.
 */
function legAllTraffic(net: NetModel, ep: ReachEndpoint, subnet: ReachSubnet, q: ReachQuery, family: Family): Leg {
  const whole = leg(net, ep, subnet, q, family);
  if (whole.status !== 'blocked' || !whole.blocks.some((b) => b.kind === 'network-acl')) return whole;
  const named = new Set<Protocol>(['tcp', 'udp', family === 4 ? 'icmp' : 'icmpv6', UNNAMED_PROTOCOL]);
  // Only the subnet's own ACL decides this leg: a protocol it does not name behaves as the unnamed one.
  for (const b of whole.blocks) if (b.kind === 'network-acl') for (const r of net.acls.get(b.address)?.rules ?? []) if (r.protocol !== 'all') named.add(r.protocol);
  const blocks: Block[] = [];
  const unknown: string[] = [];
  for (const protocol of named) {
    const l = leg(net, ep, subnet, { ...q, protocol, ports: protocol === 'tcp' || protocol === 'udp' ? q.ports : ALL }, family);
    if (l.status === 'exposed') return l;
    if (l.status === 'blocked') blocks.push(...l.blocks);
    else unknown.push(...l.unknown);
  }
  if (unknown.length > 0) return { status: 'unknown', unknown };
  return { status: 'blocked', blocks, unknown: [] };
}

/**
 * Whether the internet can reach `q.target` on the query's protocol and
 * ports, given that its security group admits it: a public address, a route
 * to an internet gateway of its subnet's VPC, and a network ACL that admits
 * the traffic in and its replies out. A resource in several subnets (a load
 * balancer, an auto scaling group, a database's subnet group) is exposed when
 * one of them is.
 */
export function reachability(net: NetModel, q: ReachQuery): Reachability {
  const ep = net.endpoints.get(q.target);
  if (!ep) return { status: 'unknown', unknownBecause: [`sg-guard does not know where ${q.target} lives or whether it has a public address`] };
  if (ep.neverPublic) return { status: 'not-exposed', blockedBy: [{ kind: 'public-address', address: ep.address, why: ep.neverPublic }] };
  const families: Family[] = q.family ? [q.family] : [4, 6];
  if (ep.subnets.length === 0 && families.every((f) => (f === 4 ? ep.publicIpv4 : ep.publicIpv6) === false)) {
    return { status: 'not-exposed', blockedBy: families.map((f) => ({ kind: 'public-address', address: ep.address, why: `no public ${FAMILY_WORD[f]} address${ep.kind === 'load-balancer' ? ' (internal)' : ''}` })) };
  }
  const unknownBecause: string[] = [];
  const blockedBy: Block[] = [];
  if (ep.subnetsUnknown) unknownBecause.push(ep.subnetsUnknown.unknown);
  for (const link of ep.subnets) {
    const subnet = 'address' in link ? net.subnets.get(link.address) : undefined;
    if (!subnet) {
      unknownBecause.push('unknown' in link ? link.unknown : `${ep.address}: subnet ${show(link)} is not in the plan`);
      continue;
    }
    for (const family of families) {
      const l = q.protocol === 'all' ? legAllTraffic(net, ep, subnet, q, family) : leg(net, ep, subnet, q, family);
      if (l.status === 'exposed') return { status: 'exposed', path: l.path, publicAddress: l.publicAddress };
      if (l.status === 'blocked') blockedBy.push(...l.blocks);
      else unknownBecause.push(...l.unknown);
    }
  }
  if (unknownBecause.length > 0) return { status: 'unknown', unknownBecause: [...new Set(unknownBecause)] };
  const seen = new Set<string>();
  return { status: 'not-exposed', blockedBy: blockedBy.filter((b) => !seen.has(`${b.kind}|${b.address}|${b.why}`) && seen.add(`${b.kind}|${b.address}|${b.why}`) !== undefined) };
}
