import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = 'fixtures/example/plan.json';
const INLINE = 'fixtures/plans/inline-blocks.json';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'sg-guard-cli-'));

describe('sg-guard check', () => {
  it('prints findings grouped by security group and exits 1 when they block', async () => {
    const r = await runCli(['check', EXAMPLE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('no-public-ssh');
    expect(r.stdout).toMatch(/blocking at fail-on high/);
    expect(r.stdout).not.toContain('\u001b['); // not a terminal: no colour
    expect(r.stderr).toBe('');
  });

  it('exits 0 with --fail-on never, and the report still lists the findings', async () => {
    const r = await runCli(['check', EXAMPLE, '--fail-on', 'never', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.critical).toBeGreaterThan(0);
    expect(report.summary.blocking).toBe(0);
    expect(report.failOn).toBe('never');
  });

  it('writes the documented JSON contract', async () => {
    const r = await runCli(['check', INLINE, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('sg-guard');
    expect(report.plans).toEqual([
      { path: INLINE, label: 'fixtures/plans', kind: 'plan', terraformVersion: '1.9.8', formatVersion: '1.2', sourceRoot: null, sourceErrors: [], exposureChanges: expect.arrayContaining(['aws_security_group.fail_ssh_world: 22/tcp now reachable from 0.0.0.0/0 (the internet)']) },
    ]);
    expect(report.findings.every((f: { change: string }) => f.change === 'added')).toBe(true);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'rule', 'severity', 'message', 'securityGroup', 'resource', 'path', 'direction', 'protocol', 'fromPort', 'toPort', 'peer']));
      expect(f.id).toMatch(/^[0-9a-f]{12}$/);
    }
    const { critical, high, medium, low, info, blocking } = report.summary;
    expect(critical + high + medium + low + info).toBe(report.findings.length);
    expect(blocking).toBe(critical + high);
  });

  it('points findings at the .tf lines of the plan\'s directory', async () => {
    const r = await runCli(['check', EXAMPLE, '--format', 'json']);
    const at = (rule: string) => JSON.parse(r.stdout).findings.find((f: { rule: string }) => f.rule === rule)?.location;
    // The line of the offending `cidr_blocks = ["0.0.0.0/0"]`, in the block from blockLine to endLine.
    expect(at('no-public-ssh')).toEqual({ file: 'fixtures/example/main.tf', line: 183, endLine: 184, blockLine: 178 });
    expect(at('no-public-database')).toEqual({ file: 'fixtures/example/main.tf', line: 213, endLine: 214, blockLine: 208 });
    expect((await runCli(['check', EXAMPLE])).stdout).toContain('fixtures/example/main.tf:183 · aws_security_group.bastion.ingress[0]');
  });

  it('reads the sources from --root, and says which it could not read', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.tf'), 'resource "aws_security_group" "x" {\n  ingress {\n');
    const r = await runCli(['check', EXAMPLE, '--root', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.every((f: { location: unknown }) => f.location === null)).toBe(true);
    expect(report.plans[0].sourceErrors).toHaveLength(1);
    expect(report.plans[0].sourceErrors[0].file).toMatch(/broken\.tf$/);
    expect((await runCli(['check', EXAMPLE, '--root', dir])).stdout).toMatch(/note: could not read .*broken\.tf: /);
  });

  it('gives the same finding the same id on every run', async () => {
    const ids = async () => JSON.parse((await runCli(['check', INLINE, '--format', 'json'])).stdout).findings.map((f: { id: string }) => f.id);
    expect(await ids()).toEqual(await ids());
  });

  it('writes SARIF 2.1.0 for code scanning', async () => {
    const r = await runCli(['check', EXAMPLE, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('sg-guard');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('writes Markdown for a pull-request comment', async () => {
    const r = await runCli(['check', EXAMPLE, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## 🔴 Blocks: opens 22\/tcp to the internet on bastion and 5432\/tcp on db\n/);
    expect(r.stdout).toContain('| Rule | Group | Permission | Where |');
  });

  it('writes to --output and nothing to stdout', async () => {
    const out = join(tmp(), 'report.json');
    const r = await runCli(['check', EXAMPLE, '--format', 'json', '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('reads a plan from stdin with -', async () => {
    const r = await runCli(['check', '-', '--format', 'json'], { input: readFileSync(EXAMPLE) });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).plans[0].path).toBe('-');
  });

  it('reads a UTF-16 plan as Windows PowerShell writes it', async () => {
    const r = await runCli(['check', 'fixtures/bad/utf16le-bom.json', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).plans[0].formatVersion).toBe('1.2');
  });

  it('strips the setup-terraform wrapper lines and says so on stderr', async () => {
    const r = await runCli(['check', 'fixtures/bad/wrapper-polluted.json', '--format', 'json']);
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).version).toBe(1);
    expect(r.stderr).toMatch(/terraform_wrapper: false/);
  });

  it('checks several plans into one report', async () => {
    const r = await runCli(['check', EXAMPLE, INLINE, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.plans.map((p: { path: string }) => p.path)).toEqual([EXAMPLE, INLINE]);
    expect(new Set(report.findings.map((f: { plan: string }) => f.plan))).toEqual(new Set([EXAMPLE, INLINE]));
  });

  it('takes fail-on and rule settings from a config file', async () => {
    const dir = tmp();
    const config = join(dir, 'sg-guard.yml');
    writeFileSync(config, 'fail-on: never\nrules:\n  no-public-ssh: off\n');
    const r = await runCli(['check', EXAMPLE, '--config', config, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'no-public-ssh')).toBe(false);
  });

  it('uses .github/sg-guard.yml from the working directory when present', async () => {
    const dir = tmp();
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, readFileSync(EXAMPLE));
    const r1 = await runCli(['check', plan], { cwd: dir });
    expect(r1.status).toBe(1);
    const gh = join(dir, '.github');
    mkdirSync(gh);
    writeFileSync(join(gh, 'sg-guard.yml'), 'fail-on: never\n');
    expect((await runCli(['check', plan], { cwd: dir })).status).toBe(0);
  });
});

describe('bad input: one line naming the file and the problem, exit 2', () => {
  const cases: Array<[string, RegExp]> = [
    ['fixtures/bad/binary-plan.tfplan', /binary plan file.*terraform show -json/],
    ['fixtures/bad/plan-text.txt', /human-readable.*terraform show -json/],
    ['fixtures/bad/truncated.json', /truncated/],
    ['fixtures/bad/empty.json', /empty/],
    ['fixtures/bad/not-a-plan.json', /not Terraform plan or state output/],
    ['fixtures/bad/raw-tfstate.json', /raw state file/],
    ['fixtures/bad/format-v2.json', /unsupported format_version 2/],
    ['fixtures/does-not-exist.json', /no such file/],
  ];
  for (const [file, pattern] of cases) {
    it(file, async () => {
      const r = await runCli(['check', file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(pattern);
    });
  }

  it('posts nothing half-true: one bad plan among good ones fails the whole run', async () => {
    const r = await runCli(['check', EXAMPLE, 'fixtures/bad/truncated.json', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('an unreadable config names the file', async () => {
    const r = await runCli(['check', EXAMPLE, '--config', 'no/such/config.yml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/config\.yml: cannot read config: no such file/);
  });

  it('a config with an unknown key names the key', async () => {
    const config = join(tmp(), 'c.yml');
    writeFileSync(config, 'fail_on: high\n');
    const r = await runCli(['check', EXAMPLE, '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown key "fail_on"');
  });

  it('a config that is not YAML says where', async () => {
    const config = join(tmp(), 'c.yml');
    writeFileSync(config, 'rules: [unclosed\n');
    const r = await runCli(['check', EXAMPLE, '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/c\.yml: is not valid YAML at line \d+/);
  });
});

describe('usage', () => {
  it.each([
    [['check'], /at least one plan/],
    [['check', EXAMPLE, '--format', 'xml'], /--format must be one of text, json, sarif, markdown/],
    [['check', EXAMPLE, '--fail-on', 'severe'], /--fail-on must be one of/],
    [['check', EXAMPLE, '--bogus'], /bogus/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j is a usage error', async (args, pattern) => {
    const r = await runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it.each([
    [['review'], /^sg-guard: review needs at least one plan file/],
    [['graph', '-', '-'], /^sg-guard: stdin \(-\) can be read only once\n/],
    [['check', EXAMPLE, '--fail-on-scope', 'some'], /^sg-guard: --fail-on-scope must be one of all, added, not "some"\n/],
    [['review', EXAMPLE, '--inline-min-severity', 'huge'], /^sg-guard: --inline-min-severity must be one of critical, high, medium, low, info, not "huge"\n/],
    [['review', EXAMPLE, '--format', 'json'], /^sg-guard: Unknown option '--format'/],
    [['graph', EXAMPLE, '--format', 'png'], /^sg-guard: --format must be one of text, mermaid, dot, json, not "png"\n/],
    [['roots', 'x'], /^sg-guard: roots takes no arguments \(got "x"\)/],
    [['roots', '--files', '-', '--format', 'yaml'], /^sg-guard: --format must be one of lines, json, not "yaml"\n/],
  ])('%j: one line on stderr naming the problem, exit 2', async (args, pattern) => {
    const r = await runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.split('\n')).toHaveLength(3);
  });

  it('-h and --help after any command print the usage', async () => {
    for (const command of ['check', 'review', 'graph', 'roots']) {
      for (const flag of ['-h', '--help']) {
        const r = await runCli([command, flag]);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^Usage: sg-guard <command> \[options\]\n/);
      }
    }
  });

  it('prints its version and its rules', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^sg-guard \d+\.\d+\.\d+\n$/);
    const rules = await runCli(['rules']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^no-public-ssh\s+critical\s+SSH open to the internet$/m);
  });
});

describe('sg-guard graph', () => {
  it('prints what reaches each group, in text and as Mermaid', async () => {
    const text = await runCli(['graph', EXAMPLE]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('aws_security_group.db  [a database, cache or data store]');
    expect(text.stdout).toContain('internet reaches it through aws_security_group.alb -> aws_security_group.web: 5432/tcp');
    const mermaid = await runCli(['graph', EXAMPLE, '--format', 'mermaid', '--changed']);
    expect(mermaid.stdout.startsWith('flowchart TB\n')).toBe(true);
    expect(JSON.parse((await runCli(['graph', EXAMPLE, '--format', 'json'])).stdout).internetReach['aws_security_group.db']).toHaveLength(2);
  });

  it('--changed draws a group the plan deletes, with what reached it', async () => {
    const before = { id: 'sg-0123456789abcdef0', name: 'old', description: 'old', vpc_id: 'vpc-1', ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: 'ssh' }], egress: [], tags: {} };
    const resource = { address: 'aws_security_group.fail_old', mode: 'managed', type: 'aws_security_group', name: 'fail_old', provider_name: 'registry.terraform.io/hashicorp/aws' };
    const plan = JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: { root_module: { resources: [] } },
      resource_changes: [{ ...resource, change: { actions: ['delete'], before, after: null, after_unknown: {} } }],
      prior_state: { format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources: [{ ...resource, values: before }] } } },
    });
    const text = await runCli(['graph', '--changed', '-'], { input: plan });
    expect(text.stdout).toBe('aws_security_group.fail_old  [deleted by this plan]\n  <- internet (0.0.0.0/0)  22/tcp\n  internet reaches it directly: 22/tcp\n');
    const mermaid = await runCli(['graph', '--changed', '--format', 'mermaid', '-'], { input: plan });
    expect(mermaid.stdout).toContain('["fail_old #40;deleted#41;"]');
    expect(mermaid.stdout).toMatch(/class n\d deleted/);
    // The review passes and says what it removes, first.
    const review = await runCli(['review', '-'], { input: plan });
    expect(review.stdout).toContain('<!-- sg-guard:summary sg-guard -->\n## ✅ Passes: closes 22/tcp to the internet on fail\\_old\n');
  });

  it('rejects an unknown format and a bad plan with exit 2', async () => {
    expect((await runCli(['graph', EXAMPLE, '--format', 'svg'])).status).toBe(2);
    const bad = await runCli(['graph', 'fixtures/bad/truncated.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/truncated/);
  });
});

describe('findings in modules that are not in the repository', () => {
  it('point at the module call and say the source is remote or missing', async () => {
    const r = await runCli(['check', 'fixtures/projects/modules/plan.json', '--fail-on', 'never']);
    expect(r.stdout).toContain('fixtures/projects/modules/main.tf:23 (module call; its source git::https://example.com/network/sg.git?ref=v1.2.0 is remote)');
    expect(r.stdout).toContain('fixtures/projects/modules/main.tf:31 (module call; its source ./modules/gone is not on disk)');
    const md = (await runCli(['check', 'fixtures/projects/modules/plan.json', '--format', 'markdown'])).stdout;
    expect(md).toContain('fixtures/projects/<wbr>modules/main.<wbr>tf:23 (call of a remote module)');
  });
});
