import { describePeer, peerKey } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import type { Permission } from '../model/types.js';
import type { Rule } from './types.js';
import { fromOrTo, groupOf } from './words.js';

/** What the AWS provider writes when a group's description is left out. */
const PROVIDER_DEFAULT_DESCRIPTION = 'Managed by Terraform';

function isBlank(text: string | null): boolean {
  return text === null || text.trim() === '';
}

const rule: Rule = {
  meta: {
    name: 'missing-description',
    severity: 'low',
    title: 'Security group or rule without a description',
    description:
      'A security group whose description is empty or the provider default "Managed by Terraform", or whose ingress/egress rules (inline blocks or standalone resources) have none: one finding per group, naming everything in it that lacks a description. The default VPC group\'s own description, which AWS sets, is not checked; a group description unknown until apply is not guessed.',
    why: 'The description is the only place the console, audits and the next engineer learn why a rule exists. Rules nobody can explain are the ones nobody dares to remove, so security groups only ever grow. A group\'s description also cannot be changed without replacing the group.',
    fix: 'Give every group a description that says what it protects, and every rule one that says who connects and why (e.g. "HTTPS from the public ALB").',
    references: [
      { title: 'Amazon VPC: security group rules and their descriptions', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
      { title: 'Terraform aws_security_group: description defaults to "Managed by Terraform"', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
    ],
    messages: {
      groupMissing: '{{group}} has no description{{rules}}',
      groupDefault: '{{group}} keeps the provider default description "Managed by Terraform"{{rules}}',
      rules: '{{group}} has {{count}} without a description: {{list}}',
    },
  },
  check(context) {
    // One finding per group, naming everything in it that lacks a description: the group itself
    // and each rule as written (an inline block or a resource), however many peers a rule lists.
    const groups = new Map(context.model.groups.map((g) => [g.address, g]));
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
    // The rules by the group they belong to (a group outside the plan, or unknown: by the rule's own resource).
    const byGroup = new Map<string, { resource: string; securityGroup: string | null; rules: Permission[][] }>();
    for (const list of byRule.values()) {
      // The representative is chosen by peer, not position, so the finding keeps its id when set elements move.
      const sorted = [...list].sort((a, b) => (peerKey(a.peer) < peerKey(b.peer) ? -1 : peerKey(a.peer) > peerKey(b.peer) ? 1 : 0));
      const p = sorted[0] as Permission;
      const inPlan = p.securityGroup !== null && groups.has(p.securityGroup);
      const key = inPlan ? (p.securityGroup as string) : p.resource;
      const entry = byGroup.get(key) ?? { resource: key, securityGroup: p.securityGroup, rules: [] };
      entry.rules.push(sorted);
      byGroup.set(key, entry);
    }
    for (const g of context.model.groups) {
      if (g.type !== 'aws_security_group' || g.action === 'delete' || g.description === null) continue;
      const messageId = isBlank(g.description) ? 'groupMissing' : g.description.trim() === PROVIDER_DEFAULT_DESCRIPTION ? 'groupDefault' : null;
      if (!messageId) continue;
      const rules = byGroup.get(g.address)?.rules ?? [];
      byGroup.delete(g.address);
      const data = { group: g.address, rules: rules.length === 0 ? '' : `; ${rulesWords(rules)}` };
      context.report({ messageId, data, securityGroup: g.address, resource: g.address, path: '', formerly: rules.map((r) => r[0] as Permission) });
    }
    for (const entry of byGroup.values()) {
      const first = entry.rules[0]?.[0] as Permission;
      const data = { group: groupOf(first), count: entry.rules.length === 1 ? 'a rule' : `${entry.rules.length} rules`, list: listed(entry.rules) };
      context.report({ messageId: 'rules', data, securityGroup: entry.securityGroup, resource: entry.resource, path: '', formerly: entry.rules.map((r) => r[0] as Permission) });
    }
  },
};

/** A rule as written, in words: "ingress 22/tcp from 0.0.0.0/0, ::/0". */
function ruleWords(rule: readonly Permission[]): string {
  const p = rule[0] as Permission;
  return [p.direction, describeTraffic(p) ?? '', fromOrTo(p), rule.map((q) => describePeer(q.peer)).join(', ')].filter(Boolean).join(' ');
}

/** Past this many rules a message says "and N more". */
const MAX_RULES_NAMED = 6;

function listed(rules: readonly Permission[][]): string {
  const words = rules.slice(0, MAX_RULES_NAMED).map(ruleWords);
  if (rules.length > MAX_RULES_NAMED) words.push(`and ${rules.length - MAX_RULES_NAMED} more`);
  return words.join('; ');
}

function rulesWords(rules: readonly Permission[][]): string {
  return `${rules.length === 1 ? 'its rule has' : `its ${rules.length} rules have`} none either: ${listed(rules)}`;
}

export default rule;
