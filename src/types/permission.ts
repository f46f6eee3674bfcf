/**
 * The shape of one security-group permission, which the model builds and the
 * predicates in src/lib/ read. It sits at the bottom layer so that those
 * predicates need nothing above them; src/model/types.ts re-exports it.
 */

export type Direction = 'ingress' | 'egress';

/** Which state of the plan a permission or group comes from. */
export type Side = 'before' | 'after';

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
