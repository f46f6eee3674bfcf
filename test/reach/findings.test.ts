/**
 * The `reachability` of findings, through runCheck, on the plans of
 * fixtures/reachability: every ingress finding from the internet says
 * whether the internet reaches what its group is on (exposed with the path,
 * not exposed with every block, unknown with why), and nothing else changes.
 * In findings-*.json each group is on one resource, so each finding is one case.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { evaluate } from '../../src/engine.js';
import { RULES } from '../../src/rules/index.js';
import { mergeAcrossPlans } from '../../src/places.js';
import type { Finding, FindingReachability } from '../../src/findings/types.js';
import { ROOT } from '../support/run-cli.js';

const plan = (file: string): string => join(ROOT, 'fixtures', 'reachability', file);

/** The answer in one string per hop, block or reason. */
function lines(r: FindingReachability | undefined): string[] {
  if (!r) return ['(none)'];
  if (r.status === 'exposed') return ['exposed', ...r.path.map((h) => `${h.kind} ${h.address}`), `public address: ${r.publicAddress}`];
  if (r.status === 'not-exposed') return ['not-exposed', ...r.blockedBy.map((b) => `${b.kind} ${b.address}: ${b.why}`)];
  return ['unknown', ...r.unknownBecause];
}

/** The findings of the group rules: the rules that read the network (ACLs, databases) are tested in test/rules. */
const NETWORK_RULES = new Set(RULES.filter((r) => r.meta.readsNetwork === true).map((r) => r.meta.name));

async function findings(file: string): Promise<Finding[]> {
  return (await runCheck({ plans: [plan(file)], root: false })).report.findings.filter((f) => !NETWORK_RULES.has(f.rule));
}

/** Each finding by `rule resource peer`, with its answer. */
async function answers(file: string): Promise<Record<string, string[]>> {
  return Object.fromEntries((await findings(file)).map((f) => [`${f.rule} ${f.resource} ${f.peer ?? ''}`, lines(f.reachability)]));
}

const path = (...hops: string[]): string[] => hops;
const igwPublic = ['internet 0.0.0.0/0', 'internet-gateway aws_internet_gateway.main', 'route-table aws_route_table.public'];
const NAT_ONLY = 'route-table aws_route_table.private: aws_route_table.private has no IPv4 route to an internet gateway; routes to aws_nat_gateway.main (a NAT gateway, which carries no connection in from the internet)';
const MAIN_ACL = 'network-acl aws_vpc.main.default_network_acl_id';

describe('findings-routes.json: subnets, route tables, gateways and public addresses', () => {
  it('gives every finding its exact answer', async () => {
    expect(await answers('findings-routes.json')).toEqual({
      // Public subnet, public IP: exposed, hop by hop, through the subnet's own table and the VPC's default ACL.
      'no-public-ssh aws_security_group.fail_public_web 0.0.0.0/0': ['exposed', ...igwPublic, 'subnet aws_subnet.public_a', MAIN_ACL, 'security-group aws_security_group.fail_public_web', 'resource aws_instance.fail_public_web', 'public address: associate_public_ip_address'],
      // CIDRs that cover the internet only together: each half is exposed.
      'no-public-ssh aws_security_group.fail_split_cidrs 0.0.0.0/1': ['exposed', ...igwPublic, 'subnet aws_subnet.public_a', MAIN_ACL, 'security-group aws_security_group.fail_split_cidrs', 'resource aws_instance.fail_public_web', 'public address: associate_public_ip_address'],
      'no-public-ssh aws_security_group.fail_split_cidrs 128.0.0.0/1': ['exposed', ...igwPublic, 'subnet aws_subnet.public_a', MAIN_ACL, 'security-group aws_security_group.fail_split_cidrs', 'resource aws_instance.fail_public_web', 'public address: associate_public_ip_address'],
      // A subnet with no association: its VPC's main table, managed by aws_default_route_table.
      'no-public-ssh aws_security_group.fail_main_table 0.0.0.0/0': path('exposed', 'internet 0.0.0.0/0', 'internet-gateway aws_internet_gateway.main', 'route-table aws_default_route_table.main', 'subnet aws_subnet.main_a', MAIN_ACL, 'security-group aws_security_group.fail_main_table', 'resource aws_instance.fail_main_table', 'public address: associate_public_ip_address'),
      // 0.0.0.0/1 and 128.0.0.0/1 to the internet gateway make a default route.
      'no-public-ssh aws_security_group.fail_split_default 0.0.0.0/0': path('exposed', 'internet 0.0.0.0/0', 'internet-gateway aws_internet_gateway.main', 'route-table aws_route_table.split', 'subnet aws_subnet.split_a', MAIN_ACL, 'security-group aws_security_group.fail_split_default', 'resource aws_instance.fail_split_default', 'public address: associate_public_ip_address'),
      // An EIP on an instance whose subnet maps no public IP, routed to the internet gateway: exposed.
      'no-public-ssh aws_security_group.fail_eip_app 0.0.0.0/0': ['exposed', ...igwPublic, 'subnet aws_subnet.app_a', MAIN_ACL, 'security-group aws_security_group.fail_eip_app', 'resource aws_instance.fail_eip_app', 'public address: aws_eip.app'],
      // The same in a NAT-only subnet: the EIP has no route in.
      'no-public-ssh aws_security_group.fail_eip_private 0.0.0.0/0': ['not-exposed', NAT_ONLY],
      // Private subnet (NAT only), no public IP: every block named.
      'no-public-ssh aws_security_group.fail_private_app 0.0.0.0/0': ['not-exposed', 'public-address aws_instance.pass_private_app: no public IPv4 address', NAT_ONLY],
      // Another VPC's main table: only its own, which has the local route.
      'no-public-ssh aws_security_group.fail_other_vpc 0.0.0.0/0': ['not-exposed', 'route-table aws_vpc.other.default_route_table_id: aws_vpc.other.default_route_table_id has no IPv4 route to an internet gateway'],
      // An internet-facing ALB is exposed (the load balancer is the target); the app behind it is not directly; an internal ALB is not.
      'no-public-high-risk-port aws_security_group.fail_public_alb 0.0.0.0/0': ['exposed', ...igwPublic, 'subnet aws_subnet.public_a', MAIN_ACL, 'security-group aws_security_group.fail_public_alb', 'load-balancer aws_lb.fail_public_alb', 'public address: internal = false'],
      'no-public-high-risk-port aws_security_group.fail_behind_alb 0.0.0.0/0': ['not-exposed', 'public-address aws_instance.pass_behind_alb: no public IPv4 address', NAT_ONLY],
      'no-public-high-risk-port aws_security_group.fail_internal_alb 0.0.0.0/0': ['not-exposed', 'public-address aws_lb.pass_internal_alb: no public IPv4 address (internal)'],
      // One finding for 0.0.0.0/0 and ::/0: IPv6 leaves through an egress-only gateway, which carries nothing in; both families blocked.
      'no-public-ssh aws_security_group.fail_ipv6_egress_only 0.0.0.0/0, ::/0': [
        'not-exposed',
        'public-address aws_instance.pass_ipv6_egress_only: no public IPv4 address',
        'route-table aws_route_table.ipv6_egress: aws_route_table.ipv6_egress has no IPv4 route to an internet gateway; routes to aws_nat_gateway.main (a NAT gateway, which carries no connection in from the internet)',
        'route-table aws_route_table.ipv6_egress: aws_route_table.ipv6_egress has no IPv6 route to an internet gateway; routes to aws_egress_only_internet_gateway.main (an egress-only internet gateway, which carries no connection in from the internet)',
      ],
      // Databases: publicly accessible in a public subnet group; in private subnets; not publicly accessible.
      'no-public-database aws_security_group.fail_public_db 0.0.0.0/0': ['exposed', ...igwPublic, 'subnet aws_subnet.public_a', MAIN_ACL, 'security-group aws_security_group.fail_public_db', 'resource aws_db_instance.fail_public_db', 'public address: publicly_accessible = true'],
      'no-public-database aws_security_group.fail_private_db 0.0.0.0/0': ['not-exposed', 'public-address aws_db_instance.pass_private_db: no public IPv4 address', NAT_ONLY],
      'no-public-database aws_security_group.fail_db_not_public 0.0.0.0/0': ['not-exposed', 'public-address aws_db_instance.pass_not_publicly_accessible: no public IPv4 address'],
      // A group nothing in the plan uses is never safe.
      'no-public-ssh aws_security_group.fail_unused 0.0.0.0/0': ['unknown', 'no resource in this plan uses aws_security_group.fail_unused; it may be used outside the plan'],
    });
  });

  it('sorts the exposed findings first among equally severe ones, and changes no id or rule', async () => {
    const list = await findings('findings-routes.json');
    const critical = list.filter((f) => f.severity === 'critical').map((f) => f.reachability?.status ?? 'none');
    const firstOther = critical.findIndex((s) => s !== 'exposed');
    expect(firstOther).toBeGreaterThan(0);
    expect(critical.slice(firstOther)).not.toContain('exposed');
    expect(list.filter((f) => f.severity === 'high').map((f) => f.reachability?.status)).toEqual(['exposed', 'not-exposed', 'not-exposed']);
    // The same findings and ids as an evaluation without the network.
    const { models } = await runCheck({ plans: [plan('findings-routes.json')], root: false });
    const bare = evaluate(models, { failOn: 'high', rules: RULES }).findings;
    expect(bare.every((f) => f.reachability === undefined)).toBe(true);
    expect(list.map((f) => `${f.id} ${f.rule}`).sort()).toEqual(bare.map((f) => `${f.id} ${f.rule}`).sort());
  });
});

describe('findings-nacls.json: network ACLs, first match by rule number', () => {
  it('gives every finding its exact answer', async () => {
    const igw = ['internet 0.0.0.0/0', 'internet-gateway aws_internet_gateway.main', 'route-table aws_route_table.public'];
    expect(await answers('findings-nacls.json')).toEqual({
      // A deny at 200 after an allow at 100 never matches.
      'no-public-ssh aws_security_group.fail_nacl_deny_after 0.0.0.0/0': ['exposed', ...igw, 'subnet aws_subnet.deny_after', 'network-acl aws_network_acl.deny_after', 'security-group aws_security_group.fail_nacl_deny_after', 'resource aws_instance.fail_nacl_deny_after', 'public address: associate_public_ip_address'],
      // A deny of protocol 50 first does not stop TCP allowed later: all traffic is exposed.
      'no-public-all-traffic aws_security_group.fail_other_protocol 0.0.0.0/0': ['exposed', ...igw, 'subnet aws_subnet.esp_first', 'network-acl aws_network_acl.esp_first', 'security-group aws_security_group.fail_other_protocol', 'resource aws_instance.fail_other_protocol', 'public address: associate_public_ip_address'],
      // A deny at 90 before the allow at 100.
      'no-public-ssh aws_security_group.fail_nacl_deny_first 0.0.0.0/0': ['not-exposed', 'network-acl aws_network_acl.deny_first: denies inbound 22/tcp from the IPv4 internet at rule 90 (aws_network_acl.deny_first)'],
      // Standalone aws_network_acl_rule resources evaluated with the others.
      'no-public-rdp aws_security_group.fail_standalone_deny 0.0.0.0/0': ['not-exposed', 'network-acl aws_network_acl.standalone: denies inbound 3389/tcp from the IPv4 internet at rule 90 (aws_network_acl_rule.deny_rdp)'],
      // A subnet with no ACL gets the VPC's managed default ACL, which admits 443 only.
      'no-public-ssh aws_security_group.fail_default_acl 0.0.0.0/0': ['not-exposed', 'network-acl aws_default_network_acl.main: denies inbound 22/tcp from the IPv4 internet at the final * rule'],
      // In on 443, but the replies to ephemeral ports cannot leave; every protocol says why.
      'no-public-all-traffic aws_security_group.fail_return_blocked 0.0.0.0/0': [
        'not-exposed',
        'network-acl aws_network_acl.return_blocked: the return path is blocked: denies outbound 1024-65535/tcp to the IPv4 internet at the final * rule',
        'network-acl aws_network_acl.return_blocked: denies inbound 0-65535/udp from the IPv4 internet at the final * rule',
        'network-acl aws_network_acl.return_blocked: denies inbound icmp from the IPv4 internet at the final * rule',
      ],
    });
  });
});

describe('findings-unknown.json: values unknown until apply stay unknown, with the reason', () => {
  it('gives every finding its exact answer', async () => {
    expect(await answers('findings-unknown.json')).toEqual({
      'no-public-ssh aws_security_group.fail_new_public 0.0.0.0/0': [
        'exposed',
        'internet 0.0.0.0/0',
        'internet-gateway aws_internet_gateway.new',
        'route-table aws_route_table.public',
        'subnet aws_subnet.public',
        'network-acl aws_vpc.new.default_network_acl_id',
        'security-group aws_security_group.fail_new_public',
        'resource aws_instance.fail_new_public',
        'public address: aws_subnet.public (public IP on launch)',
      ],
      'no-public-ssh aws_security_group.fail_map_public_unknown 0.0.0.0/0': ['unknown', 'aws_subnet.maybe_public: map_public_ip_on_launch is unknown until apply'],
      'no-public-ssh aws_security_group.fail_route_target_unknown 0.0.0.0/0': ['unknown', 'aws_route_table.via_shared_gateway: route[0].gateway_id is unknown until apply'],
      'no-public-ssh aws_security_group.fail_data_subnet 0.0.0.0/0': ['unknown', 'aws_instance.unk_data_subnet: subnet_id is unknown until apply'],
    });
  });
});

describe('findings-eni.json: groups attached by aws_network_interface_sg_attachment are on the interface it names', () => {
  const eniPath = (group: string, target: string): string[] => [
    'internet 0.0.0.0/0',
    'internet-gateway aws_internet_gateway.main',
    'route-table aws_route_table.public',
    'subnet aws_subnet.public',
    'network-acl aws_vpc.main.default_network_acl_id',
    `security-group aws_security_group.${group}`,
    `resource ${target}`,
  ];

  it('gives every finding its exact answer', async () => {
    expect(await answers('findings-eni.json')).toEqual({
      // An existing interface in the public subnet with an EIP: exposed through it.
      'no-public-ssh aws_security_group.fail_eni_public 0.0.0.0/0': ['exposed', ...eniPath('fail_eni_public', 'aws_network_interface.fail_public'), 'public address: aws_eip.fail_public'],
      // All new, every id unknown until apply: the interface and its EIP resolved through the configuration.
      'no-public-ssh aws_security_group.fail_eni_new 0.0.0.0/0': ['exposed', ...eniPath('fail_eni_new', 'aws_network_interface.fail_new'), 'public address: aws_eip.fail_new'],
      // network_interface_id = aws_instance.fail_primary.primary_network_interface_id: the instance, with its public IP.
      'no-public-ssh aws_security_group.fail_eni_primary 0.0.0.0/0': ['exposed', ...eniPath('fail_eni_primary', 'aws_instance.fail_primary'), 'public address: public_ip'],
      // In the same public subnet, but no EIP: an interface gets no public address of its own.
      'no-public-ssh aws_security_group.fail_eni_no_eip 0.0.0.0/0': ['not-exposed', 'public-address aws_network_interface.pass_no_eip: no public IPv4 address'],
      // An interface the plan does not hold, and one read from a data source at apply: unknown, with why.
      'no-public-ssh aws_security_group.fail_eni_outside 0.0.0.0/0': ['unknown', 'aws_network_interface_sg_attachment.unk_outside: network interface eni-0f0f0f0f0f0f0f0f9 is not in the plan'],
      'no-public-ssh aws_security_group.fail_eni_data 0.0.0.0/0': ['unknown', 'aws_network_interface_sg_attachment.unk_data: network_interface_id is unknown until apply'],
    });
  });

  it('the model lists the interface (or instance) as what uses the group, and the attachment only where the interface is not known', async () => {
    const { models, report } = await runCheck({ plans: [plan('findings-eni.json')], root: false });
    const users = Object.fromEntries((models[0]?.groups ?? []).map((g) => [g.address, g.attachments.map((a) => `${a.resource} ${a.attribute}`)]));
    expect(users).toEqual({
      'aws_security_group.fail_eni_data': ['aws_network_interface_sg_attachment.unk_data security_group_id'],
      'aws_security_group.fail_eni_new': ['aws_network_interface.fail_new security_group_id (aws_network_interface_sg_attachment.fail_new)'],
      'aws_security_group.fail_eni_no_eip': ['aws_network_interface.pass_no_eip security_group_id (aws_network_interface_sg_attachment.pass_no_eip)'],
      'aws_security_group.fail_eni_outside': ['aws_network_interface_sg_attachment.unk_outside security_group_id'],
      'aws_security_group.fail_eni_primary': ['aws_instance.fail_primary security_group_id (aws_network_interface_sg_attachment.fail_primary)'],
      'aws_security_group.fail_eni_public': ['aws_network_interface.fail_public security_group_id (aws_network_interface_sg_attachment.fail_public)'],
    });
    // Every group is in use: none is reported unused.
    expect(report.findings.filter((f) => f.rule === 'unused-security-group')).toEqual([]);
  });
});

describe('a pull request that only changes a route table, and one that also closes the port', () => {
  it('route-change.json: the group is unchanged and its finding is exposed now, on the after side', async () => {
    expect(await answers('route-change.json')).toEqual({
      'no-public-high-risk-port aws_security_group.app 0.0.0.0/0': [
        'exposed',
        'internet 0.0.0.0/0',
        'internet-gateway aws_internet_gateway.main',
        'route-table aws_route_table.app',
        'subnet aws_subnet.app_a',
        MAIN_ACL,
        'security-group aws_security_group.app',
        'resource aws_instance.fail_now_exposed',
        'public address: associate_public_ip_address',
      ],
    });
  });

  it('findings-removed.json: what the plan removes is judged on the network before it (the NAT route)', async () => {
    const list = await findings('findings-removed.json');
    expect(list.map((f) => [f.rule, f.change, ...lines(f.reachability)])).toEqual([
      ['no-public-high-risk-port', 'removed', 'not-exposed', 'route-table aws_route_table.app: aws_route_table.app has no IPv4 route to an internet gateway; routes to aws_nat_gateway.main (a NAT gateway, which carries no connection in from the internet)'],
    ]);
  });
});

describe('the shared fixtures', () => {
  it('routes.json: a group on many resources shows the first exposed one by address; egress findings get no answer', async () => {
    const r = await answers('routes.json');
    expect(r['public-ingress-to-private-tier aws_security_group.web 0.0.0.0/0, ::/0']?.slice(-2)).toEqual(['resource aws_instance.fail_eip_app', 'public address: aws_eip.app']);
    expect(r['no-public-database aws_security_group.db 0.0.0.0/0']?.at(-2)).toBe('resource aws_db_instance.fail_public_db');
    expect(r['private-tier-unrestricted-egress aws_security_group.db 0.0.0.0/0, ::/0']).toEqual(['(none)']);
  });

  it('nacls.json: the group on every instance is exposed through the one whose ACL admits 22 and 3389', async () => {
    const r = await answers('nacls.json');
    for (const key of ['no-public-ssh aws_security_group.open 0.0.0.0/0', 'no-public-rdp aws_security_group.open 0.0.0.0/0']) expect(r[key]?.at(-2)).toBe('resource aws_instance.fail_nacl_deny_after');
  });
});

describe('findings merged across plans keep the most exposed answer', () => {
  const base: Finding = {
    id: 'aaaaaaaaaaaa', rule: 'no-public-ssh', severity: 'critical', title: 't', message: 'm', messageId: 'open', plan: 'a/plan.json',
    securityGroup: 'module.sg.aws_security_group.web', resource: 'module.sg.aws_security_group.web', resourceType: 'aws_security_group', path: 'ingress[0]',
    direction: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, peer: '0.0.0.0/0', peerKind: 'cidr',
    location: { file: 'modules/sg/main.tf', line: 1, endLine: 9 }, suppression: null, change: 'added',
  };
  const notExposed: FindingReachability = { status: 'not-exposed', blockedBy: [{ kind: 'public-address', address: 'aws_instance.a', why: 'no public IPv4 address' }] };
  const unknown: FindingReachability = { status: 'unknown', unknownBecause: ['x'] };
  const exposed: FindingReachability = { status: 'exposed', path: [{ kind: 'internet', address: '0.0.0.0/0' }], publicAddress: 'aws_eip.b' };

  it.each([
    ['not exposed, exposed, unknown', [notExposed, exposed, unknown], 'exposed'],
    ['not exposed, unknown', [notExposed, unknown], 'unknown'],
    ['unknown, not exposed', [unknown, notExposed], 'unknown'],
    ['not exposed twice', [notExposed, notExposed], 'not-exposed'],
  ] as const)('%s gives %s', (_, answersIn, status) => {
    const list = answersIn.map((reachability, i) => ({ ...base, plan: `${i}/plan.json`, reachability }));
    const merged = mergeAcrossPlans(list);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.reachability?.status).toBe(status);
    expect(merged[0]?.id).toBe(base.id);
  });
});

describe('ports unknown until apply', () => {
  const existing = (address: string, values: Record<string, unknown>): Record<string, unknown> => {
    const [type, name] = address.split('.') as [string, string];
    return { address, mode: 'managed', type, name, change: { actions: ['no-op'], before: values, after: values, after_unknown: {} } };
  };
  const rule = (name: string, group: string): Record<string, unknown> => ({
    address: `aws_security_group_rule.${name}`,
    mode: 'managed',
    type: 'aws_security_group_rule',
    name,
    change: { actions: ['create'], before: null, after: { type: 'ingress', protocol: 'tcp', to_port: 22, cidr_blocks: ['0.0.0.0/0'], security_group_id: group }, after_unknown: { id: true, from_port: true } },
  });
  const group = (name: string, id: string): Record<string, unknown> => existing(`aws_security_group.${name}`, { id, name, vpc_id: 'vpc-1', ingress: [], egress: [] });

  it('say unknown where the network decides by port, and not exposed where nothing on the way depends on the port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-reach-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      resource_changes: [
        existing('aws_vpc.main', { id: 'vpc-1', cidr_block: '10.0.0.0/16' }),
        existing('aws_subnet.public', { id: 'subnet-pub', vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', map_public_ip_on_launch: true }),
        existing('aws_subnet.private', { id: 'subnet-priv', vpc_id: 'vpc-1', cidr_block: '10.0.2.0/24', map_public_ip_on_launch: false }),
        existing('aws_internet_gateway.main', { id: 'igw-1', vpc_id: 'vpc-1' }),
        existing('aws_route_table.public', { id: 'rtb-pub', vpc_id: 'vpc-1', route: [{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }] }),
        existing('aws_route_table_association.public', { id: 'a-1', subnet_id: 'subnet-pub', route_table_id: 'rtb-pub' }),
        group('web', 'sg-web'),
        group('app', 'sg-app'),
        existing('aws_instance.web', { id: 'i-web', subnet_id: 'subnet-pub', vpc_security_group_ids: ['sg-web'] }),
        existing('aws_instance.app', { id: 'i-app', subnet_id: 'subnet-priv', vpc_security_group_ids: ['sg-app'] }),
        rule('fail_web', 'sg-web'),
        rule('fail_app', 'sg-app'),
      ],
    }));
    const list = (await runCheck({ plans: [file], root: false })).report.findings.filter((f) => f.rule === 'unknown-port');
    expect(Object.fromEntries(list.map((f) => [f.resource, lines(f.reachability)]))).toEqual({
      'aws_security_group_rule.fail_web': ['unknown', 'aws_security_group_rule.fail_web: the protocol or ports are unknown until apply, and whether the internet reaches aws_instance.web depends on them'],
      'aws_security_group_rule.fail_app': [
        'not-exposed',
        'public-address aws_instance.app: no public IPv4 address: aws_subnet.private does not map public IPs on launch',
        'route-table aws_vpc.main.default_route_table_id: aws_vpc.main.default_route_table_id has no IPv4 route to an internet gateway',
      ],
    });
  });
});
