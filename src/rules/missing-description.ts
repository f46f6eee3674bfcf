import { describePeer, peerKey } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import type { Permission } from '../model/types.js';
import type { Rule } from './types.js';
import { fromOrTo, groupOf } from './words.js';

/** What the AWS provider writes when a group's description is left out. */
export const PROVIDER_DEFAULT_DESCRIPTION = 'Managed by Terraform';

function isBlank(text: string | null): boolean {
  return text === null || text.trim() === '';
}

const rule: Rule = {
  meta: {
    name: 'missing-description',
    severity: 'low',
    title: 'Security group or rule without a description',
    description:
      'A security group whose description is empty or the provider default "Managed by Terraform", or an ingress/egress rule (inline block or standalone resource) without a description. The default VPC group, whose description AWS sets, is not checked; a group description unknown until apply is not guessed.',
    why: 'The description is the only place the console, audits and the next engineer learn why a rule exists. Rules nobody can explain are the ones nobody dares to remove, so security groups only ever grow. A group\'s description also cannot be changed without replacing the group.',
    fix: 'Give every group a description that says what it protects, and every rule one that says who connects and why (e.g. "HTTPS from the public ALB").',
    references: [
      { title: 'Amazon VPC: security group rules and their descriptions', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'Terraform aws_security_group: description defaults to "Managed by Terraform"', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
    ],
    messages: {
      groupMissing: '{{group}} has no description',
      groupDefault: '{{group}} keeps the provider default description "Managed by Terraform"',
      rule: '{{group}} {{direction}} {{traffic}} {{fromTo}} {{peers}} has no description',
    },
  },
  check(context) {
    for (const g of context.model.groups) {
      if (g.type !== 'aws_security_group' || g.action === 'delete' || g.description === null) continue;
      const messageId = isBlank(g.description) ? 'groupMissing' : g.description.trim() === PROVIDER_DEFAULT_DESCRIPTION ? 'groupDefault' : null;
      if (messageId) context.report({ messageId, data: { group: g.address }, securityGroup: g.address, resource: g.address, path: '' });
    }
    // One finding per rule as written (an inline block or a resource), however many peers it lists.
    const byRule = new Map<string, Permission[]>();
    for (const p of context.model.permissions) {
      // Blank, or the provider's default (trimmed once: this runs for every permission).
      const trimmed = p.description?.trim();
      if (trimmed !== undefined && trimmed !== '' && trimmed !== PROVIDER_DEFAULT_DESCRIPTION) continue;
      const key = `${p.resource}|${p.path}`;
      const list = byRule.get(key);
      if (list) list.push(p);
      else byRule.set(key, [p]);
    }
    for (const list of byRule.values()) {
      // The representative is chosen by peer, not position, so the finding keeps its id when set elements move.
      const sorted = [...list].sort((a, b) => (peerKey(a.peer) < peerKey(b.peer) ? -1 : peerKey(a.peer) > peerKey(b.peer) ? 1 : 0));
      const p = sorted[0] as Permission;
      context.report({
        messageId: 'rule',
        data: { group: groupOf(p), direction: p.direction, traffic: describeTraffic(p) ?? '', fromTo: fromOrTo(p), peers: sorted.map((q) => describePeer(q.peer)).join(', ') },
        permission: p,
      });
    }
  },
};

export default rule;
