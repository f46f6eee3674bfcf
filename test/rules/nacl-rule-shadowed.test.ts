/**
 * nacl-rule-shadowed on real plans (fixtures/reachability): a rule is
 * reported only when lower-numbered rules decide all of its traffic.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import rule from '../../src/rules/nacl-rule-shadowed.js';
import { tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const RULES = 'reachability/nacl-rules.json';

ruleTester(rule, {
  valid: [
    { name: 'groups have no rule order', permissions: [tcp('22', '0.0.0.0/0'), tcp('22', '10.0.0.0/8')] },
    {
      name: 'partial overlaps: ports, protocol, family, ICMP types and a wider range all leave traffic to the later rule',
      plan: RULES,
      resources: ['aws_network_acl.pass_partial_overlap'],
    },
    { name: 'a deny before an allow of every port takes only its own port', plan: RULES, resources: ['aws_network_acl.pass_deny_first'] },
    { name: 'the rules AWS writes in the default ACL it creates', plan: 'reachability/routes.json' },
  ],
  invalid: [
    {
      name: 'one earlier rule that covers it all',
      plan: RULES,
      resources: ['aws_network_acl.fail_shadowed'],
      errors: [
        {
          messageId: 'shadowed',
          resource: 'aws_network_acl.fail_shadowed',
          path: 'ingress[2]',
          networkAcl: 'aws_network_acl.fail_shadowed',
          contains: ['rule 110 (deny 22/tcp from 10.1.0.0/16) never matches', 'rule 100 (allow all ports/tcp from 10.0.0.0/8) decides'],
        },
      ],
    },
    {
      name: 'two earlier rules together: by addresses, and by ports',
      plan: RULES,
      resources: ['aws_network_acl.fail_shadowed_combined'],
      errors: [
        { messageId: 'shadowed', resource: 'aws_network_acl.fail_shadowed_combined', path: 'ingress[2]', contains: ['rule 120', 'rule 100 (deny 0-1023/tcp from 0.0.0.0/1) and rule 110 (deny 0-1023/tcp from 128.0.0.0/1) decide'] },
        { messageId: 'shadowed', resource: 'aws_network_acl.fail_shadowed_combined', path: 'ingress[5]', contains: ['rule 220', 'rule 200 (allow 8000-8099/tcp from 0.0.0.0/0) and rule 210 (allow 8100-8199/tcp from 0.0.0.0/0) decide'] },
      ],
    },
    {
      name: 'an allow in an aws_network_acl_rule after a deny in another',
      plan: RULES,
      resources: ['aws_network_acl_rule.fail_shadowed_rdp', 'aws_network_acl_rule.pass_deny_rdp'],
      errors: [{ messageId: 'shadowed', resource: 'aws_network_acl_rule.fail_shadowed_rdp', path: '', networkAcl: 'aws_network_acl.standalone', contains: ['rule 90 (deny 3389/tcp from 0.0.0.0/0)'] }],
    },
    {
      name: 'a deny after an allow of the same traffic',
      plan: 'reachability/nacls.json',
      resources: ['aws_network_acl.deny_after'],
      errors: [{ messageId: 'shadowed', resource: 'aws_network_acl.deny_after', contains: ['rule 200 (deny 22/tcp from 0.0.0.0/0) never matches'] }],
    },
  ],
});

describe('nacl-rule-shadowed through the whole pipeline', () => {
  it('reports exactly the shadowed rules of nacl-rules.json', async () => {
    const { report } = await runCheck({ plans: ['fixtures/reachability/nacl-rules.json'], root: false });
    const found = report.findings.filter((f) => f.rule === rule.meta.name).map((f) => `${f.resource} ${f.path} ${f.direction} ${f.protocol} ${f.fromPort}-${f.toPort} ${f.peer}`);
    expect(found.sort()).toEqual([
      'aws_network_acl.fail_shadowed ingress[2] ingress tcp 22-22 10.1.0.0/16',
      'aws_network_acl.fail_shadowed_combined ingress[2] ingress tcp 22-22 0.0.0.0/0',
      'aws_network_acl.fail_shadowed_combined ingress[5] ingress tcp 8050-8150 0.0.0.0/0',
      'aws_network_acl_rule.fail_shadowed_rdp  ingress tcp 3389-3389 0.0.0.0/0',
    ]);
  });
});
