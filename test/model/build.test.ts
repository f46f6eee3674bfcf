/**
 * The model built from the fixture plans: which group each permission belongs
 * to, how peers are resolved, what each side holds, and who uses each group.
 * Contracts from fixtures/README.md.
 */
import { describe, expect, it } from 'vitest';
import type { Model, Permission } from '../../src/model/types.js';
import { fixtureModel } from '../support/fixtures.js';

const byResource = (m: Model, resource: string, side: 'after' | 'before' = 'after'): Permission[] =>
  (side === 'after' ? m.permissions : m.beforePermissions).filter((p) => p.resource === resource);

describe('the group a standalone rule belongs to', () => {
  it('is resolved through configuration references when its id is unknown until apply', () => {
    const m = fixtureModel('plans/sg-rules.json');
    expect(byResource(m, 'aws_security_group_rule.fail_ssh_world').map((p) => p.securityGroup)).toEqual(['aws_security_group.web']);
    expect(byResource(m, 'aws_security_group_rule.fail_db_world[1]').map((p) => p.securityGroup)).toEqual(['aws_security_group.db']);
  });

  it('is resolved across module variables and outputs, two levels deep', () => {
    const m = fixtureModel('plans/modules.json');
    const group = (r: string) => [...new Set(byResource(m, r).map((p) => p.securityGroup))];
    expect(group('module.network.module.sg.aws_security_group_rule.fail_rdp_world')).toEqual(['module.network.aws_security_group.web']);
    expect(group('module.edge_rules.aws_security_group_rule.fail_rdp_world')).toEqual(['aws_security_group.edge']);
    expect(group('aws_security_group_rule.fail_root_mysql')).toEqual(['module.network.aws_security_group.web']);
  });

  it('is matched by known id through prior state in an existing stack', () => {
    const m = fixtureModel('plans/existing-stack.json');
    expect(byResource(m, 'aws_security_group_rule.fail_bastion_ssh').map((p) => [p.securityGroup, p.securityGroupId])).toEqual([
      ['aws_security_group.bastion', 'sg-0abc1234def567891'],
    ]);
  });
});

describe('peers', () => {
  it('a referenced group unknown until apply resolves to its address, a module output included', () => {
    const m = fixtureModel('plans/modules.json');
    expect(byResource(m, 'aws_security_group_rule.pass_root_postgres').map((p) => p.peer)).toEqual([
      { kind: 'security-group', address: 'module.app["blue"].aws_security_group.pass_app', id: null },
    ]);
  });

  it('a group known only by id keeps the id; one in the stack gets its address', () => {
    const m = fixtureModel('plans/existing-stack.json');
    expect(byResource(m, 'aws_security_group_rule.pass_web_from_partner')[0]?.peer).toEqual({ kind: 'security-group', address: null, id: 'sg-0fffffffffffffff0' });
    expect(byResource(m, 'aws_security_group_rule.pass_db_from_web')[0]?.peer).toMatchObject({ kind: 'security-group', address: 'aws_security_group.web' });
  });

  it('a cross-account reference keeps its account', () => {
    const m = fixtureModel('plans/vpc-rules.json');
    expect(byResource(m, 'aws_vpc_security_group_ingress_rule.pass_vpc_cross_account')[0]?.peer).toEqual({
      kind: 'security-group', address: null, id: 'sg-0aaaabbbbccccdddd', owner: '111122223333',
    });
  });

  it('self = true beside a CIDR in one block yields both peers', () => {
    const m = fixtureModel('plans/inline-blocks.json');
    const kinds = byResource(m, 'aws_security_group.fail_self_and_world').filter((p) => p.direction === 'ingress').map((p) => p.peer.kind).sort();
    expect(kinds).toEqual(['cidr', 'self']);
  });

  it('unknown peers stay unknown, naming the attribute; computed rule lists are not peers', () => {
    const m = fixtureModel('plans/unknown-values.json');
    const unknown = m.permissions.filter((p) => p.peer.kind === 'unknown').map((p) => `${p.resource} ${p.peerPath}`).sort();
    expect(unknown).toEqual([
      'aws_security_group.unk_inline_cidr ingress[0].cidr_blocks',
      'aws_security_group.unk_inline_data_sg ingress[0].security_groups',
      'aws_security_group_rule.unk_rule_data_sg source_security_group_id',
      'aws_security_group_rule.unk_rule_ipv6_vpc ipv6_cidr_blocks',
      'aws_vpc_security_group_ingress_rule.unk_vpc_ipam_cidr cidr_ipv4',
    ]);
    expect(byResource(m, 'aws_security_group.app')).toEqual([]);
  });

  it('protocols and ports follow AWS semantics', () => {
    const m = fixtureModel('plans/inline-blocks.json');
    const first = (r: string) => byResource(m, `aws_security_group.${r}`).find((p) => p.direction === 'ingress');
    expect(first('fail_all_traffic')).toMatchObject({ protocol: 'all', fromPort: 0, toPort: 65535 });
    expect(first('pass_tcp_zero')).toMatchObject({ protocol: 'tcp', fromPort: 0, toPort: 0 });
    expect(first('pass_icmp_world')).toMatchObject({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: 8, icmpCode: 0 });
    const vpc = fixtureModel('plans/vpc-rules.json');
    expect(byResource(vpc, 'aws_vpc_security_group_ingress_rule.fail_vpc_rdp_upper')[0]).toMatchObject({ protocol: 'tcp', protocolRaw: 'TCP', fromPort: 3389 });
    expect(byResource(vpc, 'aws_vpc_security_group_ingress_rule.fail_vpc_all_ipv6')[0]).toMatchObject({ protocol: 'all', fromPort: 0, toPort: 65535 });
  });
});

describe('sides and actions', () => {
  const m = fixtureModel('plans/existing-stack.json');

  it('what the plan deletes is only on the before side', () => {
    expect(byResource(m, 'aws_security_group_rule.fail_web_ssh_legacy')).toEqual([]);
    expect(byResource(m, 'aws_security_group_rule.fail_web_ssh_legacy', 'before').map((p) => p.peer)).toMatchObject([{ kind: 'cidr', cidr: '0.0.0.0/0' }]);
  });

  it('an update shows the old and the new value on their sides', () => {
    const peers = (side: 'after' | 'before') => byResource(m, 'aws_security_group.fail_update', side).filter((p) => p.direction === 'ingress').map((p) => (p.peer.kind === 'cidr' ? p.peer.cidr : p.peer.kind));
    expect(peers('before')).toEqual(['10.0.0.0/16']);
    expect(peers('after')).toEqual(['0.0.0.0/0']);
    expect(m.groups.find((g) => g.address === 'aws_security_group.fail_update')?.action).toBe('update');
  });

  it('a group echoing its standalone rules is not counted twice', () => {
    expect(byResource(m, 'aws_security_group.web')).toEqual([]);
    expect(byResource(m, 'aws_security_group.bastion')).toEqual([]);
    expect(m.ruleResources.find((r) => r.address === 'aws_security_group_rule.fail_bastion_ssh')).toMatchObject({ action: 'replace', securityGroup: 'aws_security_group.bastion' });
  });

  it('a state is read as what exists, with nested modules', () => {
    const s = fixtureModel('plans/state.json');
    expect(s.plan.kind).toBe('state');
    expect(s.groups.map((g) => g.address).sort()).toEqual(['aws_security_group.fail_state_ssh', 'module.db.aws_security_group.pass_state_db']);
  });
});

describe('attachments', () => {
  const m = fixtureModel('plans/attachments.json');
  const users = (group: string) =>
    (m.groups.find((g) => g.address === `aws_security_group.${group}`)?.attachments ?? []).map((a) => `${a.resource} ${a.attribute}${a.internal === null ? '' : a.internal ? ' internal' : ' public'}`).sort();

  it('finds every resource type that names a group, by reference or by known id', () => {
    expect(users('alb')).toEqual(['aws_elb.classic security_groups public', 'aws_lb.public security_groups public']);
    expect(users('app')).toEqual([
      'aws_autoscaling_group.app launch_template (aws_launch_template.app)',
      'aws_ecs_service.api network_configuration[0].security_groups',
      'aws_lambda_function.worker vpc_config[0].security_group_ids',
      'aws_launch_template.app vpc_security_group_ids',
      'aws_lb.internal security_groups internal',
    ]);
    expect(users('web')).toEqual(['aws_instance.web vpc_security_group_ids']);
    expect(users('db')).toEqual(['aws_db_instance.postgres vpc_security_group_ids', 'aws_rds_cluster.aurora vpc_security_group_ids', 'aws_redshift_cluster.dw vpc_security_group_ids']);
    expect(users('cache')).toEqual(['aws_elasticache_cluster.redis security_group_ids', 'aws_elasticache_replication_group.redis security_group_ids']);
    expect(users('data')).toEqual([
      'aws_efs_mount_target.data security_groups',
      'aws_elasticsearch_domain.legacy_search vpc_options[0].security_group_ids',
      'aws_msk_cluster.events broker_node_group_info[0].security_groups',
      'aws_opensearch_domain.search vpc_options[0].security_group_ids',
    ]);
    expect(users('eks')).toEqual(['aws_eks_cluster.main vpc_config[0].security_group_ids']);
    expect(users('endpoint')).toEqual(['aws_vpc_endpoint.ssm security_group_ids']);
    expect(users('legacy')).toEqual([
      'aws_instance.legacy vpc_security_group_ids',
      'aws_instance.worker vpc_security_group_ids',
      'aws_launch_template.public network_interfaces[0].security_groups',
      'aws_network_interface.extra security_groups',
    ]);
    expect(users('orphan')).toEqual([]);
  });
});
