import { coversWholeFamily, parseCidr, type ParsedCidr } from './cidr.js';
import type { Peer, Permission } from '../types/permission.js';

/** The peer in words, as reports show it. */
export function describePeer(peer: Peer): string {
  switch (peer.kind) {
    case 'cidr':
      return peer.value.trim() === peer.cidr ? peer.cidr : `${peer.value.trim()} (${peer.cidr})`;
    case 'prefix-list':
      return peer.id;
    case 'security-group':
      if (peer.candidates) return `one of ${peer.candidates.join(', ')}`;
      return [peer.owner ? `${peer.owner}/` : '', peer.address ?? peer.id ?? 'unknown group'].join('');
    case 'self':
      return 'self';
    case 'unknown':
      return peer.reason ? `invalid (${peer.attribute}: ${peer.reason})` : `unknown until apply (${peer.attribute})`;
  }
}

/** A stable key for the peer, independent of spelling. */
export function peerKey(peer: Peer): string {
  switch (peer.kind) {
    case 'cidr':
      return peer.cidr;
    case 'prefix-list':
      return peer.id;
    case 'security-group':
      return peer.candidates ? `one-of:${peer.candidates.join(',')}` : (peer.address ?? peer.id ?? '?');
    case 'self':
      return 'self';
    case 'unknown':
      return `unknown:${peer.attribute}`;
  }
}

function cidrOf(p: Permission): ParsedCidr | null {
  return p.peer.kind === 'cidr' ? parseCidr(p.peer.cidr) : null;
}

/** A CIDR peer of prefix length 0: every IPv4 or every IPv6 address. */
export function isWholeInternet(peer: Peer): boolean {
  return peer.kind === 'cidr' && peer.prefix === 0;
}

interface InternetGrant {
  permission: Permission;
  /** Set when the permission is open to the internet only together with others of its group. */
  together?: Permission[];
}

/**
 * Of `permissions` (already narrowed to one kind of traffic, e.g. those that
 * reach tcp/22), those that open it to the internet: a /0 peer, or CIDRs on
 * one group and direction whose union covers a whole address family
 * (0.0.0.0/1 + 128.0.0.0/1).
 */
export function internetGrants(permissions: readonly Permission[]): InternetGrant[] {
  const out: InternetGrant[] = [];
  const byGroup = new Map<string, Permission[]>();
  for (const p of permissions) {
    if (p.peer.kind !== 'cidr') continue;
    if (p.peer.prefix === 0) {
      out.push({ permission: p });
      continue;
    }
    const key = `${p.securityGroup ?? p.securityGroupId ?? p.resource}|${p.direction}|${p.peer.family}`;
    const list = byGroup.get(key) ?? [];
    list.push(p);
    byGroup.set(key, list);
  }
  for (const list of byGroup.values()) {
    // One CIDR that is not a /0 never covers its family: most groups stop here.
    if (list.length < 2) continue;
    const cidrs = list.map(cidrOf).filter((c): c is ParsedCidr => c !== null);
    const family = cidrs[0]?.family;
    if (family && coversWholeFamily(cidrs, family)) {
      for (const p of list) out.push({ permission: p, together: list.filter((q) => q !== p) });
    }
  }
  return out;
}
