/**
 * The contract of fixtures/architectures/README.md: six small architectures,
 * each as a correct plan and several broken ones, plus three change cases.
 * Every plan goes through the real pipeline (parsePlan → buildModel →
 * evaluate with every registered rule, fail-on high).
 *
 * - A correct form has no finding at medium or above (and, as README.md says,
 *   none above info).
 * - A broken form has exactly the (severity, rule, resource, path) findings at
 *   medium and above that README.md lists, and every low/info one it lists.
 *
 * The office range 203.0.113.0/24 is trusted (`trusted-cidrs`), as a team
 * that admits SSH from its office would configure it; without that,
 * admin-port-from-untrusted reports the office grant (tested below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type RuleSetting } from '../../src/engine.js';
import { beforeModel } from '../../src/model/before.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { RULES } from '../../src/rules/index.js';
import { OPTION_RULES } from '../../src/rules/options.js';
import { atLeast, type Finding } from '../../src/findings/types.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'architectures');
const OFFICE = '203.0.113.0/24';

/** `trusted-cidrs: [203.0.113.0/24]`, given to the rules that read it, as the config loader does. */
const TRUSTED_OFFICE: Record<string, RuleSetting> = Object.fromEntries(
  OPTION_RULES['trusted-cidrs'].map((name) => [name, { enabled: true, options: { 'trusted-cidrs': [OFFICE] } }]),
);

function model(file: string): Model {
  return buildModel(parsePlan(readFileSync(join(DIR, file)), `fixtures/architectures/${file}`, MODEL_READS));
}

/** The findings that stand after the plan (what it fixes is reported apart, as change 'removed'). */
function findings(m: Model, settings: Record<string, RuleSetting> = TRUSTED_OFFICE): Finding[] {
  return evaluate([m], { failOn: 'high', rules: RULES, settings }).findings.filter((f) => f.change !== 'removed');
}

/** "severity rule resource path" (path only for inline elements). */
function line(f: Pick<Finding, 'severity' | 'rule' | 'resource' | 'path'>): string {
  return `${f.severity} ${f.rule} ${f.resource}${f.path ? ` ${f.path}` : ''}`;
}

const severityOf = (l: string): Finding['severity'] => l.split(' ')[0] as Finding['severity'];
const mediumUp = (lines: readonly string[]): string[] => lines.filter((l) => atLeast(severityOf(l), 'medium')).sort();

/** Every finding README.md lists for each broken form (all severities). */
const BROKEN: Record<string, string[]> = {
  'public-web-ssh-office/broken-ssh-world.json': ['critical no-public-ssh aws_security_group.fail_web ingress[0]'],
  'public-web-ssh-office/broken-ssh-wide-public-range.json': [
    'medium admin-port-from-untrusted aws_security_group.fail_web ingress[2]',
    'medium wide-public-cidr aws_security_group.fail_web ingress[2]',
  ],
  'public-web-ssh-office/broken-all-traffic-world.json': ['critical no-public-all-traffic aws_security_group.fail_web ingress[0]'],

  'private-database/broken-db-world.json': ['critical no-public-database aws_vpc_security_group_ingress_rule.fail_db_world'],
  'private-database/broken-db-vpc-cidr.json': ['medium database-by-cidr aws_vpc_security_group_ingress_rule.fail_db_vpc_cidr'],
  'private-database/broken-db-admits-alb.json': ['medium database-admits-public-tier aws_vpc_security_group_ingress_rule.fail_db_from_alb'],
  'private-database/broken-db-https-world.json': ['high public-ingress-to-private-tier aws_vpc_security_group_ingress_rule.fail_db_https_world'],

  'api-lambda-rds/broken-lambda-egress-all.json': ['low private-tier-unrestricted-egress aws_security_group.fail_lambda egress[0]'],
  'api-lambda-rds/broken-lambda-ingress-world.json': [
    'high public-ingress-to-private-tier aws_security_group.fail_lambda ingress[0]',
    'medium database-admits-public-tier aws_security_group_rule.fail_rds_from_lambda',
  ],
  'api-lambda-rds/broken-rds-world.json': ['critical no-public-database aws_security_group_rule.fail_rds_world'],

  'alb-instances/broken-app-8080-world.json': ['high no-public-high-risk-port aws_security_group.fail_app ingress[0]'],
  'alb-instances/broken-app-https-ipv6.json': ['high backend-bypasses-load-balancer aws_security_group.fail_app ingress[0]'],
  'alb-instances/broken-app-ssh-world.json': ['critical no-public-ssh aws_security_group.fail_app ingress[1]'],

  'bastion/broken-private-ssh-vpc-cidr.json': ['low admin-port-by-cidr aws_security_group_rule.fail_private_ssh_vpc_cidr'],
  'bastion/broken-bastion-ssh-world.json': ['critical no-public-ssh aws_security_group_rule.fail_bastion_ssh_world'],
  'bastion/broken-private-rdp-world.json': ['critical no-public-rdp aws_security_group_rule.fail_private_rdp_world'],

  'peered-vpcs/broken-payments-from-vpc-cidr.json': ['medium peer-vpc-cidr-instead-of-sg aws_security_group.fail_payments_api ingress[0]'],
  'peered-vpcs/broken-payments-from-ten-eight.json': ['medium peer-vpc-cidr-instead-of-sg aws_security_group.fail_payments_api ingress[0]'],
  'peered-vpcs/broken-payments-all-from-peer.json': ['medium wide-port-range aws_security_group.fail_payments_api ingress[0]'],
  'peered-vpcs/broken-payments-from-own-vpc.json': ['medium peer-vpc-cidr-instead-of-sg aws_security_group.fail_payments_api ingress[0]'],

  'changes/added.json': ['critical no-public-ssh aws_security_group.fail_web ingress[0]'],
  'changes/unchanged.json': ['critical no-public-ssh aws_security_group_rule.fail_web_ssh_world'],
};

const ARCHITECTURES = ['public-web-ssh-office', 'private-database', 'api-lambda-rds', 'alb-instances', 'bastion', 'peered-vpcs'];
/** Plans with no finding at medium or above (and none above info). */
const CLEAN = [...ARCHITECTURES.map((a) => `${a}/correct.json`), 'changes/removed.json'];

it('every plan under fixtures/architectures is covered here', () => {
  const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => f.split('\\').join('/'));
  expect(files.sort()).toEqual([...CLEAN, ...Object.keys(BROKEN)].sort());
});

describe('correct forms: nothing at medium or above', () => {
  for (const file of CLEAN) {
    it(file, () => {
      const all = findings(model(file));
      expect(all.filter((f) => atLeast(f.severity, 'medium')).map(line)).toEqual([]);
      // README.md: none above info; with the office trusted, none at all.
      expect(all.map(line)).toEqual([]);
    });
  }
});

describe('broken forms: exactly the findings README.md lists', () => {
  for (const [file, expected] of Object.entries(BROKEN)) {
    it(file, () => {
      const actual = findings(model(file)).map(line);
      expect(mediumUp(actual)).toEqual(mediumUp(expected));
      for (const l of expected.filter((x) => !atLeast(severityOf(x), 'medium'))) expect(actual).toContain(l);
    });
  }

  it('no plan has an unknown peer or an unused group: every reference resolves, every group is attached', () => {
    for (const file of [...CLEAN, ...Object.keys(BROKEN)]) {
      const info = findings(model(file)).filter((f) => f.rule === 'unknown-peer' || f.rule === 'unused-security-group');
      expect(info.map(line), file).toEqual([]);
    }
  });

  it('every finding is on a fail_ resource', () => {
    for (const [file, expected] of Object.entries(BROKEN)) {
      for (const l of expected) expect(l.split(' ')[2], `${file}: ${l}`).toMatch(/\.fail_/);
    }
  });
});

describe('what the model sees in each architecture (so that the correct forms do not pass vacuously)', () => {
  const group = (m: Model, address: string) => {
    const g = m.groups.find((x) => x.address === address);
    if (!g) throw new Error(`no group ${address}`);
    return g;
  };
  const users = (m: Model, address: string): string[] => group(m, address).attachments.map((a) => a.resource).sort();

  it('public-web-ssh-office: the web server uses the group', () => {
    const m = model('public-web-ssh-office/correct.json');
    expect(users(m, 'aws_security_group.pass_web')).toEqual(['aws_instance.web']);
  });

  it('private-database: instance behind the public ALB, the database on its own group, all peers resolved', () => {
    const m = model('private-database/correct.json');
    expect(users(m, 'aws_security_group.alb')).toEqual(['aws_lb.app']);
    expect(users(m, 'aws_security_group.app')).toEqual(['aws_instance.app']);
    expect(users(m, 'aws_security_group.db')).toEqual(['aws_db_instance.main']);
    expect(m.network.loadBalancers).toEqual([{ address: 'aws_lb.app', type: 'aws_lb', internal: false }]);
    expect(m.network.lbTargets.map((t) => [t.target, t.loadBalancers])).toEqual([['aws_instance.app', ['aws_lb.app']]]);
    const db = m.permissions.find((p) => p.resource === 'aws_vpc_security_group_ingress_rule.pass_db_from_app');
    expect(db?.securityGroup).toBe('aws_security_group.db');
    expect(db?.peer).toMatchObject({ kind: 'security-group', address: 'aws_security_group.app' });
  });

  it('api-lambda-rds: the function and the database use their groups; egress peers resolved', () => {
    const m = model('api-lambda-rds/correct.json');
    expect(users(m, 'aws_security_group.pass_lambda')).toEqual(['aws_lambda_function.api']);
    expect(users(m, 'aws_security_group.rds')).toEqual(['aws_db_instance.orders']);
    const egress = m.permissions.filter((p) => p.securityGroup === 'aws_security_group.pass_lambda' && p.direction === 'egress');
    expect(egress.map((p) => [p.fromPort, p.peer])).toEqual([
      [443, { kind: 'prefix-list', id: 'pl-6da54004' }],
      [5432, { kind: 'security-group', address: 'aws_security_group.rds', id: null }],
    ]);
  });

  it('alb-instances: the auto scaling group uses the app group through its launch template, behind the ALB', () => {
    const m = model('alb-instances/correct.json');
    expect(users(m, 'aws_security_group.pass_app')).toEqual(['aws_autoscaling_group.app', 'aws_launch_template.app']);
    expect(users(m, 'aws_security_group.pass_alb')).toEqual(['aws_lb.app']);
    expect(m.network.lbTargets.map((t) => [t.target, t.loadBalancers])).toEqual([['aws_autoscaling_group.app', ['aws_lb.app']]]);
  });

  it('bastion: each instance on its group, SSH into the private group only from the bastion group', () => {
    const m = model('bastion/correct.json');
    expect(users(m, 'aws_security_group.bastion')).toEqual(['aws_instance.bastion']);
    expect(users(m, 'aws_security_group.private')).toEqual(['aws_instance.app']);
    const ssh = m.permissions.filter((p) => p.securityGroup === 'aws_security_group.private' && p.direction === 'ingress');
    expect(ssh.map((p) => p.peer)).toEqual([{ kind: 'security-group', address: 'aws_security_group.bastion', id: null }]);
  });

  it('peered-vpcs: two VPCs, one peering, each group in its VPC, payments admits the checkout group', () => {
    const m = model('peered-vpcs/correct.json');
    expect(m.network.vpcs.map((v) => [v.address, v.cidrs])).toEqual([
      ['aws_vpc.ecommerce', ['10.0.0.0/16']],
      ['aws_vpc.payments', ['10.1.0.0/16']],
    ]);
    expect(m.network.peerings).toEqual([{ address: 'aws_vpc_peering_connection.ecommerce_payments', vpcs: ['aws_vpc.ecommerce', 'aws_vpc.payments'] }]);
    expect(group(m, 'aws_security_group.pass_checkout').vpc).toBe('aws_vpc.ecommerce');
    expect(group(m, 'aws_security_group.pass_payments_api').vpc).toBe('aws_vpc.payments');
    const in443 = m.permissions.filter((p) => p.securityGroup === 'aws_security_group.pass_payments_api' && p.direction === 'ingress');
    expect(in443.map((p) => [p.fromPort, p.peer])).toEqual([[443, { kind: 'security-group', address: 'aws_security_group.pass_checkout', id: null }]]);
  });
});

describe('documented interplay of the rules on these plans', () => {
  it('without trusted-cidrs, the office SSH grant is reported by admin-port-from-untrusted (and nothing else)', () => {
    expect(findings(model('public-web-ssh-office/correct.json'), {}).map(line)).toEqual([
      'medium admin-port-from-untrusted aws_security_group.pass_web ingress[2]',
    ]);
    expect(findings(model('bastion/correct.json'), {}).map(line)).toEqual([
      'medium admin-port-from-untrusted aws_security_group_rule.pass_bastion_ssh_office',
    ]);
  });

  it('8080 from the world on a load-balanced group: no-public-high-risk-port supersedes backend-bypasses-load-balancer', () => {
    // Switched off, the permission falls to the rules it superseded: the bypass and the catch-all public-port rule.
    const off = { ...TRUSTED_OFFICE, 'no-public-high-risk-port': { enabled: false } };
    expect(findings(model('alb-instances/broken-app-8080-world.json'), off).map(line)).toEqual([
      'high backend-bypasses-load-balancer aws_security_group.fail_app ingress[0]',
      'medium public-port-not-allowed aws_security_group.fail_app ingress[0]',
    ]);
  });

  it('all traffic from the peer VPC is one wide-port-range finding; peer-vpc-cidr-instead-of-sg stays quiet', () => {
    // Switched off, the database and admin ports inside "all traffic" fall to database-by-cidr and
    // admin-port-by-cidr, which still supersede peer-vpc-cidr-instead-of-sg.
    const off = { ...TRUSTED_OFFICE, 'wide-port-range': { enabled: false } };
    expect(findings(model('peered-vpcs/broken-payments-all-from-peer.json'), off).map(line)).toEqual([
      'medium database-by-cidr aws_security_group.fail_payments_api ingress[0]',
      'low admin-port-by-cidr aws_security_group.fail_payments_api ingress[0]',
    ]);
  });
});

describe('change cases: every finding says what the plan does to it', () => {
  const changes = (file: string) =>
    evaluate([model(file)], { failOn: 'high', rules: RULES, settings: TRUSTED_OFFICE })
      .findings.filter((f) => atLeast(f.severity, 'medium'))
      .map((f) => `${f.change} ${line(f)}`);

  it('added: the plan opens SSH on an existing group', () => {
    expect(changes('changes/added.json')).toEqual(['added critical no-public-ssh aws_security_group.fail_web ingress[0]']);
  });

  it('removed: the plan deletes the rule that opened SSH', () => {
    expect(changes('changes/removed.json')).toEqual(['removed critical no-public-ssh aws_security_group_rule.fail_web_ssh_world']);
  });

  it('unchanged: the open rule was there before the plan', () => {
    expect(changes('changes/unchanged.json').every((c) => c.startsWith('unchanged '))).toBe(true);
    expect(changes('changes/unchanged.json')).toHaveLength(1);
  });

  it('fail-on-scope added: an unchanged finding does not block, an added one does', () => {
    const blocking = (file: string) => evaluate([model(file)], { failOn: 'high', failOnScope: 'added', rules: RULES, settings: TRUSTED_OFFICE }).summary.blocking;
    expect(blocking('changes/unchanged.json')).toBe(0);
    expect(blocking('changes/added.json')).toBe(1);
    expect(evaluate([model('changes/unchanged.json')], { failOn: 'high', rules: RULES, settings: TRUSTED_OFFICE }).summary.blocking).toBe(1);
  });
});

describe('change cases: before side against after side', () => {
  /** The model as it stands before the plan, evaluated by the same engine. */
  const before = (m: Model): Model => beforeModel(m);
  const serious = (fs: Finding[]): Finding[] => fs.filter((f) => atLeast(f.severity, 'medium'));

  it('added.json: SSH from the world appears on the updated group', () => {
    const m = model('changes/added.json');
    expect(serious(findings(before(m))).map(line)).toEqual([]);
    expect(serious(findings(m)).map(line)).toEqual(['critical no-public-ssh aws_security_group.fail_web ingress[0]']);
  });

  it('removed.json: the deleted rule is reported on the before side only, never through the group echo', () => {
    const m = model('changes/removed.json');
    expect(serious(findings(before(m))).map(line)).toEqual(['critical no-public-ssh aws_security_group_rule.fail_web_ssh_world']);
    expect(serious(findings(m)).map(line)).toEqual([]);
  });

  it('unchanged.json: the same finding (same id) on both sides while the group only changes tags', () => {
    const m = model('changes/unchanged.json');
    expect(m.groups.find((g) => g.address === 'aws_security_group.web')?.action).toBe('update');
    const b = serious(findings(before(m)));
    const a = serious(findings(m));
    expect(a.map(line)).toEqual(['critical no-public-ssh aws_security_group_rule.fail_web_ssh_world']);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
  });
});
