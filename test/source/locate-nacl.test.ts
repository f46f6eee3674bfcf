/**
 * Network ACL findings land on the .tf block that writes the rule
 * (fixtures/projects/nacl): the inline block matched by its values (the plan
 * lists the set in another order), or the aws_network_acl_rule resource.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';

describe('network ACL findings in the sources (fixtures/projects/nacl)', () => {
  it("each finding points at its rule's cidr_block line, in the block of its rule", async () => {
    const { report } = await runCheck({ plans: ['fixtures/projects/nacl/plan.json'] });
    const main = 'fixtures/projects/nacl/main.tf';
    expect(report.findings.map((f) => ({ rule: f.rule, resource: f.resource, path: f.path, location: f.location }))).toEqual([
      // Rule 110 is ingress[2] in the plan and the second ingress block in the source.
      { rule: 'nacl-public-admin-port', resource: 'aws_network_acl.fail_public', path: 'ingress[2]', location: { file: main, line: 23, endLine: 24, blockLine: 17 } },
      { rule: 'nacl-public-admin-port', resource: 'aws_network_acl_rule.fail_rdp', path: '', location: { file: main, line: 58, endLine: 59, blockLine: 50 } },
      // Rule 120 (the deny that 110 shadows) is ingress[0] in the plan and the third block in the source.
      { rule: 'nacl-rule-shadowed', resource: 'aws_network_acl.fail_public', path: 'ingress[0]', location: { file: main, line: 32, endLine: 33, blockLine: 26 } },
    ]);
  });
});
