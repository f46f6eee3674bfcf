/**
 * Network ACLs far larger than AWS allows (40 rules a direction): the ACL
 * rules stay exact where they report, and bounded (docs/rules: above 100 rules
 * in one direction, only a rule that one earlier rule covers alone is found).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.js';
import { emptyNetModel } from '../../src/reach/build.js';
import type { AclRule, PlanNetworks } from '../../src/reach/types.js';
import { RULES } from '../../src/rules/index.js';
import { modelOf } from '../support/permissions.js';

function findings(rules: AclRule[]): Array<{ rule: string; resource: string; path: string }> {
  const net = emptyNetModel();
  net.acls.set('aws_network_acl.big', { address: 'aws_network_acl.big', vpc: { address: 'aws_vpc.main' }, isDefault: false, implicit: false, rules, unknownRules: [] });
  const model = modelOf([]);
  const networks = new Map<typeof model, PlanNetworks>([[model, { after: net, before: net, changed: false }]]);
  return evaluate([model], { failOn: 'high', rules: RULES, networks }).findings.map((f) => ({ rule: f.rule, resource: f.resource, path: f.path }));
}

const rule = (i: number, o: Partial<AclRule>): AclRule => ({ resource: 'aws_network_acl.big', path: `ingress[${i}]`, egress: false, ruleNumber: i + 1, action: 'allow', protocol: 'tcp', cidr: '0.0.0.0/0', fromPort: 0, toPort: 65535, ...o });

describe('an ACL of thousands of rules', () => {
  it('3000 rules: each of the second 1500 is covered by one of the first, and only SSH is admitted', () => {
    const rules = Array.from({ length: 3000 }, (_, i) => rule(i, { cidr: i < 1500 ? '0.0.0.0/0' : '10.0.0.0/8', fromPort: i % 1500, toPort: i % 1500 }));
    const found = findings(rules);
    expect(found.filter((f) => f.rule === 'nacl-rule-shadowed').map((f) => f.path)).toEqual(Array.from({ length: 1500 }, (_, i) => `ingress[${1500 + i}]`).sort());
    expect(found.filter((f) => f.rule === 'nacl-public-admin-port').map((f) => f.path)).toEqual(['ingress[22]']);
  });

  it('rules covered only by two earlier rules together are found up to 100 rules a direction, not above', () => {
    // Pairs of halves of the internet (deny), then an allow of both halves: the allow never matches.
    const block = (n: number): AclRule[] =>
      Array.from({ length: n }, (_, k) => {
        const port = 1000 + Math.floor(k / 3);
        const cidr = ['0.0.0.0/1', '128.0.0.0/1', '0.0.0.0/0'][k % 3] as string;
        return rule(k, { action: k % 3 === 2 ? 'allow' : 'deny', cidr, fromPort: port, toPort: port });
      });
    expect(findings(block(99)).filter((f) => f.rule === 'nacl-rule-shadowed')).toHaveLength(33);
    expect(findings(block(300)).filter((f) => f.rule === 'nacl-rule-shadowed')).toEqual([]);
  });
});
