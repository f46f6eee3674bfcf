/**
 * The normalised security-group model. Every Terraform shape that grants a
 * security-group permission (inline blocks, aws_security_group_rule, the
 * aws_vpc_security_group_*_rule resources, aws_default_security_group) is turned
 * into these types; rules read only these, never raw Terraform.
 */

export type Direction = 'ingress' | 'egress';

/** Which state of the plan a permission or group comes from. */
export type Side = 'before' | 'after';

/** Terraform's change actions, collapsed into one word. State files give 'no-op'. */
export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read';

/**
 * A normalised protocol: the four AWS names with ports or types, 'all' for
 * every protocol (-1), or the IANA number as a string for anything else
 * (e.g. '50' for ESP), 'unknown' when the value is not known until apply.
 */
export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'unknown' | `${number}`;

/** The peer of a permission: the source of ingress, the destination of egress. */
export type Peer =
  | { kind: 'cidr'; family: 4 | 6; /** as written */ value: string; /** normalised network/prefix */ cidr: string; prefix: number }
  | { kind: 'prefix-list'; id: string }
  /** Another group: by address when it is in the plan, by id when known. */
  | {
      kind: 'security-group';
      address: string | null;
      id: string | null;
      /** The account of a cross-account reference ("123456789012/sg-1"). */
      owner?: string | null;
      /**
       * When the configuration names several groups and the plan cannot tell
       * which one this is (address and id are then null): every candidate.
       * The peer is a group either way, never a CIDR.
       */
      candidates?: string[];
    }
  | { kind: 'self' }
  /**
   * The value of `attribute` is unknown until apply and could not be resolved,
   * or (with `reason`) is no valid peer at all, e.g. a malformed CIDR.
   */
  | { kind: 'unknown'; attribute: string; reason?: string };

export interface Permission {
  /** Address of the group the permission belongs to; null when it cannot be known. */
  securityGroup: string | null;
  /** The group's id when known (e.g. from prior state), or a literal id for groups outside the plan. */
  securityGroupId: string | null;
  /** Address of the resource that grants the permission (the group itself for inline rules). */
  resource: string;
  resourceType: string;
  /** Attribute path inside `resource` that holds the permission, e.g. `ingress[1]`; '' for standalone rules. */
  path: string;
  /** Attribute path of the peer value inside `resource`, e.g. `ingress[1].cidr_blocks[0]`. */
  peerPath: string;
  direction: Direction;
  protocol: Protocol;
  /** The protocol as written in Terraform, for messages. */
  protocolRaw: string | null;
  /**
   * Inclusive port range with AWS semantics: all ports (0-65535) for protocol
   * 'all' and for protocols without ports; null for ICMP (types are not ports)
   * and when the ports are unknown until apply.
   */
  fromPort: number | null;
  toPort: number | null;
  /** True when from_port/to_port are unknown until apply, missing, or no range AWS accepts (see portsProblem). */
  portsUnknown: boolean;
  /** Why known ports are still no range, e.g. from_port above to_port (AWS refuses it at apply). */
  portsProblem?: string | null;
  /** ICMP type and code (-1 = any), only for icmp/icmpv6. */
  icmpType: number | null;
  icmpCode: number | null;
  peer: Peer;
  description: string | null;
  side: Side;
}

/** A resource that uses security groups: an instance, a load balancer, a database... */
export interface Attachment {
  /** Address of the resource that uses the group. */
  resource: string;
  resourceType: string;
  /** Attribute that names the group, e.g. `vpc_security_group_ids`, `vpc_config[0].security_group_ids`. */
  attribute: string;
  /** For load balancers and similar: whether it is internal (null when not applicable or unknown). */
  internal: boolean | null;
}

export interface SecurityGroup {
  address: string;
  type: 'aws_security_group' | 'aws_default_security_group';
  /** Module path of the instance, e.g. `module.net["a"]`, '' for the root module. */
  module: string;
  name: string | null;
  id: string | null;
  vpcId: string | null;
  /** The group's VPC: its address when the VPC is in the plan, else its id (null when unknown). */
  vpc: string | null;
  description: string | null;
  action: ChangeAction;
  /** Whether the configuration declares inline ingress/egress (null when there is no configuration). */
  declaresInline: { ingress: boolean | null; egress: boolean | null };
  /** Resources that use this group, on the after side. */
  attachments: Attachment[];
}

/** A resource that grants permissions as a standalone resource. */
export interface RuleResource {
  address: string;
  type: string;
  action: ChangeAction;
  securityGroup: string | null;
}

interface PlanInfo {
  /** The path as the user gave it ('-' for stdin). */
  path: string;
  kind: 'plan' | 'state';
  terraformVersion: string | null;
  formatVersion: string | null;
}

export interface NetworkVpc {
  address: string;
  id: string | null;
  /** Primary and secondary IPv4 blocks and the IPv6 block, as far as they are known. */
  cidrs: string[];
}

export interface LbTarget {
  /** An instance, auto scaling group, ECS service or Lambda function behind a load balancer. */
  target: string;
  /** The resource that makes it a target (a target-group attachment, the service itself, ...). */
  via: string;
  /** The load balancers that forward to it, where the plan shows them. */
  loadBalancers: string[];
}

/** The network around the groups, for the tier-aware view. */
export interface Network {
  vpcs: NetworkVpc[];
  /** VPC peering connections: each side by VPC address when it is in the plan, else by id. */
  peerings: Array<{ address: string; vpcs: string[] }>;
  loadBalancers: Array<{ address: string; type: string; internal: boolean | null }>;
  lbTargets: LbTarget[];
}

export interface Model {
  plan: PlanInfo;
  network: Network;
  groups: SecurityGroup[];
  /** Standalone rule resources (aws_security_group_rule, aws_vpc_security_group_*_rule). */
  ruleResources: RuleResource[];
  /** Every permission on the after side (what the plan will leave in place). */
  permissions: Permission[];
  /** The groups, standalone rules and permissions on the before side (what exists now), for change analysis. */
  beforeGroups: SecurityGroup[];
  beforeRuleResources: RuleResource[];
  beforePermissions: Permission[];
}
