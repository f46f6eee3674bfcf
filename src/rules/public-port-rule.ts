import { formatRange, overlap, parsePortRange, reachesPorts, type PortRange } from '../lib/ports.js';
import { describePeer, internetGrants } from '../lib/peer.js';
import type { Permission } from '../model/types.js';
import type { Rule, RuleMeta } from './types.js';

/** Past this many ports a message says "and N more". */
const MAX_LISTED_PORTS = 6;

export interface PublicPortRuleSpec extends Omit<RuleMeta, 'messages' | 'supersededBy'> {
  /** Ports and ranges, e.g. [22] or [3306, '27017-27019']. */
  ports: Array<number | string>;
  protocols: Array<'tcp' | 'udp'>;
}

/**
 * A rule that flags ingress from the internet to any of a list of ports.
 * One finding per permission, naming every listed port it opens.
 */
export function publicPortRule(spec: PublicPortRuleSpec): Rule {
  const { ports, protocols, ...meta } = spec;
  const ranges: PortRange[] = ports.map((p) => {
    const r = parsePortRange(p);
    if (!r) throw new Error(`rule ${meta.name}: bad port ${String(p)}`);
    return r;
  });
  return {
    meta: {
      ...meta,
      // A permission open to all traffic is one finding of no-public-all-traffic, not one per port rule.
      supersededBy: 'no-public-all-traffic',
      messages: {
        open: '{{group}} allows {{ports}} from {{peer}}, which is the whole internet',
        openTogether: '{{group}} allows {{ports}} from {{peer}}, which with {{others}} covers the whole internet',
      },
    },
    check(context) {
      const ingress = context.model.permissions.filter((p) => p.direction === 'ingress');
      const hits = new Map<Permission, { ports: string[]; together: Set<string> }>();
      for (const protocol of protocols) {
        for (const range of ranges) {
          const reaching = ingress.filter((p) => reachesPorts(p, protocol, range));
          for (const grant of internetGrants(reaching)) {
            const hit = hits.get(grant.permission) ?? { ports: [], together: new Set<string>() };
            // Name the ports this permission really opens: 27017 of 27017-27019, 22 of 20-25.
            const opened = formatRange(overlap(grant.permission, range) ?? range);
            const label = grant.permission.protocol === 'all' ? opened : `${opened}/${protocol}`;
            if (!hit.ports.includes(label)) hit.ports.push(label);
            for (const q of grant.together ?? []) hit.together.add(describePeer(q.peer));
            hits.set(grant.permission, hit);
          }
        }
      }
      for (const [permission, hit] of hits) {
        const listed = hit.ports.length > MAX_LISTED_PORTS ? [...hit.ports.slice(0, MAX_LISTED_PORTS), `${hit.ports.length - MAX_LISTED_PORTS} more`] : hit.ports;
        const ports = permission.protocol === 'all' ? `all traffic (including ${listed.join(', ')})` : listed.join(', ');
        const data = {
          group: permission.securityGroup ?? permission.securityGroupId ?? 'a security group unknown until apply',
          ports,
          peer: describePeer(permission.peer),
          others: [...hit.together].join(', '),
        };
        context.report({ messageId: hit.together.size > 0 ? 'openTogether' : 'open', data, permission });
      }
    },
  };
}
