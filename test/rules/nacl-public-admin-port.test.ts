/**
 * nacl-public-admin-port on real plans (fixtures/reachability, see
 * fixtures/README.md): the rule reads the plan's network, so every case runs
 * on a plan's model and network.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { evaluate } from '../../src/engine.js';
import { emptyNetModel } from '../../src/reach/build.js';
import type { AclRule, PlanNetworks, UnknownAclRule } from '../../src/reach/types.js';
import { RULES as ALL_RULES } from '../../src/rules/index.js';
import rule from '../../src/rules/nacl-public-admin-port.js';
import { modelOf, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const RULES = 'reachability/nacl-rules.json';
const CHANGE = 'reachability/nacl-change.json';

ruleTester(rule, {
  valid: [
    { name: 'a group open to SSH is no network ACL', permissions: [tcp('22', '0.0.0.0/0')] },
    { name: 'the default ACL that AWS creates (allow all) is in no code', plan: 'reachability/routes.json' },
    { name: 'a deny of 22 and of 3389 before an allow of every port', plan: RULES, resources: ['aws_network_acl.pass_deny_first'] },
    { name: 'admin ports from an office range and a private range', plan: RULES, resources: ['aws_network_acl.pass_office'] },
    { name: 'SSH out, and the ephemeral range in after a deny of 3389', plan: RULES, resources: ['aws_network_acl.pass_egress_ssh'] },
    { name: 'RDP over UDP', plan: RULES, resources: ['aws_network_acl.pass_udp_rdp'] },
    { name: 'a standalone deny', plan: RULES, resources: ['aws_network_acl_rule.pass_deny_rdp'] },
  ],
  invalid: [
    {
      name: 'a managed default ACL is checked like any other',
      plan: RULES,
      resources: ['aws_default_network_acl.fail_default'],
      errors: [{ messageId: 'allows', resource: 'aws_default_network_acl.fail_default', path: 'ingress[0]', networkAcl: 'aws_default_network_acl.fail_default', contains: ['22/tcp from 0.0.0.0/0 at rule 100'] }],
    },
    {
      name: 'SSH from the world: the path is the element in the plan, not the block in the source',
      plan: RULES,
      resources: ['aws_network_acl.fail_ssh_world'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl.fail_ssh_world', path: 'ingress[1]', networkAcl: 'aws_network_acl.fail_ssh_world', contains: ['admits 22/tcp from 0.0.0.0/0 at rule 110'] }],
    },
    {
      name: 'RDP from ::/0',
      plan: RULES,
      resources: ['aws_network_acl.fail_rdp_ipv6'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl.fail_rdp_ipv6', path: 'ingress[0]', contains: ['3389/tcp from ::/0'] }],
    },
    {
      name: 'all traffic (-1) admits both ports, in one finding',
      plan: RULES,
      resources: ['aws_network_acl.fail_all_traffic'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl.fail_all_traffic', path: 'ingress[0]', contains: ['22/tcp and 3389/tcp from 0.0.0.0/0'] }],
    },
    {
      name: 'the ephemeral range 1024-65535 holds 3389',
      plan: RULES,
      resources: ['aws_network_acl.fail_ephemeral'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl.fail_ephemeral', path: 'ingress[0]', contains: ['3389/tcp from 0.0.0.0/0'] }],
    },
    {
      name: 'a deny of half the internet first leaves the other half admitted',
      plan: RULES,
      resources: ['aws_network_acl.fail_deny_part'],
      errors: [{ messageId: 'allowsPart', resource: 'aws_network_acl.fail_deny_part', path: 'ingress[0]', contains: ['rule 90 (deny 22/tcp from 0.0.0.0/1)'] }],
    },
    {
      name: '0.0.0.0/1 and 128.0.0.0/1 together are the whole internet',
      plan: RULES,
      resources: ['aws_network_acl.fail_split'],
      errors: [
        { messageId: 'together', resource: 'aws_network_acl.fail_split', path: 'ingress[1]', contains: ['from 0.0.0.0/1 at rule 100', 'rule 110 (allow 22/tcp from 128.0.0.0/1)'] },
        { messageId: 'together', resource: 'aws_network_acl.fail_split', path: 'ingress[0]', contains: ['from 128.0.0.0/1 at rule 110'] },
      ],
    },
    {
      name: 'an aws_network_acl_rule: the rule resource, and the ACL it writes to',
      plan: RULES,
      resources: ['aws_network_acl_rule.fail_ssh_rule', 'aws_network_acl.standalone'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl_rule.fail_ssh_rule', path: '', networkAcl: 'aws_network_acl.standalone' }],
    },
    {
      name: 'a deny after the allow denies nothing',
      plan: 'reachability/nacls.json',
      resources: ['aws_network_acl.deny_after'],
      errors: [{ messageId: 'allows', resource: 'aws_network_acl.deny_after', contains: ['22/tcp and 3389/tcp'] }],
    },
    {
      name: 'a rule added to an ACL, one added to an ACL outside the plan, and one whose source is unknown until apply',
      plan: CHANGE,
      resources: ['aws_network_acl_rule.fail_ssh_added', 'aws_network_acl_rule.fail_outside_acl', 'aws_network_acl_rule.unk_bastion_ssh'],
      errors: [
        { messageId: 'allows', resource: 'aws_network_acl_rule.fail_ssh_added', networkAcl: 'aws_network_acl.app', contains: ['22/tcp from 0.0.0.0/0 at rule 110'] },
        { messageId: 'allows', resource: 'aws_network_acl_rule.fail_outside_acl', networkAcl: 'acl-0e7000000000000ff', contains: ['3389/tcp from ::/0'] },
        { messageId: 'unknown', resource: 'aws_network_acl_rule.unk_bastion_ssh', networkAcl: 'aws_network_acl.app', severity: 'info', contains: ['cidr_block unknown until apply'] },
      ],
    },
  ],
});

describe('nacl-public-admin-port through the whole pipeline', () => {
  it('reports exactly the fail_* ACLs of nacl-rules.json, with the ACL and the rule resource', async () => {
    const { report } = await runCheck({ plans: ['fixtures/reachability/nacl-rules.json'], root: false });
    const found = report.findings.filter((f) => f.rule === rule.meta.name).map((f) => `${f.resource} ${f.path} ${f.networkAcl ?? '-'} ${f.direction} ${f.protocol} ${f.fromPort}-${f.toPort} ${f.peer}`);
    expect(found.sort()).toEqual([
      'aws_default_network_acl.fail_default ingress[0] aws_default_network_acl.fail_default ingress tcp 22-22 0.0.0.0/0',
      'aws_network_acl.fail_all_traffic ingress[0] aws_network_acl.fail_all_traffic ingress all 0-65535 0.0.0.0/0',
      'aws_network_acl.fail_deny_part ingress[0] aws_network_acl.fail_deny_part ingress tcp 22-22 0.0.0.0/0',
      'aws_network_acl.fail_ephemeral ingress[0] aws_network_acl.fail_ephemeral ingress tcp 1024-65535 0.0.0.0/0',
      'aws_network_acl.fail_rdp_ipv6 ingress[0] aws_network_acl.fail_rdp_ipv6 ingress tcp 3389-3389 ::/0',
      'aws_network_acl.fail_split ingress[0] aws_network_acl.fail_split ingress tcp 22-22 128.0.0.0/1',
      'aws_network_acl.fail_split ingress[1] aws_network_acl.fail_split ingress tcp 22-22 0.0.0.0/1',
      'aws_network_acl.fail_ssh_world ingress[1] aws_network_acl.fail_ssh_world ingress tcp 22-22 0.0.0.0/0',
      'aws_network_acl_rule.fail_ssh_rule  aws_network_acl.standalone ingress tcp 22-22 0.0.0.0/0',
    ]);
  });
});

describe('rules unknown until apply', () => {
  const known = (k: UnknownAclRule['known']): UnknownAclRule => ({ resource: 'aws_network_acl_rule.x', egress: false, why: 'aws_network_acl_rule.x: cidr_block unknown until apply', path: '', known: k });
  const run = (unknownRules: UnknownAclRule[], rules: AclRule[] = []): string[] => {
    const net = emptyNetModel();
    net.acls.set('aws_network_acl.a', { address: 'aws_network_acl.a', vpc: { address: 'aws_vpc.main' }, isDefault: false, implicit: false, rules, unknownRules });
    const model = modelOf([]);
    const networks = new Map<typeof model, PlanNetworks>([[model, { after: net, before: net, changed: false }]]);
    return evaluate([model], { failOn: 'high', rules: ALL_RULES, networks }).findings.filter((f) => f.rule === rule.meta.name).map((f) => `${f.messageId} ${f.severity}`);
  };
  const deny = (ruleNumber: number, port: number): AclRule => ({ resource: 'aws_network_acl.a', path: '', egress: false, ruleNumber, action: 'deny', protocol: 'tcp', cidr: '0.0.0.0/0', fromPort: port, toPort: port });

  it('are reported when nothing known rules them out: info for an unknown source, medium for a known /0', () => {
    expect(run([known({ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 22, toPort: 22 })])).toEqual(['unknown info']);
    expect(run([known({ action: 'allow', cidr: '::/0' })])).toEqual(['unknown medium']);
    expect(run([{ resource: 'aws_network_acl.a', egress: false, why: 'aws_network_acl.a: ingress unknown until apply', path: 'ingress' }])).toEqual(['unknown info']);
  });

  it('are not reported when what is known rules them out', () => {
    expect(run([known({ action: 'deny' })])).toEqual([]);
    expect(run([known({ protocol: 'udp' })])).toEqual([]);
    expect(run([known({ protocol: 'tcp', fromPort: 443, toPort: 443 })])).toEqual([]);
    expect(run([known({ cidr: '10.0.0.0/8' })])).toEqual([]);
    expect(run([{ ...known({}), egress: true }])).toEqual([]);
  });

  it('weigh a known number against the known rules before it', () => {
    const denies = [deny(90, 22), deny(91, 3389), { ...deny(92, 22), cidr: '::/0' }, { ...deny(93, 3389), cidr: '::/0' }];
    expect(run([known({ ruleNumber: 200 })], denies)).toEqual([]);
    expect(run([known({ ruleNumber: 50 })], denies)).toEqual(['unknown info']);
    // Only IPv4 denied first: an IPv6 source still gets to rule 200.
    expect(run([known({ ruleNumber: 200 })], denies.slice(0, 2))).toEqual(['unknown info']);
  });
});
