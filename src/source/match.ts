/**
 * Which lines of a resource block write a permission. A plan lists the
 * elements of a set (inline ingress/egress) in its own order, not in source
 * order, so inline rule blocks are matched by their literal values: protocol,
 * ports and peer. Computed values match anything; a literal that disagrees
 * rules a block out.
 */
import { parseCidr } from '../lib/cidr.js';
import { normaliseProtocol } from '../lib/protocol.js';
import { emptyBody, type Body, type Span, type Value } from './syntax.js';
import type { LocateTarget } from './types.js';

type Verdict = 'yes' | 'no' | 'maybe';

interface Candidate {
  span: Span;
  body: Body;
  /** A block written out literally (not `dynamic`, not a computed list). */
  literal: boolean;
}

interface RuleMatch {
  /** The inline rule block; null when none or several could have written the permission. */
  block: Span | null;
  valueLine: number | null;
}

const INLINE_PATH = /^(ingress|egress)(?:\[(\d+)\])?(?:\.|$)/;

/** Fields that hold each kind of peer, inline and in the standalone rule resources (network ACL rules: cidr_block, ipv6_cidr_block). */
const PEER_FIELDS: Record<string, string[]> = {
  cidr: ['cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'cidr_ipv6', 'cidr_block', 'ipv6_cidr_block'],
  'prefix-list': ['prefix_list_ids', 'prefix_list_id'],
  'security-group': ['security_groups', 'source_security_group_id', 'referenced_security_group_id'],
  self: ['self'],
};

function objects(v: Value | undefined): Array<Value & { kind: 'object' }> {
  if (v?.kind === 'object') return [v];
  if (v?.kind === 'tuple') return v.items.filter((i): i is Value & { kind: 'object' } => i.kind === 'object');
  return [];
}

/** The inline rule blocks of one direction, in every syntax Terraform accepts. */
function candidates(resource: Body, direction: string): Candidate[] {
  const out: Candidate[] = [];
  for (const b of resource.blocks) {
    if (b.type === direction) out.push({ span: b, body: b, literal: true });
    if (b.type === 'dynamic' && b.labels[0] === direction) {
      out.push({ span: b, body: b.blocks.find((c) => c.type === 'content') ?? emptyBody(b), literal: false });
    }
  }
  // Attribute syntax (`ingress = [{...}]`), and how JSON writes blocks.
  const attr = resource.attributes.get(direction);
  if (attr) {
    const v = attr.value;
    if (v.kind === 'tuple') {
      for (const item of v.items) {
        out.push(item.kind === 'object' ? { span: item, body: item.body, literal: true } : { span: item, body: emptyBody(item), literal: false });
      }
    } else if (v.kind === 'object') {
      out.push({ span: v, body: v.body, literal: true });
    } else {
      out.push({ span: attr, body: emptyBody(attr), literal: false });
    }
  }
  // JSON's dynamic blocks: {"dynamic": {"ingress": {"for_each": ..., "content": {...}}}}.
  for (const dyn of objects(resource.attributes.get('dynamic')?.value)) {
    const d = dyn.body.attributes.get(direction);
    if (!d) continue;
    for (const o of objects(d.value)) {
      const content = objects(o.body.attributes.get('content')?.value)[0];
      out.push({ span: d, body: content?.body ?? emptyBody(d), literal: false });
    }
  }
  return out;
}

function literalOf(v: Value | undefined): string | number | boolean | undefined {
  return v && (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool') ? v.value : undefined;
}

function asPort(v: Value | undefined): number | undefined {
  const l = literalOf(v);
  if (typeof l === 'number') return l;
  if (typeof l === 'string' && /^-?\d+$/.test(l.trim())) return Number(l);
  return undefined;
}

function protocolVerdict(body: Body, t: LocateTarget): Verdict {
  const v = body.attributes.get('protocol')?.value;
  const l = literalOf(v);
  if (l === undefined || typeof l === 'boolean' || t.protocol === null || t.protocol === 'unknown') return 'maybe';
  return normaliseProtocol(l) === t.protocol ? 'yes' : 'no';
}

/** Ports tell rules apart only for tcp and udp: other protocols open every port, or none. */
function portsVerdict(body: Body, t: LocateTarget): Verdict | null {
  if (t.protocol !== 'tcp' && t.protocol !== 'udp') return null;
  const from = asPort(body.attributes.get('from_port')?.value);
  const to = asPort(body.attributes.get('to_port')?.value);
  if (from === undefined || to === undefined || t.fromPort === null || t.toPort === null) return 'maybe';
  return from === t.fromPort && to === t.toPort ? 'yes' : 'no';
}

/** The CIDR in the finding's peer text: `0.0.0.0/0`, or `0.0.0.0/00 (0.0.0.0/0)` when written differently. */
function targetCidr(peer: string): string | null {
  const m = /\(([^()]+)\)$/.exec(peer);
  return parseCidr(m?.[1] ?? peer)?.cidr ?? null;
}

/** The attribute a peer path or an unknown peer's text names: `ingress[0].cidr_blocks[1]` → cidr_blocks, 1. */
function namedField(path: string): { field: string; index: number | null } | null {
  const m = /(?:^|\.)([A-Za-z_][\w-]*)(?:\[(\d+)\])?$/.exec(path);
  return m ? { field: m[1] as string, index: m[2] === undefined ? null : Number(m[2]) } : null;
}

function unknownAttribute(peer: string): string | null {
  const m = /^(?:unknown until apply|invalid) \(([^:)]+)/.exec(peer);
  return m?.[1] ?? null;
}

/** Whether the peer's value is written in `body`, and on which line. */
function peerVerdict(body: Body, t: LocateTarget): { verdict: Verdict; line: number | null } {
  if (t.peerKind === null || t.peer === null) return { verdict: 'maybe', line: null };
  const named = t.peerPath ? namedField(t.peerPath) : null;
  const unknownField = t.peerKind === 'unknown' ? namedField(unknownAttribute(t.peer) ?? '') : null;
  const fields = named ? [named.field] : unknownField ? [unknownField.field] : (PEER_FIELDS[t.peerKind] ?? []);
  const want = t.peerKind === 'cidr' ? targetCidr(t.peer) : null;
  const equals = (v: Value): boolean => {
    if (t.peerKind === 'cidr') return v.kind === 'string' && want !== null && parseCidr(v.value)?.cidr === want;
    if (t.peerKind === 'self') return v.kind === 'bool' && v.value;
    if (t.peerKind === 'prefix-list' || t.peerKind === 'security-group') return v.kind === 'string' && v.value === t.peer;
    // An unknown peer is a computed value, or an invalid literal.
    return v.kind === 'other' || (v.kind === 'string' && v.value !== '' && t.peer?.includes(v.value) === true);
  };
  let maybe: number | null = null;
  for (const field of fields) {
    const attr = body.attributes.get(field);
    if (!attr) continue;
    const v = attr.value;
    // A list keeps its order in the plan, so a peer path's index names the element.
    const at = named?.index != null && v.kind === 'tuple' ? v.items[named.index] : undefined;
    if (at && equals(at)) return { verdict: 'yes', line: at.line };
    const items = v.kind === 'tuple' ? v.items : [v];
    const hit = items.find(equals);
    if (hit) return { verdict: 'yes', line: hit.line };
    const computed = items.find((i) => i.kind === 'other');
    if (computed) maybe ??= computed.line;
  }
  return maybe === null ? { verdict: 'no', line: null } : { verdict: 'maybe', line: maybe };
}

/**
 * The inline rule block of `resource` that writes the permission at
 * `target.path` (`ingress[3]`), and the line of its peer value. The block is
 * null when no single block can be told, e.g. two blocks written alike.
 */
export function matchInlineRule(resource: Body, target: LocateTarget): RuleMatch | null {
  const m = INLINE_PATH.exec(target.path);
  if (!m) return null;
  const direction = m[1] as string;
  if (m[2] === undefined) {
    // The whole list is unknown until apply: point at what computes it.
    const first = candidates(resource, direction).find((c) => !c.literal);
    return { block: null, valueLine: first?.span.line ?? null };
  }
  const scored = candidates(resource, direction).map((c) => {
    const peer = peerVerdict(c.body, target);
    const verdicts = [protocolVerdict(c.body, target), portsVerdict(c.body, target), peer.verdict].filter((v): v is Verdict => v !== null);
    return { c, verdicts, line: peer.line };
  });
  const alive = scored.filter((s) => !s.verdicts.includes('no'));
  const confirmed = alive.filter((s) => s.c.literal && s.verdicts.every((v) => v === 'yes'));
  const pick = confirmed.length === 1 ? confirmed[0] : confirmed.length === 0 && alive.length === 1 ? alive[0] : undefined;
  return pick ? { block: pick.c.span, valueLine: pick.line } : { block: null, valueLine: null };
}

/** The line of the peer value in a standalone rule resource; null when it is not written there. */
export function peerLine(resource: Body, target: LocateTarget): number | null {
  return peerVerdict(resource, target).line;
}
