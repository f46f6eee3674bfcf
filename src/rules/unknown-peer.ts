import { describeTraffic } from '../lib/ports.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const rule: Rule = {
  meta: {
    name: 'unknown-peer',
    severity: 'info',
    title: 'Peer unknown until apply',
    description: 'A permission whose source (ingress) or destination (egress) is not known until apply and could not be traced through the configuration, or is not a valid address at all.',
    why: 'sg-guard cannot prove such a rule safe: a CIDR computed at apply time may turn out to be 0.0.0.0/0. It is reported so that it is reviewed, not silently passed.',
    fix: 'Reference the security group or CIDR directly (a resource attribute or a variable with a known value), or review the value in the applied plan.',
    references: [{ title: 'Terraform: values known only after apply', url: 'https://developer.hashicorp.com/terraform/internals/json-format#change-representation' }],
    messages: {
      unknown: '{{group}} {{direction}} {{traffic}}: the {{what}} is unknown until apply ({{attribute}})',
      invalid: '{{group}} {{direction}} {{traffic}}: {{attribute}} is not a valid peer ({{reason}})',
    },
  },
  check(context) {
    for (const p of context.model.permissions) {
      if (p.peer.kind !== 'unknown') continue;
      context.report({
        messageId: p.peer.reason ? 'invalid' : 'unknown',
        data: {
          group: groupOf(p),
          direction: p.direction,
          traffic: describeTraffic(p) ?? '',
          what: p.direction === 'ingress' ? 'source' : 'destination',
          attribute: p.peer.attribute,
          reason: p.peer.reason ?? '',
        },
        permission: p,
      });
    }
  },
};

export default rule;
