import { parseCidr } from './cidr.js';
import type { Peer, Permission } from '../types/permission.js';

/**
 * Whether every address of `narrow` is in `wide`: a CIDR inside a CIDR of its
 * family, or the same prefix list, group or `self`. A peer unknown until apply
 * (or invalid) is never covered: it is not known to be the same.
 */
function peerCovers(wide: Peer, narrow: Peer): boolean {
  switch (wide.kind) {
    case 'cidr': {
      if (narrow.kind !== 'cidr' || narrow.family !== wide.family) return false;
      const w = parseCidr(wide.cidr);
      const n = parseCidr(narrow.cidr);
      return w !== null && n !== null && w.first <= n.first && n.last <= w.last;
    }
    case 'prefix-list':
      return narrow.kind === 'prefix-list' && narrow.id === wide.id;
    case 'security-group': {
      if (narrow.kind !== 'security-group' || wide.candidates || narrow.candidates) return false;
      if ((wide.owner ?? null) !== (narrow.owner ?? null)) return false;
      return (wide.address !== null && wide.address === narrow.address) || (wide.id !== null && wide.id === narrow.id);
    }
    case 'self':
      return narrow.kind === 'self';
    case 'unknown':
      return false;
  }
}

/**
 * Whether the traffic `narrow` allows is all allowed by `wide`: the same
 * direction, a protocol `wide` covers (`all` covers every one), ports inside
 * its range (ICMP: the same type and code, or any), and a covered peer.
 * Anything unknown until apply is never covered.
 */
export function permissionCovers(wide: Permission, narrow: Permission): boolean {
  if (wide.direction !== narrow.direction || !peerCovers(wide.peer, narrow.peer)) return false;
  if (wide.protocol === 'unknown' || narrow.protocol === 'unknown') return false;
  if (wide.protocol === 'all') return true;
  if (wide.protocol !== narrow.protocol) return false;
  if (wide.protocol === 'icmp' || wide.protocol === 'icmpv6') {
    if (wide.icmpType === -1) return true;
    if (wide.icmpType === null || wide.icmpType !== narrow.icmpType) return false;
    return wide.icmpCode === -1 || (wide.icmpCode !== null && wide.icmpCode === narrow.icmpCode);
  }
  if (wide.portsUnknown || narrow.portsUnknown) return false;
  if (wide.fromPort === null || wide.toPort === null || narrow.fromPort === null || narrow.toPort === null) return wide.fromPort === narrow.fromPort && wide.toPort === narrow.toPort;
  return wide.fromPort <= narrow.fromPort && narrow.toPort <= wide.toPort;
}
