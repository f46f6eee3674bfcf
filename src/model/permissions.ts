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

/** What the builder knows about group ids, shared by every extraction. */
export interface ExtractContext {
  config: ConfigIndex;
  /** Known group ids (prior state, known after values) to addresses. */
  groupIdToAddress: ReadonlyMap<string, string>;
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

type Base = Omit<Permission, 'peer' | 'peerPath'>;

/** Protocol and ports with AWS semantics. */
function protocolAndPorts(values: JsonObject, unknown: JsonValue | undefined, protocolField: string): Pick<Permission, 'protocol' | 'protocolRaw' | 'fromPort' | 'toPort' | 'portsUnknown' | 'icmpType' | 'icmpCode'> {
  const protoUnknown = childUnknown(unknown, protocolField) === true;
  const raw = values[protocolField];
  const protocolRaw = raw === null || raw === undefined ? null : String(raw);
  const protocol = protoUnknown ? 'unknown' : (normaliseProtocol(raw) ?? 'unknown');
  const fromUnknown = childUnknown(unknown, 'from_port') === true;
  const toUnknown = childUnknown(unknown, 'to_port') === true;
  const from = asNumber(values.from_port);
  const to = asNumber(values.to_port);
  const none = { icmpType: null, icmpCode: null, portsUnknown: false };
  switch (protocol) {
    case 'tcp':
    case 'udp':
      if (fromUnknown || toUnknown || from === null || to === null) {
        return { protocol, protocolRaw, fromPort: null, toPort: null, ...none, portsUnknown: fromUnknown || toUnknown };
      }
      return { protocol, protocolRaw, fromPort: from, toPort: to, ...none };
    case 'icmp':
    case 'icmpv6':
      return { protocol, protocolRaw, fromPort: null, toPort: null, portsUnknown: false, icmpType: from ?? -1, icmpCode: to ?? -1 };
    case 'unknown':
      return { protocol, protocolRaw, fromPort: from, toPort: to, ...none, portsUnknown: fromUnknown || toUnknown };
    default:
      // 'all' and protocols without ports: AWS opens every port whatever from/to say.
      return { protocol, protocolRaw, fromPort: MIN_PORT, toPort: MAX_PORT, ...none };
  }
}

/** Resolves a group value (an id, or unknown via configuration) to peers. */
function groupPeer(id: string, ctx: ExtractContext): Peer {
  const slash = id.indexOf('/');
  const owner = slash > 0 ? id.slice(0, slash) : null;
  const bare = slash > 0 ? id.slice(slash + 1) : id;
  const address = ctx.groupIdToAddress.get(bare) ?? null;
  return owner ? { kind: 'security-group', address, id: bare, owner } : { kind: 'security-group', address, id: bare };
}

function targetPeer(t: Target, ctx: ExtractContext): Peer {
  return 'address' in t ? { kind: 'security-group', address: t.address, id: null } : groupPeer(t.id, ctx);
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
  targets: Target[];
  exact: boolean;
}

const NONE: Resolution = { targets: [], exact: true };

/** A single-valued field: several targets mean the plan cannot tell which one. */
function single(targets: Target[]): Resolution {
  return { targets, exact: targets.length <= 1 };
}

function* peersOf(src: PeerSource, ctx: ExtractContext): Generator<{ peer: Peer; path: string }> {
  for (const { field, kind } of src.fields) {
    const path = `${src.prefix}${field}`;
    const fieldUnknown = childUnknown(src.unknown, field);
    const value = src.values[field];
    if (fieldUnknown === true && src.configSets && !src.configSets(field)) continue;
    if (kind === 'self') {
      if (fieldUnknown === true) yield { peer: { kind: 'unknown', attribute: path }, path };
      else if (value === true) yield { peer: { kind: 'self' }, path };
      continue;
    }
    const items: Array<{ value: JsonValue | undefined; unknown: boolean; path: string }> = [];
    if (fieldUnknown === true) {
      items.push({ value: undefined, unknown: true, path });
    } else if (Array.isArray(value)) {
      value.forEach((v, j) => items.push({ value: v, unknown: childUnknown(fieldUnknown, j) === true, path: `${path}[${j}]` }));
    } else if (value !== null && value !== undefined) {
      items.push({ value, unknown: false, path });
    }
    for (const item of items) {
      if (item.unknown || (item.value === null && Array.isArray(value))) {
        if (kind === 'security-group') {
          const { targets, exact } = src.resolveGroups(field);
          if (targets.length > 0 && exact) {
            for (const t of targets) yield { peer: targetPeer(t, ctx), path: item.path };
            continue;
          }
          if (targets.length > 0) {
            const candidates = targets.map((t) => ('address' in t ? t.address : t.id));
            yield { peer: { kind: 'security-group', address: null, id: null, candidates }, path: item.path };
            continue;
          }
        }
        yield { peer: { kind: 'unknown', attribute: item.path }, path: item.path };
        continue;
      }
      if (typeof item.value !== 'string' || item.value === '') continue;
      if (kind === 'cidr') {
        const c = parseCidr(item.value);
        yield c
          ? { peer: { kind: 'cidr', family: c.family, value: item.value, cidr: c.cidr, prefix: c.prefix }, path: item.path }
          : { peer: { kind: 'unknown', attribute: item.path, reason: `not a valid CIDR: ${item.value}` }, path: item.path };
      } else if (kind === 'prefix-list') {
        yield { peer: { kind: 'prefix-list', id: item.value }, path: item.path };
      } else {
        yield { peer: groupPeer(item.value, ctx), path: item.path };
      }
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
  const resolve = (exprs: TfExpression[]): Target[] =>
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
  const configRes = ctx.config.resourceOf(inst);
  for (const direction of ['ingress', 'egress'] as const) {
    const list = values[direction];
    const listUnknown = childUnknown(unknown, direction);
    const base = { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, direction, side };
    if (listUnknown === true) {
      // Unknown as a whole: provider-computed when the configuration declares no inline rules.
      if (configRes?.expressions?.[direction] !== undefined) {
        out.push({
          ...base, path: direction, peerPath: direction, protocol: 'unknown', protocolRaw: null, fromPort: null, toPort: null,
          portsUnknown: true, icmpType: null, icmpCode: null, peer: { kind: 'unknown', attribute: direction }, description: null,
        });
      }
      continue;
    }
    if (!Array.isArray(list)) continue;
    list.forEach((rule, i) => {
      if (!isObject(rule)) return;
      const ruleUnknown = childUnknown(listUnknown, i);
      const full: Base = { ...base, path: `${direction}[${i}]`, ...protocolAndPorts(rule, ruleUnknown, 'protocol'), description: description(rule) };
      const src: PeerSource = {
        prefix: `${direction}[${i}].`,
        values: rule,
        unknown: ruleUnknown,
        fields: INLINE_FIELDS,
        resolveGroups: (field) => inlineGroupRefs(configRes?.expressions, direction, rule, field, inst, ctx),
      };
      for (const { peer, path } of peersOf(src, ctx)) out.push({ ...full, peer, peerPath: path });
    });
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

/** Permissions of a standalone rule resource. */
export function rulePermissions(inst: Instance, side: Side, ctx: ExtractContext): Permission[] {
  const { values, unknown } = sideValues(inst, side);
  if (!values) return [];
  const isVpcRule = inst.type !== 'aws_security_group_rule';
  const direction: Direction = isVpcRule
    ? inst.type === 'aws_vpc_security_group_egress_rule' ? 'egress' : 'ingress'
    : values.type === 'egress' ? 'egress' : 'ingress';
  const owner = ruleOwner(inst, values, unknown, ctx);
  const base: Base = {
    securityGroup: owner.address,
    securityGroupId: owner.id,
    resource: inst.address,
    resourceType: inst.type,
    path: '',
    direction,
    side,
    ...protocolAndPorts(values, unknown, isVpcRule ? 'ip_protocol' : 'protocol'),
    description: description(values),
  };
  const expressions = ctx.config.resourceOf(inst)?.expressions;
  const src: PeerSource = {
    prefix: '',
    values,
    unknown,
    fields: isVpcRule ? VPC_RULE_FIELDS : SG_RULE_FIELDS,
    resolveGroups: (field) => single(ctx.config.resolve(expressionsAt(expressions, [field]).flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES)),
    configSets: (field) => !ctx.config.present || expressions?.[field] !== undefined,
  };
  const out: Permission[] = [];
  for (const { peer, path } of peersOf(src, ctx)) {
    // A standalone rule's own group as peer is the group itself.
    const p: Peer = peer.kind === 'security-group' && peer.address !== null && peer.address === owner.address ? { kind: 'self' } : peer;
    out.push({ ...base, peer: p, peerPath: path });
  }
  return out;
}
