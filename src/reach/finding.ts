/**
 * A finding's answer to "can the internet reach it?": for an ingress
 * permission open to the internet, whether any resource that uses the group
 * is reachable through its subnets, routes, gateways, public addresses and
 * network ACLs (evaluate.ts). Exposed when one is (the first, by address,
 * shown); else unknown when one is; else not exposed, with every block. A
 * group no resource of the plan uses is unknown: it may be used elsewhere.
 */
import type { FindingReachability, ReachabilityBlock } from '../findings/types.js';
import { exposedRanges, ingressExposure, type ExposedPiece } from '../lib/exposure.js';
import { peerKey } from '../lib/peer.js';
import { ALL_PORTS } from '../lib/port-set.js';
import type { PortRange } from '../lib/ports.js';
import type { Model, Peer, Permission, Protocol, SecurityGroup } from '../model/types.js';
import { reachability, type Family, type Reachability } from './evaluate.js';
import type { NetModel } from './types.js';

/** One kind of traffic the finding opens to the internet. */
interface Query {
  family: Family;
  protocol: Protocol;
  ports: PortRange;
  /** All traffic asked as such next to its protocols: it can only find a path, its blocks are theirs. */
  probe?: boolean;
}

/** Blocks and reasons kept on one answer, at most: a group on many resources says the first ones. */
export const MAX_REASONS = 20;

const GROUPS = new WeakMap<Model, Map<string, SecurityGroup>>();

/** The model's groups by address, built once per model. */
export function groupByAddress(model: Model): Map<string, SecurityGroup> {
  let map = GROUPS.get(model);
  if (!map) {
    map = new Map(model.groups.map((g) => [g.address, g]));
    GROUPS.set(model, map);
  }
  return map;
}

const ANSWERS = new WeakMap<NetModel, Map<string, Reachability>>();

/** reachability(), once per network and question: the findings of one group ask the same ones. */
function cached(net: NetModel, target: string, q: Query, securityGroup: string): Reachability {
  let map = ANSWERS.get(net);
  if (!map) ANSWERS.set(net, (map = new Map()));
  const key = JSON.stringify([target, q.family, q.protocol, q.ports.from, q.ports.to, securityGroup]);
  let r = map.get(key);
  if (!r) {
    r = reachability(net, { target, protocol: q.protocol, ports: q.ports, family: q.family, securityGroup });
    map.set(key, r);
  }
  return r;
}

/**
 * The traffic the finding opens to the internet, per family: the permission's
 * own for a /0 peer; for CIDRs that cover the internet only together, the
 * ports where they do (lib/exposure.ts). [] when no peer includes the internet.
 */
function internetQueries(model: Model, permission: Permission, peers: readonly Peer[]): Query[] {
  const out: Query[] = [];
  const range: PortRange = permission.fromPort !== null && permission.toPort !== null ? { from: permission.fromPort, to: permission.toPort } : ALL_PORTS;
  for (const peer of peers) {
    if (peer.kind !== 'cidr') continue;
    if (peer.prefix === 0) {
      out.push({ family: peer.family, protocol: permission.protocol, ports: range });
      continue;
    }
    // Part of the internet: whole only with other CIDRs of the group (0.0.0.0/1 + 128.0.0.0/1).
    const pieces = togetherIndex(model).get(togetherKey(permission, peer));
    if (!pieces) continue;
    for (const protocol of ['tcp', 'udp'] as const) for (const r of exposedRanges(pieces, protocol)) out.push({ family: peer.family, protocol, ports: r });
    if (pieces.some((x) => x.protocol === 'other')) out.push({ family: peer.family, protocol: permission.protocol, ports: ALL_PORTS });
  }
  const seen = new Set<string>();
  return out.flatMap(byProtocol).filter((q) => {
    const k = `${q.family}|${q.protocol}|${q.ports.from}|${q.ports.to}`;
    return !seen.has(k) && seen.add(k) !== undefined;
  });
}

/**
 * All traffic asked protocol by protocol too: a network ACL rule that denies
 * one protocol (50, say) decides all traffic in evaluateAcl, though TCP may
 * still pass a later allow. Exposed when any is.
 */
function byProtocol(q: Query): Query[] {
  if (q.protocol !== 'all') return [q];
  return [{ ...q, probe: true }, { ...q, protocol: 'tcp' }, { ...q, protocol: 'udp' }, { ...q, protocol: q.family === 4 ? 'icmp' : 'icmpv6' }];
}

/** A permission's block and one of its peers: a merged finding keeps only its first peer's permission. */
function togetherKey(p: Pick<Permission, 'resource' | 'path' | 'protocol' | 'fromPort' | 'toPort'>, peer: Peer): string {
  return JSON.stringify([p.resource, p.path, p.protocol, p.fromPort, p.toPort, peerKey(peer)]);
}

const TOGETHER = new WeakMap<Model, Map<string, ExposedPiece[]>>();

/** The ingress permissions open to the internet (alone or together), by togetherKey: once per model. */
function togetherIndex(model: Model): Map<string, ExposedPiece[]> {
  let map = TOGETHER.get(model);
  if (!map) {
    map = new Map();
    for (const [p, pieces] of ingressExposure(model)) map.set(togetherKey(p, p.peer), [...(map.get(togetherKey(p, p.peer)) ?? []), ...pieces]);
    TOGETHER.set(model, map);
  }
  return map;
}

function capped<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of list) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
    if (out.length === MAX_REASONS) break;
  }
  return out;
}

const blockKey = (b: ReachabilityBlock): string => `${b.kind}|${b.address}|${b.why}`;

/** Blocks that hold whatever the protocol and ports: no public address, no route to an internet gateway. */
function portIndependent(b: ReachabilityBlock): boolean {
  return b.kind === 'public-address' || b.kind === 'route-table';
}

/**
 * Whether the internet reaches what the finding's group is on. `model` and
 * `net` are the same side of the plan (the before side for what the plan
 * removes); `peers` are the finding's peers (several when merged). Null for a
 * finding that is not ingress from the internet.
 */
export function findingReachability(model: Model, net: NetModel, permission: Permission | undefined, peers?: readonly Peer[], only?: (target: string) => boolean): FindingReachability | null {
  if (!permission || permission.direction !== 'ingress') return null;
  const queries = internetQueries(model, permission, peers ?? [permission.peer]);
  if (queries.length === 0) return null;
  const groupAddress = permission.securityGroup;
  if (groupAddress === null) {
    return { status: 'unknown', unknownBecause: [`the group of ${permission.resource} is unknown until apply, so the resources it is on are unknown`] };
  }
  const group = groupByAddress(model).get(groupAddress);
  const targets = [...new Set((group?.attachments ?? []).map((a) => a.resource))].filter((t) => only?.(t) ?? true).sort();
  if (!group || targets.length === 0) {
    return { status: 'unknown', unknownBecause: [`no resource in this plan uses ${groupAddress}; it may be used outside the plan`] };
  }
  // Ports unknown until apply: only a block that holds for any traffic can say "not exposed".
  const portsUnknown = permission.protocol === 'unknown' || permission.portsUnknown;
  const unknownBecause: string[] = [];
  const blockedBy: ReachabilityBlock[] = [];
  for (const target of targets) {
    for (const q of portsUnknown ? queries.map((x) => ({ ...x, protocol: 'all' as const, ports: ALL_PORTS })) : queries) {
      const r = cached(net, target, q, groupAddress);
      if (r.status === 'unknown') unknownBecause.push(...r.unknownBecause);
      else if (!portsUnknown) {
        if (r.status === 'exposed') return { status: 'exposed', path: r.path.map((h) => ({ kind: h.kind, address: h.address })), publicAddress: r.publicAddress };
        if (!q.probe) blockedBy.push(...r.blockedBy);
      } else if (r.status === 'not-exposed' && r.blockedBy.every(portIndependent)) blockedBy.push(...r.blockedBy);
      else unknownBecause.push(`${permission.resource}: the protocol or ports are unknown until apply, and whether the internet reaches ${target} depends on them`);
    }
  }
  if (unknownBecause.length > 0) return { status: 'unknown', unknownBecause: capped(unknownBecause, (x) => x) };
  return { status: 'not-exposed', blockedBy: capped(blockedBy, blockKey).map((b) => ({ kind: b.kind, address: b.address, why: b.why })) };
}
