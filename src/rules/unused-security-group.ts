import type { Peer } from '../model/types.js';
import type { Rule } from './types.js';

const CHANGED = { create: 'created', update: 'changed', replace: 'replaced' } as const;

function names(peer: Peer): string[] {
  if (peer.kind !== 'security-group') return [];
  return [peer.address, peer.id, ...(peer.candidates ?? [])].filter((n): n is string => n !== null && n !== undefined);
}

const rule: Rule = {
  meta: {
    name: 'unused-security-group',
    severity: 'info',
    title: 'Security group that nothing uses',
    description:
      'A security group that the plan creates, changes or replaces, that no resource in the plan attaches (instances, load balancers, databases, functions, launch templates, ...) and that no other group\'s rule references as a peer.',
    why: 'Unused groups pile up, and their rules still look like live access in audits; they also hint at a mistake, such as a group created for an instance that still uses the old one. sg-guard only sees this plan: a group attached from another stack, or by a resource type it does not know, shows up here too, hence the low severity.',
    fix: 'Attach the group where it was meant to go, reference it from the rules that should admit it, or remove it.',
    references: [
      { title: 'AWS Security Hub EC2.22: unused EC2 security groups should be removed', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-22' },
      { title: 'Amazon VPC: security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html' },
    ],
    messages: {
      unused: '{{group}} is {{action}} by this plan, but no resource in it attaches the group and no rule references it',
    },
  },
  check(context) {
    const referenced = new Set<string>();
    for (const p of context.model.permissions) {
      if (p.peer.kind !== 'security-group') continue;
      for (const name of names(p.peer)) if (name !== p.securityGroup && name !== p.securityGroupId) referenced.add(name);
    }
    for (const g of context.model.groups) {
      if (g.type !== 'aws_security_group' || g.attachments.length > 0) continue;
      if (g.action !== 'create' && g.action !== 'update' && g.action !== 'replace') continue;
      if (referenced.has(g.address) || (g.id !== null && referenced.has(g.id))) continue;
      context.report({ messageId: 'unused', data: { group: g.address, action: CHANGED[g.action] }, securityGroup: g.address, resource: g.address, path: '' });
    }
  },
};

export default rule;
