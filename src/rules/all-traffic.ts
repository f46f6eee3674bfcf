import { describePeer, internetGrants } from '../lib/peer.js';
import { describeTraffic, isAllTraffic } from '../lib/ports.js';
import type { Direction } from '../model/types.js';
import type { RuleContext } from './types.js';
import { groupOf } from './words.js';

/** The two messages of an all-traffic rule, worded for its direction ("from" or "to"). */
export function allTrafficMessages(preposition: 'from' | 'to'): Record<string, string> {
  return {
    open: `{{group}} allows {{traffic}} ${preposition} {{peer}}, which is the whole internet`,
    openTogether: `{{group}} allows {{traffic}} ${preposition} {{peer}}, which with {{others}} covers the whole internet`,
  };
}

/**
 * Reports every permission in `direction` that opens all traffic (every
 * protocol, or every tcp/udp port) to the whole internet, alone or together
 * with other CIDRs of its group. Union coverage is judged per kind of traffic.
 */
export function reportAllTrafficToInternet(context: RuleContext, direction: Direction): void {
  const candidates = context.model.permissions.filter((p) => p.direction === direction && isAllTraffic(p));
  for (const kind of ['all', 'tcp', 'udp'] as const) {
    for (const grant of internetGrants(candidates.filter((p) => p.protocol === kind))) {
      const p = grant.permission;
      const others = (grant.together ?? []).map((q) => describePeer(q.peer)).join(', ');
      context.report({
        messageId: others ? 'openTogether' : 'open',
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer), others },
        permission: p,
      });
    }
  }
}
