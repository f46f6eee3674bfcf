import { tokenize } from '../model/address.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import type { Rule } from './types.js';
import { groupOf } from './words.js';

const DEFAULT_TYPE = 'aws_default_security_group';

/** The resource type an address names: `module.a.aws_default_security_group.this[0]` → aws_default_security_group. */
function typeOfAddress(address: string): string | null {
  const names = (tokenize(address) ?? []).flatMap((s) => (s.kind === 'name' ? [s.name] : []));
  return names.length >= 2 ? (names[names.length - 2] ?? null) : null;
}

const rule: Rule = {
  meta: {
    name: 'default-sg-allows-traffic',
    severity: 'high',
    title: 'Default security group allows traffic',
    description:
      'An `aws_default_security_group` (a VPC\'s default group) that keeps or is given any ingress or egress rule, inline or through a standalone rule resource.',
    why: 'Anything launched without an explicit group lands in the VPC\'s default group; rules there silently apply to resources nobody meant to expose, and the default self-referencing rule lets all of them talk to each other. CIS asks for the default group of every VPC to restrict all traffic.',
    fix: 'Manage the default group with `aws_default_security_group` and no ingress or egress blocks (Terraform then removes every rule), and give each resource a purpose-made group.',
    references: [
      { title: 'AWS Security Hub EC2.2: VPC default security groups should not allow inbound or outbound traffic', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2' },
      { title: 'CIS AWS Foundations Benchmark 5.4: ensure the default security group of every VPC restricts all traffic', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
      { title: 'Terraform aws_default_security_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group' },
    ],
    messages: {
      ingress: '{{group}} is a default security group and allows {{traffic}} from {{peer}}; it should have no rules',
      egress: '{{group}} is a default security group and allows {{traffic}} to {{peer}}; it should have no rules',
    },
  },
  check(context) {
    const defaults = new Set(context.model.groups.filter((g) => g.type === DEFAULT_TYPE).map((g) => g.address));
    const known = new Set(context.model.groups.map((g) => g.address));
    for (const p of context.model.permissions) {
      const address = p.securityGroup;
      // A group of the plan says its type; only an address outside it is read for one.
      if (address === null || !(defaults.has(address) || (!known.has(address) && typeOfAddress(address) === DEFAULT_TYPE))) continue;
      context.report({
        messageId: p.direction,
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? '', peer: describePeer(p.peer) },
        permission: p,
      });
    }
  },
};

export default rule;
