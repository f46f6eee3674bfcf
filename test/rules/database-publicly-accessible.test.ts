/**
 * database-publicly-accessible on real plans (fixtures/reachability): all
 * three of publicly_accessible, a route to an internet gateway and a group
 * that admits public addresses; unknown when the plan cannot tell and nothing
 * rules it out.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import rule from '../../src/rules/database-publicly-accessible.js';
import { tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const DBS = 'reachability/databases.json';

ruleTester(rule, {
  valid: [
    { name: 'a group alone says nothing of a database', permissions: [tcp('5432', '0.0.0.0/0')] },
    { name: 'publicly accessible, but its subnets route only in the VPC', plan: DBS, resources: ['aws_db_instance.pass_private_subnets'] },
    { name: 'public subnets and an open group, but not publicly accessible', plan: DBS, resources: ['aws_db_instance.pass_not_accessible'] },
    { name: 'publicly accessible in public subnets, but its group admits only the VPC', plan: DBS, resources: ['aws_db_instance.pass_internal_peers'] },
    { name: 'not publicly accessible (routes.json)', plan: 'reachability/routes.json', resources: ['aws_db_instance.pass_not_publicly_accessible', 'aws_db_instance.pass_private_db'] },
  ],
  invalid: [
    {
      name: 'publicly accessible, routed to the internet gateway, open to 0.0.0.0/0',
      plan: DBS,
      resources: ['aws_db_instance.fail_public'],
      errors: [{ messageId: 'public', resource: 'aws_db_instance.fail_public', contains: ['aws_subnet.public_a routes to aws_internet_gateway.main', 'aws_security_group.db_open admits 5432/tcp from 0.0.0.0/0'] }],
    },
    {
      name: 'a public range that is not the whole internet counts',
      plan: DBS,
      resources: ['aws_db_instance.fail_public_office'],
      errors: [{ messageId: 'public', resource: 'aws_db_instance.fail_public_office', contains: ['203.0.113.0/24'] }],
    },
    {
      name: 'a cluster is as public as its instances',
      plan: DBS,
      resources: ['aws_rds_cluster.fail_cluster'],
      errors: [{ messageId: 'public', resource: 'aws_rds_cluster.fail_cluster', contains: ['aws_security_group.db_open'] }],
    },
    {
      name: 'a subnet group outside the plan: unknown, at high severity since publicly_accessible = true is known',
      plan: DBS,
      resources: ['aws_db_instance.unk_outside_subnet_group'],
      errors: [{ messageId: 'unknown', resource: 'aws_db_instance.unk_outside_subnet_group', severity: 'high', contains: ['subnet group legacy-public is not in the plan', 'publicly_accessible = true'] }],
    },
    {
      name: 'no group of the database in the plan: unknown',
      plan: DBS,
      resources: ['aws_db_instance.unk_outside_group'],
      errors: [{ messageId: 'unknown', resource: 'aws_db_instance.unk_outside_group', severity: 'high', contains: ['the plan shows none of its security groups', 'aws_subnet.public_a routes to aws_internet_gateway.main'] }],
    },
    {
      name: 'routes.json: the public database',
      plan: 'reachability/routes.json',
      errors: [{ messageId: 'public', resource: 'aws_db_instance.fail_public_db' }],
    },
  ],
});

describe('database-publicly-accessible through the whole pipeline', () => {
  it('reports exactly the fail_* and unk_* databases of databases.json, with the group that admits', async () => {
    const { report } = await runCheck({ plans: ['fixtures/reachability/databases.json'], root: false });
    const found = report.findings.filter((f) => f.rule === rule.meta.name).map((f) => `${f.severity} ${f.resource} ${f.securityGroup ?? '-'}`);
    expect(found.sort()).toEqual([
      'critical aws_db_instance.fail_public aws_security_group.db_open',
      'critical aws_db_instance.fail_public_office aws_security_group.db_office',
      'critical aws_rds_cluster.fail_cluster aws_security_group.db_open',
      'high aws_db_instance.unk_outside_group -',
      'high aws_db_instance.unk_outside_subnet_group aws_security_group.db_open',
    ]);
  });
});
