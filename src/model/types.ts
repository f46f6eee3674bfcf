/**
 * The normalised security-group model. Every Terraform shape that grants a
 * security-group permission (inline blocks, aws_security_group_rule, the
 * aws_vpc_security_group_*_rule resources, aws_default_security_group) is turned
 * into these types; rules read only these, never raw Terraform.
 */

import type { Permission } from '../types/permission.js';

export type { Direction, Peer, Permission, Protocol, Side } from '../types/permission.js';

/** Terraform's change actions, collapsed into one word. State files give 'no-op'. */
export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read';

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
