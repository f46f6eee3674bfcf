import { parseCidr } from '../lib/cidr.js';
import { normaliseProtocol } from '../lib/protocol.js';
import { MAX_PORT, MIN_PORT } from '../lib/ports.js';
import { InputError, isJsonObject, type JsonObject, type JsonValue, type TfExpression, type TfExpressions } from '../plan/types.js';
import { constantOf, expressionsAt, type ConfigIndex, type Target } from './expressions.js';
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
  /** The plan as messages name it: an impossible port or protocol is an InputError on this file. */
  file: string;
}

/**
 * Peers by what they are built from: a CIDR as written, a prefix-list id, a
 * group id or address. And one string for each attribute path and description
 * (`text`): a plan of many groups repeats the same few (`ingress[0].cidr_blocks[0]`)
 * in every permission, and the model holds one copy instead of each.
 */
interface PeerCache {
  cidr: Map<string, Peer>;
  prefixList: Map<string, Peer>;
  groupId: Map<string, Peer>;
  groupAddress: Map<string, Peer>;
  text: Map<string, string>;
}

export function peerCache(): PeerCache {
  return { cidr: new Map(), prefixList: new Map(), groupId: new Map(), groupAddress: new Map(), text: new Map() };
}

/** The one copy of `s` the plan's permissions share (PeerCache.text). */
function shared(s: string, ctx: ExtractContext): string {
  const known = ctx.peers.text.get(s);
  if (known !== undefined) return known;
  ctx.peers.text.set(s, s);
  return s;
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

/** The `after_unknown` node for a child: `true` propagates down. */
function childUnknown(unknown: JsonValue | undefined, key: string | number): JsonValue | undefined {
  if (unknown === true) return true;
  if (typeof key === 'number') return Array.isArray(unknown) ? unknown[key] : undefined;
  return isJsonObject(unknown) ? unknown[key] : undefined;
}

/** The values of one side of an instance. */
function valuesOn(inst: Instance, side: Side): JsonObject | null {
  return side === 'after' ? inst.after : inst.before;
}

const ALL_KNOWN: JsonValue = {};

/** The unknown-until-apply marks of one side: nothing is unknown before the plan. */
function unknownOn(inst: Instance, side: Side): JsonValue {
  return side === 'after' ? inst.afterUnknown : ALL_KNOWN;
}

/** A port or ICMP type/code as the plan writes it: an integer or a string of one; null when absent; NaN when no integer at all. */
function asInteger(v: JsonValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) ? v : NaN;
  if (typeof v === 'string' && /^-?\d{1,10}$/.test(v.trim())) return Number(v);
  return NaN;
}

/** A value from the plan, shown in a one-line message: JSON, cut short, without control characters. */
function shown(v: JsonValue | undefined): string {
  const text = (JSON.stringify(v) ?? String(v)).replace(/\p{Cc}/gu, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Where a permission is written and whose it is: the same for every peer of one rule. */
type Head = Pick<Permission, 'securityGroup' | 'securityGroupId' | 'resource' | 'resourceType' | 'path' | 'direction' | 'side' | 'description'>;
type Traffic = Pick<Permission, 'protocol' | 'protocolRaw' | 'fromPort' | 'toPort' | 'portsUnknown' | 'portsProblem' | 'icmpType' | 'icmpCode'>;

/**
 * One permission. Every permission is built here, as one object literal with
 * its fields always in the same order: rules read millions of fields of them,
 * and objects of one shape are read fast (spreads made several shapes).
 */
function makePermission(head: Head, traffic: Traffic, peer: Peer, peerPath: string, side: Side = head.side): Permission {
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
    portsProblem: traffic.portsProblem ?? null,
    icmpType: traffic.icmpType,
    icmpCode: traffic.icmpCode,
    peer,
    description: head.description,
    side,
  };
}

function traffic(protocol: Permission['protocol'], protocolRaw: string | null, fromPort: number | null, toPort: number | null, portsUnknown: boolean, icmpType: number | null, icmpCode: number | null): Traffic {
  return { protocol, protocolRaw, fromPort, toPort, portsUnknown, icmpType, icmpCode };
}

/**
 * Protocol and ports with AWS semantics. Values AWS would refuse (a port that
 * is no integer or out of range, a range from high to low, text that is no
 * protocol) are bad input: `where` names the resource and attribute path.
 * Ports or a protocol unknown until apply (or missing) stay unknown, for the
 * unknown-port rule to report.
 */
function protocolAndPorts(values: JsonObject, unknown: JsonValue | undefined, protocolField: string, where: string, ctx: ExtractContext): Traffic {
  const bad = (problem: string): never => {
    throw new InputError(ctx.file, `${where}: ${problem}`);
  };
  const protoUnknown = childUnknown(unknown, protocolField) === true;
  const raw = values[protocolField];
  const protocolRaw = raw === null || raw === undefined ? null : String(raw);
  const normalised = protoUnknown ? 'unknown' : normaliseProtocol(raw);
  const protocol = normalised ?? bad(`${protocolField} is ${shown(raw)}, which is no protocol (tcp, udp, icmp, icmpv6, all/-1 or a number from 0 to 255)`);
  const fromUnknown = childUnknown(unknown, 'from_port') === true;
  const toUnknown = childUnknown(unknown, 'to_port') === true;
  const from = fromUnknown ? null : asInteger(values.from_port);
  const to = toUnknown ? null : asInteger(values.to_port);
  if (Number.isNaN(from)) bad(`from_port is ${shown(values.from_port)}, not a whole number`);
  if (Number.isNaN(to)) bad(`to_port is ${shown(values.to_port)}, not a whole number`);
  switch (protocol) {
    case 'tcp':
    case 'udp':
      if (from !== null && (from < MIN_PORT || from > MAX_PORT)) bad(`from_port is ${from}, outside the ports ${MIN_PORT}-${MAX_PORT}`);
      if (to !== null && (to < MIN_PORT || to > MAX_PORT)) bad(`to_port is ${to}, outside the ports ${MIN_PORT}-${MAX_PORT}`);
      if (from === null || to === null) return traffic(protocol, protocolRaw, null, null, true, null, null);
      // Terraform plans a reversed range and AWS refuses it at apply: reported (unknown-port), never read as no ports.
      if (from > to) return { ...traffic(protocol, protocolRaw, null, null, true, null, null), portsProblem: `from_port ${from} is above to_port ${to}` };
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

/*
 * Peers are shared by every permission that names the same thing (a plan
 * repeats a handful of CIDRs and prefix lists thousands of times). Peers are
 * never changed once built, so one object can serve them all. The caches are
 * read before anything is built: most lookups hit, and a hit then costs one
 * map read, no closure and no parse.
 */

const SELF: Peer = { kind: 'self' };

/** The peer of a group id (`sg-1`, or `123456789012/sg-1` across accounts). */
function groupPeer(id: string, ctx: ExtractContext): Peer {
  let peer = ctx.peers.groupId.get(id);
  if (!peer) {
    const slash = id.indexOf('/');
    const owner = slash > 0 ? id.slice(0, slash) : null;
    const bare = slash > 0 ? id.slice(slash + 1) : id;
    const address = ctx.groupIdToAddress.get(bare) ?? null;
    peer = owner ? { kind: 'security-group', address, id: bare, owner } : { kind: 'security-group', address, id: bare };
    ctx.peers.groupId.set(id, peer);
  }
  return peer;
}

/** The peer of a group the configuration names by address. */
function groupAddressPeer(address: string, ctx: ExtractContext): Peer {
  let peer = ctx.peers.groupAddress.get(address);
  if (!peer) {
    peer = { kind: 'security-group', address, id: null };
    ctx.peers.groupAddress.set(address, peer);
  }
  return peer;
}

function targetPeer(t: Target, ctx: ExtractContext): Peer {
  return 'address' in t ? groupAddressPeer(t.address, ctx) : groupPeer(t.id, ctx);
}

function cidrPeer(value: string, path: string, ctx: ExtractContext): Peer {
  let peer = ctx.peers.cidr.get(value);
  if (!peer) {
    const c = parseCidr(value);
    // An invalid CIDR names its attribute path: not shared.
    if (!c) return { kind: 'unknown', attribute: path, reason: `not a valid CIDR: ${value}` };
    peer = { kind: 'cidr', family: c.family, value, cidr: c.cidr, prefix: c.prefix };
    ctx.peers.cidr.set(value, peer);
  }
  return peer;
}

function prefixListPeer(id: string, ctx: ExtractContext): Peer {
  let peer = ctx.peers.prefixList.get(id);
  if (!peer) {
    peer = { kind: 'prefix-list', id };
    ctx.peers.prefixList.set(id, peer);
  }
  return peer;
}

/**
 * Where the peers of one rule are written, and where they go. Plain data, no
 * closures: one is made per rule and side, thousands per plan, and what an
 * unknown field needs of the configuration is looked up only then
 * (groupResolution, configSets).
 */
interface PeerSource {
  inst: Instance;
  /** Attribute path prefix inside the resource, e.g. `ingress[2].` or ''. */
  prefix: string;
  values: JsonObject;
  unknown: JsonValue | undefined;
  fields: PeerField[];
  /** For an inline rule, its block: unknown group fields resolve through the matching config blocks. Null for standalone rules. */
  inline: { direction: Direction; rule: JsonObject } | null;
  /** A standalone rule's own group: as a peer it is `self`. Null when unknown, and for inline rules. */
  selfAddress: string | null;
  /** Who the permissions belong to and what traffic they allow, the same for every peer. */
  head: Head;
  traffic: Traffic;
  out: Permission[];
}

/** Groups found for an unknown group field: each of them, or one of them (`exact: false`). */
interface Resolution {
  targets: readonly Target[];
  exact: boolean;
}

const NONE: Resolution = { targets: [], exact: true };

/** A single-valued field: several targets mean the plan cannot tell which one. */
function single(targets: readonly Target[]): Resolution {
  return { targets, exact: targets.length <= 1 };
}

/** The groups an unknown group field of a rule may name, from the configuration. */
function groupResolution(src: PeerSource, field: string, ctx: ExtractContext): Resolution {
  const { inst } = src;
  const expressions = ctx.config.resourceOf(inst)?.expressions;
  if (src.inline) return inlineGroupRefs(expressions, src.inline.direction, src.inline.rule, field, inst, ctx);
  return single(ctx.config.resolve(expressionsAt(expressions, [field]).flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES));
}

/**
 * Whether the configuration sets a field of a standalone rule; an unknown
 * field it does not set is provider-computed. Inline blocks are always asked.
 */
function configSets(src: PeerSource, field: string, ctx: ExtractContext): boolean {
  if (src.inline) return true;
  return !ctx.config.present || ctx.config.resourceOf(src.inst)?.expressions?.[field] !== undefined;
}

/** Adds the permission of one peer of a rule. */
function emit(src: PeerSource, peer: Peer, path: string, ctx: ExtractContext): void {
  // A standalone rule's own group as peer is the group itself.
  const p: Peer = src.selfAddress !== null && peer.kind === 'security-group' && peer.address === src.selfAddress ? SELF : peer;
  src.out.push(makePermission(src.head, src.traffic, p, shared(path, ctx)));
}

/** One value of a peer field: its peers, or nothing for an empty or non-string value. */
function peersOfItem(src: PeerSource, ctx: ExtractContext, kind: PeerField['kind'], field: string, value: JsonValue | undefined, unknown: boolean, path: string): void {
  if (unknown) {
    if (kind === 'security-group') {
      const { targets, exact } = groupResolution(src, field, ctx);
      if (targets.length > 0 && exact) {
        for (const t of targets) emit(src, targetPeer(t, ctx), path, ctx);
        return;
      }
      if (targets.length > 0) {
        const candidates = targets.map((t) => ('address' in t ? t.address : t.id));
        emit(src, { kind: 'security-group', address: null, id: null, candidates }, path, ctx);
        return;
      }
    }
    emit(src, { kind: 'unknown', attribute: path }, path, ctx);
    return;
  }
  if (typeof value !== 'string' || value === '') return;
  if (kind === 'cidr') emit(src, cidrPeer(value, path, ctx), path, ctx);
  else if (kind === 'prefix-list') emit(src, prefixListPeer(value, ctx), path, ctx);
  else emit(src, groupPeer(value, ctx), path, ctx);
}

/** The permissions of every peer the fields of a rule name, with the attribute path of each, in field order. */
function peersOf(src: PeerSource, ctx: ExtractContext): void {
  const fields = src.fields;
  for (let f = 0; f < fields.length; f++) {
    const { field, kind } = fields[f] as PeerField;
    const fieldUnknown = childUnknown(src.unknown, field);
    const value = src.values[field];
    if (fieldUnknown !== true && (value === null || value === undefined)) continue;
    const path = src.prefix === '' ? field : `${src.prefix}${field}`;
    if (fieldUnknown === true && !configSets(src, field, ctx)) continue;
    if (kind === 'self') {
      if (fieldUnknown === true) emit(src, { kind: 'unknown', attribute: path }, path, ctx);
      else if (value === true) emit(src, SELF, path, ctx);
      continue;
    }
    if (fieldUnknown === true) {
      peersOfItem(src, ctx, kind, field, undefined, true, path);
    } else if (Array.isArray(value)) {
      // A null element of a list is unknown too (Terraform writes unknown list elements as null).
      for (let j = 0; j < value.length; j++) {
        const item = value[j];
        peersOfItem(src, ctx, kind, field, item, childUnknown(fieldUnknown, j) === true || item === null, `${path}[${j}]`);
      }
    } else {
      peersOfItem(src, ctx, kind, field, value, false, path);
    }
  }
}

function descriptionOf(values: JsonObject, ctx: ExtractContext): string | null {
  return typeof values.description === 'string' ? shared(values.description, ctx) : null;
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
      if (c !== undefined && asInteger(c) !== asInteger(rule[k])) return false;
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
  const values = valuesOn(inst, side);
  if (!values) return [];
  const unknown = unknownOn(inst, side);
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
    if (list === null || list === undefined) continue;
    // Never skipped: a rule the model cannot read may open anything.
    if (!Array.isArray(list)) throw new InputError(ctx.file, `${inst.address}: ${direction} is ${list === null ? 'null' : typeof list === 'object' ? 'an object' : `a ${typeof list}`}, not a list of rules`);
    for (let i = 0; i < list.length; i++) {
      const rule = list[i];
      if (!isJsonObject(rule)) throw new InputError(ctx.file, `${inst.address}: ${direction}[${i}] is ${shown(rule)}, not a rule object`);
      const ruleUnknown = childUnknown(listUnknown, i);
      peersOf(
        {
          inst,
          prefix: `${direction}[${i}].`,
          values: rule,
          unknown: ruleUnknown,
          fields: INLINE_FIELDS,
          inline: { direction, rule },
          selfAddress: null,
          head: { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, path: shared(`${direction}[${i}]`, ctx), direction, side, description: descriptionOf(rule, ctx) },
          traffic: protocolAndPorts(rule, ruleUnknown, 'protocol', `${inst.address}.${direction}[${i}]`, ctx),
          out,
        },
        ctx,
      );
    }
  }
  return out;
}

/** The group a standalone rule belongs to: its known id, or its configuration reference. */
function ruleOwner(inst: Instance, values: JsonObject, unknown: JsonValue | undefined, ctx: ExtractContext): { address: string | null; id: string | null } {
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
    owner = ruleOwner(inst, valuesOn(inst, side) ?? {}, unknownOn(inst, side), ctx);
    cache.set(inst, owner);
  }
  return owner;
}

/** Permissions of a standalone rule resource. */
export function rulePermissions(inst: Instance, side: Side, ctx: ExtractContext): Permission[] {
  const values = valuesOn(inst, side);
  if (!values) return [];
  const unknown = unknownOn(inst, side);
  const isVpcRule = inst.type !== 'aws_security_group_rule';
  const direction: Direction = isVpcRule
    ? inst.type === 'aws_vpc_security_group_egress_rule' ? 'egress' : 'ingress'
    : values.type === 'egress' ? 'egress' : 'ingress';
  const owner = ruleOwnerOn(inst, side, ctx);
  const out: Permission[] = [];
  peersOf(
    {
      inst,
      prefix: '',
      values,
      unknown,
      fields: isVpcRule ? VPC_RULE_FIELDS : SG_RULE_FIELDS,
      inline: null,
      selfAddress: owner.address,
      head: { securityGroup: owner.address, securityGroupId: owner.id, resource: inst.address, resourceType: inst.type, path: '', direction, side, description: descriptionOf(values, ctx) },
      traffic: protocolAndPorts(values, unknown, isVpcRule ? 'ip_protocol' : 'protocol', inst.address, ctx),
      out,
    },
    ctx,
  );
  return out;
}

/**
 * Whether the before side of an instance is its after side: one values object
 * (the scanner parses a no-op change once and gives both sides that object)
 * with nothing unknown until apply. Its permissions are then the same on both
 * sides but for `side`, and need not be worked out twice.
 */
export function sameOnBothSides(inst: Instance): boolean {
  return inst.before !== null && inst.before === inst.after && !hasUnknown(inst.afterUnknown);
}

/** Whether an `after_unknown` node marks anything unknown (`true`) at any depth. */
function hasUnknown(unknown: JsonValue): boolean {
  if (unknown === true) return true;
  if (typeof unknown !== 'object' || unknown === null) return false;
  if (Array.isArray(unknown)) {
    for (const u of unknown) if (hasUnknown(u)) return true;
    return false;
  }
  for (const key in unknown) if (hasUnknown(unknown[key] as JsonValue)) return true;
  return false;
}

/** The permissions of the after side as the before side's (sameOnBothSides): equal but for `side`, in the same order. */
export function asBeforeSide(after: readonly Permission[]): Permission[] {
  const out: Permission[] = new Array<Permission>(after.length);
  for (let i = 0; i < after.length; i++) {
    const p = after[i] as Permission;
    out[i] = makePermission(p, p, p.peer, p.peerPath, 'before');
  }
  return out;
}
