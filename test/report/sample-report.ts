/**
 * A realistic report for the renderer tests: several severities, a group that is
 * unknown until apply, IPv6, group, prefix-list and unknown peers, a group-level
 * finding, two plans, findings located in .tf files and others not, and a hostile resource name of the kind a pull request
 * author can choose (for_each keys are free text).
 */
import { type RuleMeta } from '../../src/rules/types.js';
import { SEVERITIES, atLeast, type Finding, type FindingReachability, type Report, type ReportPolicy, type Summary, type Threshold } from '../../src/findings/types.js';

export const HOSTILE_KEY = '</details><img src=x onerror=alert(1)> @org/team | pipes | [link](javascript:alert(1)) `tick` ```\nnext line #1';
export const HOSTILE_RESOURCE = `aws_security_group.web["${HOSTILE_KEY}"]`;

export const sampleRules: RuleMeta[] = [
  {
    name: 'ssh-open-to-internet',
    severity: 'critical',
    title: 'SSH open to the internet',
    description: 'Finds ingress that allows port 22 from 0.0.0.0/0 or ::/0.',
    why: 'SSH exposed to the whole internet is scanned and brute-forced within minutes of going live.',
    fix: 'Allow SSH only from a bastion, a VPN range or a prefix list, or use AWS Systems Manager Session Manager instead.',
    references: [
      { title: 'Security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ],
    messages: { open: '{{ports}} is open to {{peer}}.' },
  },
  {
    name: 'all-traffic-open',
    severity: 'critical',
    title: 'All traffic open to the internet',
    description: 'Finds ingress that allows every protocol and port from the internet.',
    why: 'Every service on the attached resources becomes reachable from anywhere.',
    fix: 'Allow only the ports the service needs, from the peers that need them.',
    references: [],
    messages: { open: 'All traffic is open to {{peer}}.' },
  },
  {
    name: 'wide-port-range',
    severity: 'high',
    title: 'Wide port range open to a public network',
    description: 'Finds ingress from a public range that spans many ports.',
    why: 'Wide ranges expose services nobody meant to publish.',
    fix: 'List the ports you need one by one.',
    references: [],
    messages: { range: 'Ports {{from}}-{{to}} are open to {{peer}}.' },
  },
  {
    name: 'unknown-peer',
    severity: 'medium',
    title: 'Peer unknown until apply',
    description: 'Finds permissions whose peer is not known until apply.',
    why: 'A reviewer cannot tell who is allowed in.',
    fix: 'Use values known at plan time, or review the applied rule.',
    references: [],
    messages: { unknown: 'The peer of {{direction}} {{ports}} is not known until apply ({{attribute}}).' },
  },
  {
    name: 'unrestricted-egress',
    severity: 'low',
    title: 'Unrestricted egress',
    description: 'Finds egress that allows all traffic to anywhere.',
    why: 'Unrestricted egress makes data exfiltration easy.',
    fix: 'Restrict egress to the destinations the workload needs.',
    references: [],
    messages: { open: 'All traffic may leave to {{peer}}.' },
  },
  {
    name: 'group-without-description',
    severity: 'info',
    title: 'Security group without a description',
    description: 'Finds security groups that keep the default description.',
    why: 'Descriptions tell the next reviewer what the group is for.',
    fix: 'Set `description` on the group.',
    references: [],
    messages: { missing: 'Group {{group}} has the default description.' },
  },
  {
    name: 'default-group-in-use',
    severity: 'high',
    title: 'Default security group in use',
    description: 'Finds resources that use the VPC default security group.',
    why: 'The default group is shared by everything that forgets to name a group.',
    fix: 'Create a dedicated group.',
    references: [],
    messages: { used: '{{resource}} uses the default security group.' },
  },
];

function finding(partial: Partial<Finding> & Pick<Finding, 'id' | 'rule' | 'severity' | 'message'>): Finding {
  const rule = sampleRules.find((r) => r.name === partial.rule);
  return {
    change: 'added',
    title: rule?.title ?? partial.rule,
    messageId: Object.keys(rule?.messages ?? {})[0] ?? 'default',
    plan: 'plans/prod.tfplan.json',
    securityGroup: 'aws_security_group.web',
    resource: 'aws_security_group.web',
    resourceType: 'aws_security_group',
    path: 'ingress[0]',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    peer: '0.0.0.0/0',
    peerKind: 'cidr',
    location: null,
    suppression: null,
    ...partial,
  };
}

/** The path from the internet to `instance` through a public subnet of aws_vpc.main (its default ACL) and `group`. */
export function exposedPath(subnet: string, group: string, instance: string, publicAddress: string): Extract<FindingReachability, { status: 'exposed' }> {
  return {
    status: 'exposed',
    path: [
      { kind: 'internet', address: '0.0.0.0/0' },
      { kind: 'internet-gateway', address: 'aws_internet_gateway.main' },
      { kind: 'route-table', address: 'aws_route_table.public' },
      { kind: 'subnet', address: subnet },
      { kind: 'network-acl', address: 'aws_vpc.main.default_network_acl_id' },
      { kind: 'security-group', address: group },
      { kind: 'resource', address: instance },
    ],
    publicAddress,
  };
}

/** The sample's exposed answer: aws_instance.web, public IP on launch in aws_subnet.public_a. */
export const SAMPLE_EXPOSED = exposedPath('aws_subnet.public_a', 'aws_security_group.web', 'aws_instance.web', 'aws_subnet.public_a (public IP on launch)');

export const sampleFindings: Finding[] = [
  // Deliberately not in display order: the renderers sort.
  finding({
    id: '5b0c1d2e3f405162',
    rule: 'group-without-description',
    severity: 'info',
    message: 'Group aws_security_group.web has the default description.',
    messageId: 'missing',
    path: '',
    direction: null,
    protocol: null,
    fromPort: null,
    toPort: null,
    peer: null,
    peerKind: null,
    location: null,
  }),
  finding({
    id: '0f3a9c1e7b2d4a65',
    rule: 'ssh-open-to-internet',
    severity: 'critical',
    message: '22/tcp is open to 0.0.0.0/0.',
    // Located: the offending cidr_blocks line of the inline ingress block (lines 12-18) in the Terraform sources.
    peerPath: 'ingress[0].cidr_blocks[0]',
    location: { file: 'infra/network/main.tf', line: 17, endLine: 18, blockLine: 12 },
    reachability: SAMPLE_EXPOSED,
  }),
  finding({
    id: '9d8e7f6a5b4c3d2e',
    rule: 'ssh-open-to-internet',
    severity: 'critical',
    message: '22/tcp is open to ::/0.',
    path: 'ingress[1]',
    peer: '::/0',
    // Blocked, on a resource whose address a pull request chose.
    reachability: { status: 'not-exposed', blockedBy: [{ kind: 'route-table', address: 'aws_route_table.private', why: 'aws_route_table.private has no IPv6 route to an internet gateway' }, { kind: 'public-address', address: `aws_instance.app["${HOSTILE_KEY}"]`, why: 'no public IPv6 address' }] },
  }),
  finding({
    id: 'a1b2c3d4e5f60718',
    rule: 'all-traffic-open',
    severity: 'critical',
    message: 'All traffic is open to 0.0.0.0/0.',
    plan: './plans/staging plan.json',
    securityGroup: null,
    resource: 'module.app.aws_vpc_security_group_ingress_rule.all',
    resourceType: 'aws_vpc_security_group_ingress_rule',
    path: '',
    protocol: 'all',
    fromPort: 0,
    toPort: 65535,
    reachability: { status: 'unknown', unknownBecause: ['the group of module.app.aws_vpc_security_group_ingress_rule.all is unknown until apply, so the resources it is on are unknown'] },
  }),
  finding({
    id: '1234abcd5678ef90',
    rule: 'wide-port-range',
    severity: 'high',
    message: `Ports 20-25 are open to 203.0.113.0/24 on ${HOSTILE_RESOURCE}.`,
    securityGroup: HOSTILE_RESOURCE,
    resource: HOSTILE_RESOURCE,
    path: 'ingress[0]',
    fromPort: 20,
    toPort: 25,
    peer: '203.0.113.0/24',
  }),
  finding({
    id: 'c0ffee0000000001',
    rule: 'unknown-peer',
    severity: 'medium',
    message: 'The peer of ingress ports unknown/udp is not known until apply (cidr_blocks).',
    securityGroup: null,
    resource: 'aws_security_group_rule.dns',
    resourceType: 'aws_security_group_rule',
    path: '',
    protocol: 'udp',
    fromPort: null,
    toPort: null,
    peer: 'unknown (cidr_blocks)',
    peerKind: 'unknown',
    location: null,
  }),
  finding({
    id: 'c0ffee0000000002',
    rule: 'wide-port-range',
    severity: 'high',
    message: 'All ports are open to module.lb.aws_security_group.lb.',
    securityGroup: 'aws_security_group.db',
    resource: 'aws_security_group.db',
    path: 'ingress[0]',
    fromPort: 0,
    toPort: 65535,
    peer: 'module.lb.aws_security_group.lb',
    peerKind: 'security-group',
    location: null,
  }),
  finding({
    id: 'c0ffee0000000003',
    rule: 'unrestricted-egress',
    severity: 'low',
    message: 'All traffic may leave to ::/0.',
    securityGroup: 'aws_security_group.db',
    resource: 'aws_security_group.db',
    path: 'egress[0]',
    direction: 'egress',
    protocol: 'all',
    fromPort: 0,
    toPort: 65535,
    peer: '::/0',
    location: { file: 'infra/db.tf', line: 40, endLine: 45 },
  }),
  finding({
    id: 'c0ffee0000000004',
    rule: 'unrestricted-egress',
    severity: 'low',
    message: 'ICMP may leave to pl-0123456789abcdef0.',
    securityGroup: 'aws_security_group.db',
    resource: 'aws_security_group.db',
    path: 'egress[1]',
    direction: 'egress',
    protocol: 'icmp',
    fromPort: null,
    toPort: null,
    peer: 'pl-0123456789abcdef0',
    peerKind: 'prefix-list',
    location: null,
  }),
];

/**
 * Findings that an sg-guard:ignore comment or an exception silences: one of
 * each kind, an exception without expiry, and a reason of the kind a pull
 * request author can write (comments are free text).
 */
export const suppressedFindings: Finding[] = [
  finding({
    id: 'dead00000000001',
    rule: 'ssh-open-to-internet',
    severity: 'critical',
    message: '22/tcp is open to 0.0.0.0/0.',
    securityGroup: 'aws_security_group.bastion',
    resource: 'aws_security_group.bastion',
    location: { file: 'infra/network/bastion.tf', line: 8, endLine: 14 },
    suppression: { kind: 'inline', reason: 'Break-glass bastion, ticket OPS-42', expires: null, source: 'infra/network/bastion.tf:7' },
  }),
  finding({
    id: 'dead00000000002',
    rule: 'wide-port-range',
    severity: 'high',
    message: 'Ports 8000-8100 are open to 198.51.100.0/24.',
    securityGroup: 'module.legacy.aws_security_group.app',
    resource: 'module.legacy.aws_security_group.app',
    fromPort: 8000,
    toPort: 8100,
    peer: '198.51.100.0/24',
    suppression: { kind: 'exception', reason: 'Legacy stack, decommissioned in Q3', expires: '2031-06-30', source: '.github/sg-guard.yml' },
  }),
  finding({
    id: 'dead00000000003',
    rule: 'unrestricted-egress',
    severity: 'low',
    message: 'All traffic may leave to 0.0.0.0/0.',
    securityGroup: 'aws_security_group.nat',
    resource: 'aws_security_group.nat',
    path: 'egress[0]',
    direction: 'egress',
    protocol: 'all',
    fromPort: 0,
    toPort: 65535,
    location: { file: 'infra/nat.tf', line: 20, endLine: 26 },
    suppression: { kind: 'inline', reason: 'NAT instance | see [docs](javascript:alert(1)) @org/team <b>x</b>', expires: null, source: 'infra/nat.tf:19' },
  }),
];

/** Text a pull request author writes in an sg-guard:ignore comment or a config glob: every kind of injection at once. */
export const HOSTILE_TEXT = '<!-- sg-guard:fixed --> @org/team #12 [x](javascript:alert(1)) </details><b>x</b> `tick` | pipe\nnext';

/** The other two kinds of waiver, and an active finding whose in-code waiver the pull request asks for. */
export const waiverFindings: Finding[] = [
  finding({
    id: 'dead00000000004',
    rule: 'all-traffic-open',
    severity: 'critical',
    message: 'All traffic is open to 0.0.0.0/0.',
    securityGroup: 'aws_security_group.lab',
    resource: 'aws_security_group.lab',
    protocol: 'all',
    fromPort: 0,
    toPort: 65535,
    suppression: {
      kind: 'comment',
      reason: 'Lab account, torn down nightly',
      expires: '2031-01-31',
      source: 'https://github.com/acme/infra/pull/7#issuecomment-1001',
      by: 'maintainer-one',
      at: '2030-12-01T08:00:00Z',
    },
  }),
  finding({
    id: 'dead00000000005',
    rule: 'ssh-open-to-internet',
    severity: 'critical',
    message: '22/tcp is open to 0.0.0.0/0.',
    securityGroup: 'aws_security_group.jump',
    resource: 'aws_security_group.jump',
    location: { file: 'infra/jump.tf', line: 4, endLine: 10 },
    suppression: {
      kind: 'approved',
      reason: 'Jump host for the migration, INC-77',
      expires: null,
      source: 'infra/jump.tf:3',
      by: 'maintainer-two',
      at: '2030-12-02T09:30:00Z',
      approvedIn: 'https://github.com/acme/infra/pull/7#issuecomment-1002',
    },
  }),
  finding({
    id: 'dead00000000006',
    rule: 'ssh-open-to-internet',
    severity: 'critical',
    message: '22/tcp is open to ::/0.',
    securityGroup: 'aws_security_group.debug',
    resource: 'aws_security_group.debug',
    peer: '::/0',
    location: { file: 'infra/debug.tf', line: 12, endLine: 18 },
    waiverRequest: { reason: HOSTILE_TEXT, source: 'infra/debug.tf:11', by: 'octo-author' },
  }),
];

/** A policy read from the base branch with a pending change, config-sourced text hostile. */
export const samplePolicy: ReportPolicy = {
  source: 'base',
  file: '.github/sg-guard.yml',
  inForce: ['rule wide-port-range is off', 'fail-on is critical (default high)', `exception for ${HOSTILE_TEXT} (ssh-open-to-internet) until 2031-06-30`],
  pendingChange: ['turns off ssh-open-to-internet', `adds an exception for ${HOSTILE_TEXT} (all-traffic-open) until 2027-01-31`],
};

export function summarize(findings: readonly Finding[], failOn: Threshold): Summary {
  const summary: Required<Summary> = { critical: 0, high: 0, medium: 0, low: 0, info: 0, blocking: 0, suppressed: 0, added: 0, removed: 0 };
  for (const f of findings) {
    if (f.change === 'removed') {
      summary.removed += 1;
      continue;
    }
    if (f.suppression) {
      summary.suppressed += 1;
      continue;
    }
    summary[f.severity] += 1;
    if (f.change === 'added') summary.added += 1;
    if (atLeast(f.severity, failOn)) summary.blocking += 1;
  }
  return summary;
}

export function makeReport(findings: Finding[] = sampleFindings, failOn: Threshold = 'high'): Report {
  return {
    version: 1,
    tool: { name: 'sg-guard', version: '0.1.0' },
    failOn,
    failOnScope: 'all',
    plans: [
      { path: 'plans/prod.tfplan.json', label: 'plans', kind: 'plan', terraformVersion: '1.9.5', formatVersion: '1.2', sourceRoot: 'infra/prod', sourceErrors: [], exposureChanges: [] },
      { path: './plans/staging plan.json', label: 'plans', kind: 'plan', terraformVersion: '1.9.5', formatVersion: '1.2', sourceRoot: null, sourceErrors: [], exposureChanges: [] },
    ],
    findings,
    summary: summarize(findings, failOn),
  };
}

/** `count` distinct findings cycling through the severities, for size tests. */
export function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      id: `bulk${String(i).padStart(12, '0')}`,
      rule: 'wide-port-range',
      severity: SEVERITIES[i % SEVERITIES.length] ?? 'info',
      message: `Ports 1000-2000 are open to 10.${i % 256}.0.0/16.`,
      securityGroup: `module.fleet.aws_security_group.node["node-${i}"]`,
      resource: `module.fleet.aws_security_group.node["node-${i}"]`,
      fromPort: 1000,
      toPort: 2000,
      peer: `10.${i % 256}.0.0/16`,
    }),
  );
}
