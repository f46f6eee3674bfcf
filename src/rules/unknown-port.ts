import { describePeer, isWholeInternet } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import { hasPorts } from '../lib/protocol.js';
import type { Rule } from './types.js';
import { fromOrTo, groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'unknown-port',
    severity: 'medium',
    title: 'Ports or protocol unknown until apply',
    description:
      'A permission whose protocol, or whose TCP/UDP ports, are not known until apply, are missing, or are no range AWS accepts (from_port above to_port). Reported at high severity when the peer is the whole internet.',
    why: 'sg-guard cannot prove such a rule safe: a port computed at apply time (say, from another resource\'s attribute) may turn out to be 22 or 3389, and a protocol may turn out to be all traffic. It is reported so that it is reviewed, not silently passed.',
    fix: 'Write the ports and protocol as known values (literals or variables with known values), or review the values in the applied plan; a reversed range must be written low to high.',
    references: [{ title: 'Terraform: values known only after apply', url: 'https://developer.hashicorp.com/terraform/internals/json-format#change-representation' }],
    messages: {
      ports: '{{group}} {{direction}} {{traffic}} {{fromOrTo}} {{peer}}: the ports are unknown until apply',
      protocol: '{{group}} {{direction}} {{fromOrTo}} {{peer}}: the protocol is unknown until apply, so it may be all traffic',
      invalid: '{{group}} {{direction}} {{fromOrTo}} {{peer}}: {{problem}}, which AWS refuses; the ports are unknown',
    },
  },
  check(context) {
    for (const p of context.model.permissions) {
      // An unknown peer is unknown-peer's to report, with the traffic in its message.
      if (p.peer.kind === 'unknown') continue;
      const protocolUnknown = p.protocol === 'unknown';
      if (!protocolUnknown && !(hasPorts(p.protocol) && (p.fromPort === null || p.toPort === null))) continue;
      context.report({
        messageId: protocolUnknown ? 'protocol' : p.portsProblem ? 'invalid' : 'ports',
        data: {
          group: groupOf(p),
          direction: p.direction,
          traffic: describeTraffic(p) ?? '',
          fromOrTo: fromOrTo(p),
          peer: describePeer(p.peer),
          problem: p.portsProblem ?? '',
        },
        permission: p,
        ...(isWholeInternet(p.peer) ? { severity: 'high' as const } : {}),
      });
    }
  },
};

export default rule;
