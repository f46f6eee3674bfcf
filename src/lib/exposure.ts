import type { Direction, Permission } from '../types/permission.js';

/** What exposure reads of the model: its permissions. */
type WithPermissions = { readonly permissions: readonly Permission[] };
import { internetGrants } from './peer.js';
import { ALL_PORTS, mergeRanges, permissionRange, subtractRanges, type ProtocolPorts } from './port-set.js';
import type { PortRange } from './ports.js';

/** Traffic that a permission opens to the whole internet, alone or with others. */
export interface ExposedPiece {
  /** 'other' for ICMP and protocols without ports (judged by exact protocol, type and code). */
  protocol: 'tcp' | 'udp' | 'other';
  /** Ports of tcp/udp; null for 'other'. */
  range: PortRange | null;
  /** The permissions of the same group that complete the internet with this one; empty for a /0. */
  together: Permission[];
}

/**
 * For each of `permissions` (one direction) that opens some traffic to the
 * whole internet, which traffic: port by port, so that 0.0.0.0/1 on 8000-9000
 * and 128.0.0.0/1 on 8080 open 8080 together and nothing else. Ports unknown
 * until apply are not guessed.
 */
export function internetExposure(permissions: readonly Permission[]): Map<Permission, ExposedPiece[]> {
  const out = new Map<Permission, ExposedPiece[]>();
  const add = (grant: { permission: Permission; together?: Permission[] }, piece: Omit<ExposedPiece, 'together'>): void => {
    const list = out.get(grant.permission) ?? [];
    list.push({ ...piece, together: grant.together ?? [] });
    out.set(grant.permission, list);
  };
  const cidrs = permissions.filter((p) => p.peer.kind === 'cidr');
  for (const protocol of ['tcp', 'udp'] as const) {
    const reaching = cidrs.filter((p) => (p.protocol === 'all' || p.protocol === protocol) && permissionRange(p) !== null);
    // Whatever is open to the internet on one port is, ignoring ports, open to it: a cheap first cut.
    const candidates = internetGrants(reaching).map((g) => g.permission);
    if (candidates.length === 0) continue;
    // Cut the port space where a candidate's range starts or ends: within a piece, each candidate reaches all of it or none.
    const cuts = new Set<number>([ALL_PORTS.from, ALL_PORTS.to + 1]);
    for (const p of candidates) {
      const r = permissionRange(p) as PortRange;
      cuts.add(r.from);
      cuts.add(r.to + 1);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const range: PortRange = { from: points[i] as number, to: (points[i + 1] as number) - 1 };
      const open = candidates.filter((p) => {
        const r = permissionRange(p) as PortRange;
        return r.from <= range.from && r.to >= range.to;
      });
      for (const grant of internetGrants(open)) add(grant, { protocol, range });
    }
  }
  const byTraffic = new Map<string, Permission[]>();
  for (const p of cidrs) {
    if (p.protocol === 'all' || p.protocol === 'tcp' || p.protocol === 'udp' || p.protocol === 'unknown') continue;
    const key = `${p.protocol}|${p.icmpType}|${p.icmpCode}`;
    byTraffic.set(key, [...(byTraffic.get(key) ?? []), p]);
  }
  for (const list of byTraffic.values()) for (const grant of internetGrants(list)) add(grant, { protocol: 'other', range: null });
  return out;
}

/** The exposed port ranges of one protocol, merged. */
export function exposedRanges(pieces: readonly ExposedPiece[], protocol: 'tcp' | 'udp'): PortRange[] {
  return mergeRanges(pieces.flatMap((x) => (x.protocol === protocol && x.range ? [x.range] : [])));
}

/** `specs` less the ports that `pieces` already expose to the internet. */
export function unexposed(specs: readonly ProtocolPorts[], pieces: readonly ExposedPiece[] | undefined): readonly ProtocolPorts[] {
  if (!pieces || pieces.length === 0) return specs;
  return specs.map((s) => ({ protocol: s.protocol, ranges: subtractRanges(s.ranges, exposedRanges(pieces, s.protocol)) }));
}

const CACHE = { ingress: new WeakMap<WithPermissions, Map<Permission, ExposedPiece[]>>(), egress: new WeakMap<WithPermissions, Map<Permission, ExposedPiece[]>>() };

/** internetExposure of a model's permissions in one direction, computed once per model for every rule that asks. */
export function exposureOf(model: WithPermissions, direction: Direction): Map<Permission, ExposedPiece[]> {
  let map = CACHE[direction].get(model);
  if (!map) {
    map = internetExposure(model.permissions.filter((p) => p.direction === direction));
    CACHE[direction].set(model, map);
  }
  return map;
}

/** internetExposure of a model's ingress, computed once per model. */
export function ingressExposure(model: WithPermissions): Map<Permission, ExposedPiece[]> {
  return exposureOf(model, 'ingress');
}
