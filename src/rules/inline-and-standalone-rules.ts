import type { Direction } from '../model/types.js';
import type { Rule } from './types.js';

const rule: Rule = {
  meta: {
    name: 'inline-and-standalone-rules',
    severity: 'high',
    title: 'Inline rules mixed with standalone rule resources',
    description:
      'A security group whose configuration declares inline `ingress` or `egress` blocks (or attributes) while `aws_security_group_rule` or `aws_vpc_security_group_ingress_rule`/`_egress_rule` resources also add rules to it. Reported on each standalone rule resource.',
    why: 'Terraform treats inline rules as the complete list for their direction: on every apply it removes the rules the standalone resources added, and the standalone resources add them back on the next one. Access flaps, plans never settle, and which rules are live depends on the order of applies.',
    fix: 'Use one style per group: either every rule inline, or no `ingress`/`egress` in the group and every rule as an `aws_vpc_security_group_ingress_rule`/`_egress_rule` resource (the style the AWS provider recommends).',
    references: [
      { title: 'Terraform aws_security_group: inline rules and rule resources must not be mixed', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
      { title: 'Terraform aws_vpc_security_group_ingress_rule', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule' },
    ],
    messages: {
      conflict: '{{resource}} adds {{direction}} rules to {{group}}, whose configuration also declares {{direction}} rules inline: each apply removes the other\'s rules',
      mixed: '{{resource}} adds rules to {{group}}, whose configuration also declares inline {{inline}} rules; Terraform does not support mixing the two',
    },
  },
  check(context) {
    const { model } = context;
    // Every standalone rule resource on each group, with the directions its permissions grant.
    const targets = new Map<string, Map<string, Set<Direction>>>();
    // Only groups that declare inline rules can be reported: track the standalone rules of those alone.
    const declaring = new Set(model.groups.filter((g) => g.declaresInline.ingress === true || g.declaresInline.egress === true).map((g) => g.address));
    const add = (group: string | null, resource: string, direction?: Direction): void => {
      if (group === null || !declaring.has(group)) return;
      const byResource = targets.get(group) ?? new Map<string, Set<Direction>>();
      const directions = byResource.get(resource) ?? new Set<Direction>();
      if (direction) directions.add(direction);
      byResource.set(resource, directions);
      targets.set(group, byResource);
    };
    for (const r of model.ruleResources) if (r.action !== 'delete') add(r.securityGroup, r.address);
    for (const p of model.permissions) if (p.resource !== p.securityGroup) add(p.securityGroup, p.resource, p.direction);

    for (const g of model.groups) {
      const inline = (['ingress', 'egress'] as const).filter((d) => g.declaresInline[d] === true);
      const byResource = targets.get(g.address);
      if (inline.length === 0 || !byResource) continue;
      for (const [resource, directions] of [...byResource].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const clash = inline.find((d) => directions.has(d));
        context.report({
          messageId: clash ? 'conflict' : 'mixed',
          data: { resource, group: g.address, direction: clash ?? '', inline: inline.join(' and ') },
          securityGroup: g.address,
          resource,
          path: '',
        });
      }
    }
  },
};

export default rule;
