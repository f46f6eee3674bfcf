/**
 * The network that decides whether the internet can reach a resource: VPCs,
 * subnets, route tables, gateways, network ACLs and the resources that may
 * hold a public address, read from one side of a plan. Links between them are
 * addresses when the plan holds the resource, ids when it lies outside the
 * plan, and `unknown` (with the attribute) when the value is unknown until
 * apply and the configuration does not say.
 */
import type { Protocol } from '../model/types.js';

/** A value unknown until apply (or not knowable from the plan), and why. */
export interface Unknown {
  unknown: string;
}

export type Link = { address: string } | { id: string } | Unknown;

/** true, false, or unknown with the reason. */
export type Flag = boolean | Unknown;

export function isUnknown(v: unknown): v is Unknown {
  return typeof v === 'object' && v !== null && 'unknown' in v;
}

export interface ReachVpc {
  address: string;
  id: string | null;
  /** Known IPv4 and IPv6 blocks: the implicit `local` route. */
  cidrs: string[];
  /** The main route table: a managed table's address, or the VPC's own (implicit) one. */
  mainRouteTable: string;
  /** The default network ACL: an aws_default_network_acl's address, or the VPC's own (implicit) one. */
  defaultAcl: string;
}

export interface ReachSubnet {
  address: string;
  id: string | null;
  vpc: Link;
  mapPublicIp: Flag;
  assignIpv6: Flag;
}

export type RouteTargetKind =
  | 'internet-gateway'
  | 'egress-only-internet-gateway'
  | 'nat-gateway'
  | 'vpc-peering'
  | 'transit-gateway'
  | 'vpc-endpoint'
  | 'virtual-private-gateway'
  | 'network-interface'
  | 'local'
  | 'other';

export interface RouteTarget {
  kind: RouteTargetKind | 'unknown';
  /** The gateway (or other target): by address in the plan, else by id. */
  link: Link;
}

export interface ReachRoute {
  /** The resource that writes the route (the table for inline routes). */
  resource: string;
  /** A CIDR, a prefix list id (`pl-…`, matched as unknown), or unknown. */
  destination: string | Unknown;
  target: RouteTarget;
}

export interface ReachRouteTable {
  address: string;
  vpc: Link;
  routes: ReachRoute[];
  /** The VPC's main table that AWS creates, which no resource manages: only the local route and added aws_routes. */
  implicit: boolean;
  /** Inline routes that cannot be read (unknown until apply with no configuration to say). */
  routesUnknown: Unknown | null;
}

export interface ReachGateway {
  address: string;
  kind: 'internet-gateway' | 'egress-only-internet-gateway' | 'nat-gateway';
  /** The VPC it is attached to; null when it is attached to none. */
  vpc: Link | null;
}

export interface AclRule {
  /** The resource that writes the rule (the ACL for inline rules). */
  resource: string;
  /** Where in `resource` the rule is written: `ingress[2]` for an inline rule, '' for an aws_network_acl_rule (absent: unknown). */
  path?: string;
  egress: boolean;
  ruleNumber: number;
  action: 'allow' | 'deny';
  protocol: Protocol;
  cidr: string;
  fromPort: number;
  toPort: number;
}

export interface ReachAcl {
  address: string;
  vpc: Link;
  isDefault: boolean;
  /** The default ACL that AWS creates and no resource manages: allow all, then deny. */
  implicit: boolean;
  /** An ACL outside the plan (keyed by its id) that aws_network_acl_rule resources of the plan write to: its other rules are unknown. */
  outside?: true;
  rules: AclRule[];
  /** Rules whose number, action, protocol, ports or CIDR are unknown until apply. */
  unknownRules: UnknownAclRule[];
}

/** A network ACL rule that cannot be read whole: why, and what of it is known (to tell whether it can matter). */
export interface UnknownAclRule {
  resource: string;
  egress: boolean | null;
  why: string;
  /** As AclRule.path; absent when the whole list is unknown. */
  path?: string;
  /** The fields that are known (absent: everything is unknown, or the ACL itself lies outside the plan). */
  known?: Partial<Pick<AclRule, 'ruleNumber' | 'action' | 'protocol' | 'cidr' | 'fromPort' | 'toPort'>>;
}

export type EndpointKind = 'instance' | 'network-interface' | 'load-balancer' | 'database' | 'auto-scaling-group' | 'launch-template' | 'service' | 'other';

/** Whether an endpoint gets a public address; 'subnet-default' defers to the subnet's map_public_ip_on_launch (or assign_ipv6_address_on_creation). */
export type PublicAddress = Flag | 'subnet-default';

export interface ReachEndpoint {
  address: string;
  type: string;
  kind: EndpointKind;
  subnets: Link[];
  /** Why the subnets cannot be known (none found and the attribute is unknown or absent). */
  subnetsUnknown: Unknown | null;
  publicIpv4: PublicAddress;
  publicIpv6: PublicAddress;
  /** What gives it the IPv4 address, for the path: an aws_eip, `associate_public_ip_address`, `internal = false`... */
  publicVia: string | null;
  /** For types that never get a public address: why. */
  neverPublic: string | null;
}

export interface NetModel {
  vpcs: Map<string, ReachVpc>;
  subnets: Map<string, ReachSubnet>;
  routeTables: Map<string, ReachRouteTable>;
  /** Subnet address to the route table associated explicitly. */
  routeAssociations: Map<string, Link>;
  /** Association resources whose subnet cannot be known: they may take any subnet of the plan. */
  unresolvedRouteAssociations: string[];
  gateways: Map<string, ReachGateway>;
  acls: Map<string, ReachAcl>;
  /** Subnet address to the ACL associated explicitly. */
  aclAssociations: Map<string, Link>;
  unresolvedAclAssociations: string[];
  endpoints: Map<string, ReachEndpoint>;
}

/** One plan's network on both sides: `after` is what the plan leaves in place, `before` what exists now. */
export interface PlanNetworks {
  after: NetModel;
  before: NetModel;
  /**
   * Whether the plan creates, changes or deletes a resource the network reads
   * (then the before side differs). Absent: assume it does.
   */
  changed?: boolean;
}
