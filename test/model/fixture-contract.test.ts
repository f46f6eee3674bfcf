/**
 * The contract of fixtures/README.md: for each fixture plan, exactly which
 * resource (and inline element) each of the core exposure rules flags.
 * Names follow the convention: fail_* must fire, pass_* must not, unk_* is
 * reported by unknown-peer.
 */
import { describe, expect, it } from 'vitest';
import { fixtureFindings } from '../support/fixtures.js';

const CORE = new Set(['no-public-ssh', 'no-public-rdp', 'no-public-database', 'no-public-all-traffic', 'unknown-peer']);

function core(file: string): string[] {
  return fixtureFindings(file)
    .filter((f) => CORE.has(f.rule) && f.change !== 'removed')
    .map((f) => `${f.rule} ${f.resource}${f.path ? ` ${f.path}` : ''}`)
    .sort();
}

const CONTRACT: Record<string, string[]> = {
  'plans/inline-blocks.json': [
    'no-public-all-traffic aws_security_group.fail_all_named ingress[0]',
    'no-public-all-traffic aws_security_group.fail_all_traffic ingress[0]',
    'no-public-all-traffic aws_security_group.fail_tcp_all_ports ingress[0]',
    'no-public-database aws_security_group.fail_db_mysql ingress[0]',
    'no-public-database aws_security_group.fail_protocol_upper ingress[0]',
    'no-public-rdp aws_security_group.fail_rdp ingress[0]',
    'no-public-ssh aws_security_group.fail_host_bits ingress[0]',
    'no-public-ssh aws_security_group.fail_mixed_blocks ingress[0]',
    'no-public-ssh aws_security_group.fail_protocol_number ingress[0]',
    'no-public-ssh aws_security_group.fail_self_and_world ingress[0]',
    'no-public-ssh aws_security_group.fail_ssh_ipv6 ingress[0]',
    'no-public-ssh aws_security_group.fail_ssh_ipv6_long ingress[0]',
    'no-public-ssh aws_security_group.fail_ssh_range ingress[0]',
    'no-public-ssh aws_security_group.fail_ssh_world ingress[0]',
    'no-public-ssh aws_security_group.fail_union_cover ingress[0]',
    'no-public-ssh aws_security_group.fail_union_cover ingress[1]',
  ],
  'plans/attribute-list.json': [
    'no-public-rdp aws_security_group.fail_attr_rdp_ipv6 ingress[0]',
    'no-public-ssh aws_security_group.fail_attr_ssh ingress[0]',
    'no-public-ssh aws_security_group.fail_attr_var ingress[0]',
  ],
  'plans/sg-rules.json': [
    'no-public-all-traffic aws_security_group_rule.fail_udp_all_ports',
    'no-public-database aws_security_group_rule.fail_db_world[0]',
    'no-public-database aws_security_group_rule.fail_db_world[1]',
    'no-public-rdp aws_security_group_rule.fail_rdp_ipv6',
    'no-public-ssh aws_security_group_rule.fail_foreach["ssh"]',
    'no-public-ssh aws_security_group_rule.fail_ssh_world',
  ],
  'plans/vpc-rules.json': [
    'no-public-all-traffic aws_vpc_security_group_ingress_rule.fail_vpc_all_ipv6',
    'no-public-rdp aws_vpc_security_group_ingress_rule.fail_vpc_rdp_upper',
    'no-public-ssh aws_vpc_security_group_ingress_rule.fail_vpc_protocol_number',
    'no-public-ssh aws_vpc_security_group_ingress_rule.fail_vpc_ssh',
  ],
  'plans/default-sg.json': ['no-public-rdp aws_default_security_group.fail_default_rdp ingress[0]'],
  'plans/modules.json': [
    'no-public-database aws_security_group_rule.fail_root_mysql',
    'no-public-rdp module.edge_rules.aws_security_group_rule.fail_rdp_world',
    'no-public-rdp module.network.module.sg.aws_security_group_rule.fail_rdp_world',
    'no-public-ssh module.app["blue"].aws_security_group.fail_debug[0] ingress[0]',
    'no-public-ssh module.network.aws_security_group_rule.fail_web_ssh',
  ],
  'plans/unknown-values.json': [
    'no-public-ssh aws_security_group_rule.fail_rule_resolved_world',
    'unknown-peer aws_security_group.unk_inline_cidr ingress[0]',
    'unknown-peer aws_security_group.unk_inline_data_sg ingress[0]',
    'unknown-peer aws_security_group_rule.unk_rule_data_sg',
    'unknown-peer aws_security_group_rule.unk_rule_ipv6_vpc',
    'unknown-peer aws_vpc_security_group_ingress_rule.unk_vpc_ipam_cidr',
  ],
  'plans/existing-stack.json': [
    'no-public-database aws_security_group.fail_update ingress[0]',
    'no-public-ssh aws_security_group_rule.fail_bastion_ssh',
  ],
  'plans/widened-rules.json': [
    'no-public-ssh aws_security_group.fail_broader_peer ingress[0]',
    'no-public-ssh aws_security_group.fail_kept ingress[0]',
    'no-public-ssh aws_security_group.fail_narrowed_ports ingress[0]',
    'no-public-ssh aws_security_group.fail_widened_ports ingress[0]',
  ],
  'plans/pre-existing.json': ['no-public-ssh aws_security_group.fail_kept ingress[0]', 'no-public-ssh aws_security_group.fail_narrowed_ports ingress[0]'],
  'plans/attachments.json': [],
  'plans/custom-ports.json': ['no-public-database aws_security_group.fail_redis ingress[0]'],
  'plans/state.json': ['no-public-ssh aws_security_group.fail_state_ssh ingress[0]'],
  'plans/tf012-format-0.1.json': ['no-public-ssh aws_security_group.fail_legacy_ssh ingress[0]'],
  'example/plan.json': [
    'no-public-database aws_security_group.db ingress[0]',
    'no-public-ssh aws_security_group.bastion ingress[0]',
    'unknown-peer aws_security_group_rule.web_ssh_from_bastion',
  ],
};

describe('fixture plans: exactly the findings fixtures/README.md lists', () => {
  for (const [file, expected] of Object.entries(CONTRACT)) {
    it(file, () => {
      expect(core(file)).toEqual([...expected].sort());
    });
  }

  it('every fail_ and unk_ resource in the contract really is named so, and no pass_ one fires', () => {
    for (const file of Object.keys(CONTRACT)) {
      for (const line of core(file)) {
        const resource = line.split(' ')[1] as string;
        expect(resource).not.toMatch(/\.pass_/);
      }
    }
  });
});
