import { coversWholeFamily, parseCidr, type ParsedCidr } from './cidr.js';
import type { Peer, Permission } from '../model/types.js';

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

export interface InternetGrant {
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
  // The CIDR permissions of each group, direction and family, in the order each was first seen. Looked
  // up by the group's own string (shared by its permissions), not a key built per permission.
  const byGroup = new Map<string, CidrBucket[]>();
  const buckets: CidrBucket[] = [];
  for (let i = 0; i < permissions.length; i++) {
    const p = permissions[i] as Permission;
    if (p.peer.kind !== 'cidr') continue;
    if (p.peer.prefix === 0) {
      out.push({ permission: p });
      continue;
    }
    const group = p.securityGroup ?? p.securityGroupId ?? p.resource;
    let ofGroup = byGroup.get(group);
    if (!ofGroup) {
      ofGroup = [];
      byGroup.set(group, ofGroup);
    }
    let bucket = bucketOf(ofGroup, p.direction, p.peer.family);
    if (!bucket) {
      bucket = { direction: p.direction, family: p.peer.family, list: [] };
      ofGroup.push(bucket);
      buckets.push(bucket);
    }
    bucket.list.push(p);
  }
  for (const { list } of buckets) {
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

interface CidrBucket {
  direction: Permission['direction'];
  family: 4 | 6;
  list: Permission[];
}

/** The bucket of a direction and family among a group's (at most four). */
function bucketOf(buckets: readonly CidrBucket[], direction: Permission['direction'], family: 4 | 6): CidrBucket | undefined {
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i] as CidrBucket;
    if (b.direction === direction && b.family === family) return b;
  }
  return undefined;
}
