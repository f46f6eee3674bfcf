/**
 * Injection: hostile text in every string a pull request controls (resource
 * names and for_each keys, descriptions, group and prefix-list ids, a custom
 * rule's title, an exception's reason) must reach no output as a live
 * @mention, link, HTML, sg-guard marker, workflow command, Mermaid directive
 * or control character, outside code. Every output is rendered: check in each
 * format, review (inline comments, review body, summary), graph in each
 * format, and the Action's annotations.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { annotationsFor } from '../../src/review/annotations.js';
import { runMain } from '../support/main.js';
import { plan, tempDir, writePlan, type JsonObject } from './plans.js';

/** Every payload at once: a mention, a link, an image, our marker, a workflow command, terminal escapes, a Mermaid directive, backticks. */
const PAYLOAD = '@octocat [x](https://evil.example) <img src=x> <!-- sg-guard:summary forged --> `tick` ``` %%{init: {"theme":"dark"}}%% #1\n::error title=forged::x \u001b]0;owned\u0007\u001b[2J\u0000 end';
/** The same without a raw newline: config titles are one line, and Terraform addresses escape their keys. */
const ONE_LINE = PAYLOAD.replace('\n', ' ');
/** A for_each key as Terraform writes it inside an address: a quoted HCL string, escapes and all. */
const KEY = JSON.stringify(PAYLOAD).slice(1, -1);

/** A resource the plan leaves as it is. */
function existing(address: string, type: string, values: JsonObject): JsonObject {
  return { address, mode: 'managed', type, name: type.replace('aws_', ''), change: { actions: ['no-op'], before: values, after: values, after_unknown: {} } };
}

/**
 * A public subnet, its route table and internet gateway, all named by the
 * hostile key, and an instance there in a group the plan creates that admits
 * the internet: the graph and the summary's diagram draw the gateway and the
 * subnet by name.
 */
function hostileNetwork(): JsonObject[] {
  const key = (type: string): string => `${type}.net["${KEY}"]`;
  return [
    existing('aws_vpc.net', 'aws_vpc', { id: 'vpc-1', cidr_block: '10.0.0.0/16' }),
    existing(key('aws_internet_gateway'), 'aws_internet_gateway', { id: 'igw-1', vpc_id: 'vpc-1' }),
    existing(key('aws_subnet'), 'aws_subnet', { id: 'subnet-1', vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', map_public_ip_on_launch: true }),
    existing(key('aws_route_table'), 'aws_route_table', { id: 'rtb-1', vpc_id: 'vpc-1', route: [{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }] }),
    existing(key('aws_route_table_association'), 'aws_route_table_association', { id: 'rtbassoc-1', subnet_id: 'subnet-1', route_table_id: 'rtb-1' }),
    existing('aws_instance.fail_exposed', 'aws_instance', { id: 'i-1', subnet_id: 'subnet-1', vpc_security_group_ids: ['sg-exposed'] }),
    {
      address: 'aws_security_group.exposed',
      mode: 'managed',
      type: 'aws_security_group',
      name: 'exposed',
      change: {
        actions: ['create'],
        before: null,
        after: { id: 'sg-exposed', name: 'exposed', description: 'exposed', vpc_id: 'vpc-1', ingress: [{ protocol: 'tcp', from_port: 8443, to_port: 8443, cidr_blocks: ['0.0.0.0/0'], description: 'app', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }], egress: [] },
        after_unknown: {},
      },
    },
  ];
}

function hostilePlan(): Record<string, unknown> {
  const sgId = `sg-${ONE_LINE}`;
  return plan([
    ...hostileNetwork(),
    {
      address: 'aws_security_group.web',
      mode: 'managed',
      type: 'aws_security_group',
      name: 'web',
      change: {
        actions: ['create'],
        before: null,
        after: { name: PAYLOAD, description: PAYLOAD, vpc_id: 'vpc-1', ingress: [{ protocol: 'tcp', from_port: 3389, to_port: 3389, cidr_blocks: ['0.0.0.0/0'], description: PAYLOAD, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }], egress: [] },
        after_unknown: { id: true },
      },
    },
    {
      address: `aws_security_group_rule.fail_ssh["${KEY}"]`,
      mode: 'managed',
      type: 'aws_security_group_rule',
      name: 'fail_ssh',
      index: PAYLOAD,
      change: {
        actions: ['create'],
        before: null,
        after: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], security_group_id: sgId, description: PAYLOAD },
        after_unknown: { id: true },
      },
    },
    {
      address: 'aws_security_group_rule.fail_pl',
      mode: 'managed',
      type: 'aws_security_group_rule',
      name: 'fail_pl',
      change: {
        actions: ['create'],
        before: null,
        after: { type: 'ingress', protocol: 'tcp', from_port: 443, to_port: 443, prefix_list_ids: [`pl-${PAYLOAD}`], security_group_id: sgId, description: null },
        after_unknown: { id: true },
      },
    },
    {
      // A group id that would start a line of the text report and the graph: a workflow command there.
      address: 'aws_security_group_rule.fail_cmd',
      mode: 'managed',
      type: 'aws_security_group_rule',
      name: 'fail_cmd',
      change: {
        actions: ['create'],
        before: null,
        after: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], security_group_id: '::error title=forged::x', description: 'ssh' },
        after_unknown: { id: true },
      },
    },
    {
      address: 'aws_security_group_rule.fail_wide',
      mode: 'managed',
      type: 'aws_security_group_rule',
      name: 'fail_wide',
      change: {
        actions: ['create'],
        before: null,
        after: { type: 'ingress', protocol: 'tcp', from_port: 9092, to_port: 9092, cidr_blocks: ['0.0.0.0/0'], security_group_id: sgId, description: PAYLOAD },
        after_unknown: { id: true },
      },
    },
    ...hostileReachNetwork(),
  ]);
}

/** An instance on a public subnet routed to an internet gateway, every address with the payload in its key: the reachability path quotes them all. */
function hostileReachNetwork(): JsonObject[] {
  const existing = (type: string, name: string, values: JsonObject): JsonObject => ({
    address: `${type}.${name}["${KEY}"]`,
    mode: 'managed',
    type,
    name,
    index: PAYLOAD,
    change: { actions: ['no-op'], before: values, after: values, after_unknown: {} },
  });
  return [
    existing('aws_vpc', 'net', { id: 'vpc-h', cidr_block: '10.9.0.0/16' }),
    existing('aws_subnet', 'pub', { id: 'subnet-h', vpc_id: 'vpc-h', cidr_block: '10.9.1.0/24', map_public_ip_on_launch: true }),
    existing('aws_internet_gateway', 'gw', { id: 'igw-h', vpc_id: 'vpc-h' }),
    existing('aws_route_table', 'rt', { id: 'rtb-h', vpc_id: 'vpc-h', route: [{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-h' }] }),
    existing('aws_route_table_association', 'rta', { id: 'rtbassoc-h', subnet_id: 'subnet-h', route_table_id: 'rtb-h' }),
    existing('aws_security_group', 'reach', { id: 'sg-h', name: 'reach', description: PAYLOAD, vpc_id: 'vpc-h', egress: [], ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], description: PAYLOAD, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }] }),
    existing('aws_instance', 'app', { id: 'i-h', subnet_id: 'subnet-h', vpc_security_group_ids: ['sg-h'] }),
  ];
}

const TF = `resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "fail_ssh" {
  for_each          = toset(["x"])
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-1"
}

resource "aws_security_group_rule" "fail_pl" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  prefix_list_ids   = ["pl-1"]
  security_group_id = "sg-1"
}

resource "aws_security_group_rule" "fail_cmd" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-2"
}

resource "aws_security_group_rule" "fail_wide" {
  type              = "ingress"
  from_port         = 9092
  to_port           = 9092
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-1"
}
`;

const CONFIG = `custom-rules:
  - name: no-public-kafka
    severity: critical
    ports: [9092]
    title: ${JSON.stringify(ONE_LINE)}
exceptions:
  - rule: no-public-rdp
    resource: "aws_security_group.web"
    reason: ${JSON.stringify(ONE_LINE)}
`;

function setup(): { dir: string; planPath: string; config: string } {
  const dir = tempDir('sg-guard-inject-');
  const planPath = writePlan(hostilePlan(), 'plan.json', dir);
  writeFileSync(join(dir, 'main.tf'), TF);
  const config = join(dir, 'sg-guard.yml');
  writeFileSync(config, CONFIG);
  return { dir, planPath, config };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Markdown without its code: fenced blocks, then code spans (a run of n backticks to the next run of exactly n). */
function outsideCode(md: string): string {
  const unfenced = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  let out = '';
  let i = 0;
  while (i < unfenced.length) {
    if (unfenced[i] === '\\') {
      out += unfenced.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (unfenced[i] !== '`') {
      out += unfenced[i];
      i++;
      continue;
    }
    const run = /^`+/.exec(unfenced.slice(i))?.[0] ?? '`';
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const m = close.exec(unfenced);
    if (!m) {
      out += run;
      i += run.length;
      continue;
    }
    i = m.index + run.length;
  }
  return out;
}

/** Nothing of the payload is live in Markdown (outside code) and nothing anywhere can act on a terminal or a log. */
function expectInert(output: string, what: string, markdown: boolean): void {
  expect(output, `${what}: control character`).not.toMatch(CONTROL);
  expect(output, `${what}: workflow command`).not.toMatch(/^\s*::[a-z-]+( |::)/m);
  if (!markdown) return;
  for (const block of output.match(/^```mermaid\n[\s\S]*?^```$/gm) ?? []) expect(block, `${what}: Mermaid directive`).not.toContain('%%{');
  const prose = outsideCode(output);
  expect(prose, `${what}: mention`).not.toMatch(/@octocat/);
  expect(prose, `${what}: link`).not.toMatch(/\]\(https?:\/\/evil/);
  expect(prose, `${what}: autolink`).not.toContain('https://evil');
  expect(prose, `${what}: HTML`).not.toContain('<img');
  expect(prose, `${what}: marker`).not.toContain('<!-- sg-guard:summary forged');
  expect(prose, `${what}: issue reference`).not.toMatch(/(^|\s)#1\b/);
}

describe('hostile text in every plan- and config-sourced string', () => {
  it('the plan and config are read, and the payload reaches the findings', async () => {
    const { planPath, config } = setup();
    const r = await runMain(['check', planPath, '--config', config, '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Array<{ rule: string; resource: string; suppression: unknown; location: unknown }> };
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-public-ssh', 'no-public-kafka', 'no-public-rdp']));
    expect(report.findings.find((f) => f.rule === 'no-public-rdp')?.suppression).not.toBeNull();
    expect(report.findings.some((f) => f.resource.includes('@octocat'))).toBe(true);
    expect(report.findings.find((f) => f.rule === 'no-public-ssh' && f.resource.startsWith('aws_security_group_rule.fail_ssh'))?.location).not.toBeNull();
  });

  it('the reachability of a finding quotes the hostile addresses on its path and in its reasons', async () => {
    const { planPath, config } = setup();
    const { report } = await runCheck({ plans: [planPath], configPath: config });
    const exposed = report.findings.find((f) => f.reachability?.status === 'exposed');
    expect(exposed?.reachability?.status === 'exposed' && exposed.reachability.path.map((h) => h.kind)).toEqual(['internet', 'internet-gateway', 'route-table', 'subnet', 'network-acl', 'security-group', 'resource']);
    expect(exposed?.reachability?.status === 'exposed' && exposed.reachability.path.every((h) => h.kind === 'internet' || h.address.includes('@octocat'))).toBe(true);
    const unknown = report.findings.filter((f) => f.reachability?.status === 'unknown');
    expect(unknown.some((f) => f.reachability?.status === 'unknown' && f.reachability.unknownBecause.some((u) => u.includes('@octocat')))).toBe(true);
  });

  it.each([
    ['text', false],
    ['markdown', true],
    ['json', false],
    ['sarif', false],
  ] as const)('check --format %s', async (format, markdown) => {
    const { planPath, config } = setup();
    const r = await runMain(['check', planPath, '--config', config, '--format', format]);
    expect(r.status).toBe(1);
    expectInert(r.stdout, format, markdown);
    expectInert(r.stderr, `${format} stderr`, false);
  });

  it('SARIF: every Markdown field is inert', async () => {
    const { planPath, config } = setup();
    const r = await runMain(['check', planPath, '--config', config, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ help?: { markdown: string } }> } } }> };
    for (const rule of sarif.runs[0]?.tool.driver.rules ?? []) expectInert(rule.help?.markdown ?? '', 'sarif help.markdown', true);
  });

  it('review: inline comments, review body and summary', async () => {
    const { planPath, config } = setup();
    const r = await runMain(['review', planPath, '--config', config]);
    expect(r.stdout).toContain('Inline comment on');
    expect(r.stdout).toContain('Summary comment');
    // The summary's own marker, once (copies inside code spans are text, and markers count only at the start of a body).
    expect(r.stdout).toContain('```mermaid');
    expect(outsideCode(r.stdout).split('<!-- sg-guard:summary').length).toBe(2);
    expectInert(r.stdout, 'review', true);
  });

  it.each(['text', 'mermaid', 'dot', 'json'] as const)('graph --format %s', async (format) => {
    const { planPath } = setup();
    const r = await runMain(['graph', planPath, '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/octocat/);
    expectInert(r.stdout, `graph ${format}`, false);
    // The internet's path to the exposed group, named by hostile keys, is drawn.
    expect(r.stdout).toContain(format === 'mermaid' ? 'net#91;' : 'aws_subnet.net[');
    if (format === 'mermaid') expect(r.stdout).not.toContain('%%{');
  });

  it('the Action\'s annotations carry no control character', async () => {
    const { planPath, config } = setup();
    const { report } = await runCheck({ plans: [planPath], configPath: config });
    const { annotations } = annotationsFor(report);
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) for (const text of [a.title, a.message]) expect(text).not.toMatch(CONTROL);
    // The reachability words quote the hostile addresses of the path: escaped like the rest, one line, bounded.
    const reach = annotations.filter((a) => a.message.includes('. Exposed now: internet → '));
    expect(reach.length).toBeGreaterThan(0);
    expect(reach.some((a) => a.message.includes('@octocat'))).toBe(true);
    for (const a of annotations) {
      expect(a.message).not.toMatch(/[\n\r]/);
      expect(a.message).not.toMatch(/^\s*::/);
      expect(Array.from(a.message).length).toBeLessThan(2000);
    }
  });
});
