import { cidrWithin, peerCidr } from '../lib/address-class.js';
import type { ParsedCidr } from '../lib/cidr.js';
import { ingressExposure, unexposed } from '../lib/exposure.js';
import { describePeer } from '../lib/peer.js';
import { listLabels, reachedPorts, type ProtocolPorts } from '../lib/port-set.js';
import type { Permission } from '../model/types.js';
import { option, readTrustedCidrs } from './options.js';
import type { RuleContext } from './types.js';
import { groupOf } from './words.js';

export interface CidrGrant {
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
  const out: CidrGrant[] = [];
  for (const p of context.model.permissions) {
    if (p.direction !== 'ingress') continue;
    const c = peerCidr(p.peer);
    if (!c || !accept(c) || cidrWithin(c, trusted)) continue;
    const reached = reachedPorts(p, unexposed(ports, internet.get(p)));
    if (reached.length === 0) continue;
    out.push({ permission: p, data: { group: groupOf(p), ports: listLabels(reached), peer: describePeer(p.peer) }, trustedConfigured: trusted.length > 0 });
  }
  return out;
}
