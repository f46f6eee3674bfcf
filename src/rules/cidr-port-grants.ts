import { cidrWithin, peerCidr } from '../lib/address-class.js';
import type { ParsedCidr } from '../lib/cidr.js';
import { ingressExposure, unexposed } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { listLabels, reachedPorts, type ProtocolPorts } from '../lib/port-set.js';
import type { Peer, Permission } from '../model/types.js';
import { option, readTrustedCidrs } from './options.js';
import type { RuleContext } from './types.js';
import { groupOf } from './words.js';

interface CidrGrant {
  permission: Permission;
  /** The report data every "by CIDR" message uses: group, ports, peer. */
  data: { group: string; ports: string; peer: string };
  /** Whether any trusted-cidrs are configured. */
  trustedConfigured: boolean;
}

/**
 * Ingress from a CIDR peer that `accept`s it and is not inside `trusted-cidrs`,
 * with the ports of `ports` it reaches, less what it opens to the whole
 * internet (that is the no-public-* rules' finding, not a "by CIDR" one).
 */
export function cidrGrants(context: RuleContext, ports: readonly ProtocolPorts[], accept: (c: ParsedCidr) => boolean): CidrGrant[] {
  const trusted = option(context.options, 'trusted-cidrs', readTrustedCidrs, []);
  const internet = ingressExposure(context.model);
  // Thousands of permissions share a handful of peers and of protocols and ports: what depends on
  // those alone is worked out once per peer and per traffic, for this call.
  const judged = new Map<Peer, boolean>();
  const labelsByTraffic = new Map<string, string[]>();
  const out: CidrGrant[] = [];
  for (const p of context.model.permissions) {
    if (p.direction !== 'ingress' || p.peer.kind !== 'cidr') continue;
    let wanted = judged.get(p.peer);
    if (wanted === undefined) {
      const c = peerCidr(p.peer);
      wanted = c !== null && accept(c) && !cidrWithin(c, trusted);
      judged.set(p.peer, wanted);
    }
    if (!wanted) continue;
    const exposed = internet.get(p);
    const reached = exposed ? reachedPorts(p, unexposed(ports, exposed)) : reachedOf(p, ports, labelsByTraffic);
    if (reached.length === 0) continue;
    out.push({ permission: p, data: { group: groupOf(p), ports: listLabels(reached), peer: describePeer(p.peer) }, trustedConfigured: trusted.length > 0 });
  }
  return out;
}

/** reachedPorts of `ports`, by the permission's protocol and ports (all it depends on), from `cache` when asked before. */
function reachedOf(p: Permission, ports: readonly ProtocolPorts[], cache: Map<string, string[]>): string[] {
  const key = `${p.protocol}|${p.fromPort}|${p.toPort}`;
  let reached = cache.get(key);
  if (!reached) {
    reached = reachedPorts(p, ports);
    cache.set(key, reached);
  }
  return reached;
}
