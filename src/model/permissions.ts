import { parseCidr } from '../lib/cidr.js';
import { normaliseProtocol } from '../lib/protocol.js';
import { MAX_PORT, MIN_PORT } from '../lib/ports.js';
import type { JsonObject, JsonValue, TfExpression, TfExpressions } from '../plan/types.js';
import { constantOf, expressionsAt, type ConfigIndex, type Target } from './config.js';
import type { Instance } from './instances.js';
import type { Direction, Peer, Permission, Side } from './types.js';

export const GROUP_TYPES: ReadonlySet<string> = new Set(['aws_security_group', 'aws_default_security_group']);
export const RULE_TYPES: ReadonlySet<string> = new Set([
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
]);

/** What the builder knows about group ids, shared by every extraction of one model build. */
export interface ExtractContext {
  config: ConfigIndex;
  /** Known group ids (prior state, known after values) to addresses. */
  groupIdToAddress: ReadonlyMap<string, string>;
  /** Peers built so far, shared by the permissions that name the same CIDR, prefix list or group. */
  peers: PeerCache;
  /** The owning group of each standalone rule instance, per side. */
  owners: Record<Side, Map<Instance, { address: string | null; id: string | null }>>;
}

/** Peers by what they are built from: a CIDR as written, a prefix-list id, a group id or address. */
export interface PeerCache {
  cidr: Map<string, Peer>;
  prefixList: Map<string, Peer>;
  groupId: Map<string, Peer>;
  groupAddress: Map<string, Peer>;
}

export function peerCache(): PeerCache {
  return { cidr: new Map(), prefixList: new Map(), groupId: new Map(), groupAddress: new Map() };
}

type PeerField = { field: string; kind: 'cidr' | 'prefix-list' | 'security-group' | 'self' };

const INLINE_FIELDS: PeerField[] = [
  { field: 'cidr_blocks', kind: 'cidr' },
  { field: 'ipv6_cidr_blocks', kind: 'cidr' },
  { field: 'prefix_list_ids', kind: 'prefix-list' },
  { field: 'security_groups', kind: 'security-group' },
  { field: 'self', kind: 'self' },
];
const SG_RULE_FIELDS: PeerField[] = [
  { field: 'cidr_blocks', kind: 'cidr' },
  { field: 'ipv6_cidr_blocks', kind: 'cidr' },
  { field: 'prefix_list_ids', kind: 'prefix-list' },
  { field: 'source_security_group_id', kind: 'security-group' },
  { field: 'self', kind: 'self' },
];
const VPC_RULE_FIELDS: PeerField[] = [
  { field: 'cidr_ipv4', kind: 'cidr' },
  { field: 'cidr_ipv6', kind: 'cidr' },
  { field: 'prefix_list_id', kind: 'prefix-list' },
  { field: 'referenced_security_group_id', kind: 'security-group' },
];

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `after_unknown` node for a child: `true` propagates down. */
function childUnknown(unknown: JsonValue | undefined, key: string | number): JsonValue | undefined {
  if (unknown === true) return true;
  if (typeof key === 'number') return Array.isArray(unknown) ? unknown[key] : undefined;
  return isObject(unknown) ? unknown[key] : undefined;
}

function sideValues(inst: Instance, side: Side): { values: JsonObject | null; unknown: JsonValue } {
  return side === 'after' ? { values: inst.after, unknown: inst.afterUnknown } : { values: inst.before, unknown: {} };
}

function asNumber(v: JsonValue | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return null;
}

/** Where a permission is written and whose it is: the same for every peer of one rule. */
type Head = Pick<Permission, 'securityGroup' | 'securityGroupId' | 'resource' | 'resourceType' | 'path' | 'direction' | 'side' | 'description'>;
type Traffic = Pick<Permission, 'protocol' | 'protocolRaw' | 'fromPort' | 'toPort' | 'portsUnknown' | 'icmpType' | 'icmpCode'>;

/**
 * One permission. Every permission is built here, as one object literal with
 * its fields always in the same order: rules read millions of fields of them,
 * and objects of one shape are read fast (spreads made several shapes).
 */
function makePermission(head: Head, traffic: Traffic, peer: Peer, peerPath: string): Permission {
  return {
    securityGroup: head.securityGroup,
    securityGroupId: head.securityGroupId,
    resource: head.resource,
    resourceType: head.resourceType,
    path: head.path,
    peerPath,
    direction: head.direction,
    protocol: traffic.protocol,
    protocolRaw: traffic.protocolRaw,
    fromPort: traffic.fromPort,
    toPort: traffic.toPort,
    portsUnknown: traffic.portsUnknown,
    icmpType: traffic.icmpType,
    icmpCode: traffic.icmpCode,
    peer,
    description: head.description,
    side: head.side,
  };
}

function traffic(protocol: Permission['protocol'], protocolRaw: string | null, fromPort: number | null, toPort: number | null, portsUnknown: boolean, icmpType: number | null, icmpCode: number | null): Traffic {
  return { protocol, protocolRaw, fromPort, toPort, portsUnknown, icmpType, icmpCode };
}

/** Protocol and ports with AWS semantics. */
function protocolAndPorts(values: JsonObject, unknown: JsonValue | undefined, protocolField: string): Traffic {
  const protoUnknown = childUnknown(unknown, protocolField) === true;
  const raw = values[protocolField];
  const protocolRaw = raw === null || raw === undefined ? null : String(raw);
  const protocol = protoUnknown ? 'unknown' : (normaliseProtocol(raw) ?? 'unknown');
  const fromUnknown = childUnknown(unknown, 'from_port') === true;
  const toUnknown = childUnknown(unknown, 'to_port') === true;
  const from = asNumber(values.from_port);
  const to = asNumber(values.to_port);
  switch (protocol) {
    case 'tcp':
    case 'udp':
      if (fromUnknown || toUnknown || from === null || to === null) return traffic(protocol, protocolRaw, null, null, fromUnknown || toUnknown, null, null);
      return traffic(protocol, protocolRaw, from, to, false, null, null);
    case 'icmp':
    case 'icmpv6':
      return traffic(protocol, protocolRaw, null, null, false, from ?? -1, to ?? -1);
    case 'unknown':
      return traffic(protocol, protocolRaw, from, to, fromUnknown || toUnknown, null, null);
    default:
      // 'all' and protocols without ports: AWS opens every port whatever from/to say.
      return traffic(protocol, protocolRaw, MIN_PORT, MAX_PORT, false, null, null);
  }
}

/**
 * A peer shared by every permission that names the same thing (a plan repeats
 * a handful of CIDRs and prefix lists thousands of times). Peers are never
 * changed once built, so one object can serve them all.
 */
function sharedPeer(cache: Map<string, Peer>, key: string, make: (key: string) => Peer): Peer {
  let peer = cache.get(key);
  if (!peer) {
    peer = make(key);
    cache.set(key, peer);
  }
  return peer;
}

const SELF: Peer = { kind: 'self' };

/** Resolves a group value (an id, or unknown via configuration) to peers. */
function groupPeer(id: string, ctx: ExtractContext): Peer {
  return sharedPeer(ctx.peers.groupId, id, () => {
    const slash = id.indexOf('/');
    const owner = slash > 0 ? id.slice(0, slash) : null;
    const bare = slash > 0 ? id.slice(slash + 1) : id;
    const address = ctx.groupIdToAddress.get(bare) ?? null;
    return owner ? { kind: 'security-group', address, id: bare, owner } : { kind: 'security-group', address, id: bare };
  });
}

function targetPeer(t: Target, ctx: ExtractContext): Peer {
  return 'address' in t ? sharedPeer(ctx.peers.groupAddress, t.address, (address) => ({ kind: 'security-group', address, id: null })) : groupPeer(t.id, ctx);
}

function cidrPeer(value: string, path: string, ctx: ExtractContext): Peer {
  const c = parseCidr(value);
  // An invalid CIDR names its attribute path: not shared.
  if (!c) return { kind: 'unknown', attribute: path, reason: `not a valid CIDR: ${value}` };
  return sharedPeer(ctx.peers.cidr, value, () => ({ kind: 'cidr', family: c.family, value, cidr: c.cidr, prefix: c.prefix }));
}

interface PeerSource {
  /** Attribute path prefix inside the resource, e.g. `ingress[2].` or ''. */
  prefix: string;
  values: JsonObject;
  unknown: JsonValue | undefined;
  fields: PeerField[];
  /** How to find group references for an unknown group field. */
  resolveGroups(field: string): Resolution;
  /** Whether the configuration sets the field; an unknown field it does not set is provider-computed. */
  configSets?(field: string): boolean;
}

/** Groups found for an unknown group field: each of them, or one of them (`exact: false`). */
export interface Resolution {
  targets: readonly Target[];
  exact: boolean;
}

const NONE: Resolution = { targets: [], exact: true };

/** A single-valued field: several targets mean the plan cannot tell which one. */
function single(targets: readonly Target[]): Resolution {
  return { targets, exact: targets.length <= 1 };
}

/** One value of a peer field: its peers, or nothing for an empty or non-string value. */
function peersOfItem(src: PeerSource, ctx: ExtractContext, kind: PeerField['kind'], field: string, value: JsonValue | undefined, unknown: boolean, path: string, emit: (peer: Peer, path: string) => void): void {
  if (unknown) {
    if (kind === 'security-group') {
      const { targets, exact } = src.resolveGroups(field);
      if (targets.length > 0 && exact) {
        for (const t of targets) emit(targetPeer(t, ctx), path);
        return;
      }
      if (targets.length > 0) {
        const candidates = targets.map((t) => ('address' in t ? t.address : t.id));
        emit({ kind: 'security-group', address: null, id: null, candidates }, path);
        return;
      }
    }
    emit({ kind: 'unknown', attribute: path }, path);
    return;
  }
  if (typeof value !== 'string' || value === '') return;
  if (kind === 'cidr') emit(cidrPeer(value, path, ctx), path);
  else if (kind === 'prefix-list') emit(sharedPeer(ctx.peers.prefixList, value, (id) => ({ kind: 'prefix-list', id })), path);
  else emit(groupPeer(value, ctx), path);
}

/** Every peer the fields of a rule name, with the attribute path of each, in field order. */
function peersOf(src: PeerSource, ctx: ExtractContext, emit: (peer: Peer, path: string) => void): void {
  for (const { field, kind } of src.fields) {
    const fieldUnknown = childUnknown(src.unknown, field);
    const value = src.values[field];
    if (fieldUnknown !== true && (value === null || value === undefined)) continue;
    const path = `${src.prefix}${field}`;
    if (fieldUnknown === true && src.configSets && !src.configSets(field)) continue;
    if (kind === 'self') {
      if (fieldUnknown === true) emit({ kind: 'unknown', attribute: path }, path);
      else if (value === true) emit(SELF, path);
      continue;
    }
    if (fieldUnknown === true) {
      peersOfItem(src, ctx, kind, field, undefined, true, path, emit);
    } else if (Array.isArray(value)) {
      // A null element of a list is unknown too (Terraform writes unknown list elements as null).
      for (let j = 0; j < value.length; j++) {
        const item = value[j];
        peersOfItem(src, ctx, kind, field, item, childUnknown(fieldUnknown, j) === true || item === null, `${path}[${j}]`, emit);
      }
    } else {
      peersOfItem(src, ctx, kind, field, value, false, path, emit);
    }
  }
}

function description(values: JsonObject): string | null {
  return typeof values.description === 'string' ? values.description : null;
}

/**
 * The config blocks (block syntax) that could have written an inline rule:
 * those whose constant ports and protocol agree with it. With attribute
 * syntax the whole list is one expression.
 */
function inlineGroupRefs(expressions: TfExpressions | undefined, direction: Direction, rule: JsonObject, field: string, inst: Instance, ctx: ExtractContext): Resolution {
  const node = expressions?.[direction];
  if (node === undefined) return NONE;
  const resolve = (exprs: TfExpression[]): readonly Target[] =>
    ctx.config.resolve(exprs.flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES);
  if (!Array.isArray(node)) return single(resolve(expressionsAt(expressions, [direction])));
  const agrees = (block: TfExpressions): boolean => {
    for (const k of ['from_port', 'to_port']) {
      const c = constantOf(expressionsAt(block, [k])[0]);
      if (c !== undefined && asNumber(c) !== asNumber(rule[k])) return false;
    }
    const p = constantOf(expressionsAt(block, ['protocol'])[0]);
    if (p !== undefined && normaliseProtocol(p) !== normaliseProtocol(rule.protocol)) return false;
    return expressionsAt(block, [field]).some((e) => (e.references ?? []).length > 0);
  };
  const resolved = node.filter(agrees).map((b) => resolve(expressionsAt(b, [field])));
  const distinct = new Map(resolved.map((ts) => [JSON.stringify(ts), ts]));
  if (distinct.size === 1) return { targets: resolved[0] ?? [], exact: true };
  const union = new Map<string, Target>();
  for (const t of resolved.flat()) union.set(JSON.stringify(t), t);
  return { targets: [...union.values()], exact: false };
}

/** Inline ingress/egress of an aws_security_group or aws_default_security_group. */
export function inlinePermissions(inst: Instance, side: Side, ctx: ExtractContext): Permission[] {
  const { values, unknown } = sideValues(inst, side);
  if (!values) return [];
  const out: Permission[] = [];
  const groupId = typeof values.id === 'string' ? values.id : null;
  for (const direction of ['ingress', 'egress'] as const) {
    const list = values[direction];
    const listUnknown = childUnknown(unknown, direction);
    if (listUnknown === true) {
      // Unknown as a whole: provider-computed when the configuration declares no inline rules.
      if (ctx.config.resourceOf(inst)?.expressions?.[direction] !== undefined) {
        const head: Head = { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, path: direction, direction, side, description: null };
        out.push(makePermission(head, traffic('unknown', null, null, null, true, null, null), { kind: 'unknown', attribute: direction }, direction));
      }
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const rule = list[i];
      if (!isObject(rule)) continue;
      const ruleUnknown = childUnknown(listUnknown, i);
      const head: Head = { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, path: `${direction}[${i}]`, direction, side, description: description(rule) };
      const ports = protocolAndPorts(rule, ruleUnknown, 'protocol');
      const src: PeerSource = {
        prefix: `${direction}[${i}].`,
        values: rule,
        unknown: ruleUnknown,
        fields: INLINE_FIELDS,
        resolveGroups: (field) => inlineGroupRefs(ctx.config.resourceOf(inst)?.expressions, direction, rule, field, inst, ctx),
      };
      peersOf(src, ctx, (peer, path) => out.push(makePermission(head, ports, peer, path)));
    }
  }
  return out;
}

/** The group a standalone rule belongs to: its known id, or its configuration reference. */
export function ruleOwner(inst: Instance, values: JsonObject, unknown: JsonValue | undefined, ctx: ExtractContext): { address: string | null; id: string | null } {
  const raw = values.security_group_id;
  if (typeof raw === 'string' && raw && childUnknown(unknown, 'security_group_id') !== true) {
    return { address: ctx.groupIdToAddress.get(raw) ?? null, id: raw };
  }
  const refs = expressionsAt(ctx.config.resourceOf(inst)?.expressions, ['security_group_id']).flatMap((e) => e.references ?? []);
  const targets = ctx.config.resolve(refs, inst.modules, inst.key, GROUP_TYPES);
  if (targets.length !== 1) return { address: null, id: null };
  const t = targets[0] as Target;
  return 'address' in t ? { address: t.address, id: null } : { address: ctx.groupIdToAddress.get(t.id) ?? null, id: t.id };
}

/** ruleOwner of one side of a rule instance, worked out once for the permissions and the rule resource. */
export function ruleOwnerOn(inst: Instance, side: Side, ctx: ExtractContext): { address: string | null; id: string | null } {
  const cache = ctx.owners[side];
  let owner = cache.get(inst);
  if (!owner) {
    const { values, unknown } = sideValues(inst, side);
    owner = ruleOwner(inst, values ?? {}, unknown, ctx);
    cache.set(inst, owner);
  }
  return owner;
}

/** Permissions of a standalone rule resource. */
export function rulePermissions(inst: Instance, side: Side, ctx: ExtractContext): Permission[] {
  const { values, unknown } = sideValues(inst, side);
  if (!values) return [];
  const isVpcRule = inst.type !== 'aws_security_group_rule';
  const direction: Direction = isVpcRule
    ? inst.type === 'aws_vpc_security_group_egress_rule' ? 'egress' : 'ingress'
    : values.type === 'egress' ? 'egress' : 'ingress';
  const owner = ruleOwnerOn(inst, side, ctx);
  const head: Head = { securityGroup: owner.address, securityGroupId: owner.id, resource: inst.address, resourceType: inst.type, path: '', direction, side, description: description(values) };
  const ports = protocolAndPorts(values, unknown, isVpcRule ? 'ip_protocol' : 'protocol');
  const expressions = (): TfExpressions | undefined => ctx.config.resourceOf(inst)?.expressions;
  const src: PeerSource = {
    prefix: '',
    values,
    unknown,
    fields: isVpcRule ? VPC_RULE_FIELDS : SG_RULE_FIELDS,
    resolveGroups: (field) => single(ctx.config.resolve(expressionsAt(expressions(), [field]).flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES)),
    configSets: (field) => !ctx.config.present || expressions()?.[field] !== undefined,
  };
  const out: Permission[] = [];
  peersOf(src, ctx, (peer, path) => {
    // A standalone rule's own group as peer is the group itself.
    const p: Peer = peer.kind === 'security-group' && peer.address !== null && peer.address === owner.address ? SELF : peer;
    out.push(makePermission(head, ports, p, path));
  });
  return out;
}
