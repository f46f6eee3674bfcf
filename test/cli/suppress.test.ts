/**
 * Exceptions, sg-guard:ignore comments, custom rules and presets through the
 * built CLI (`npm run build` first), as a user runs it.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const EXAMPLE = 'fixtures/example/plan.json';
const CUSTOM = 'fixtures/plans/custom-ports.json';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'sg-guard-suppress-'));

interface JsonFinding {
  rule: string;
  resource: string;
  message: string;
  location: { file: string; line: number } | null;
  suppression: { kind: string; reason: string; expires: string | null; source: string } | null;
}

/** A config file in a fresh directory. */
function config(text: string): string {
  const file = join(tmp(), 'sg-guard.yml');
  writeFileSync(file, text);
  return file;
}

async function json(args: string[], options: { cwd?: string } = {}) {
  const r = await runCli([...args, '--format', 'json'], options);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: Record<string, number> };
  return { status: r.status, report, find: (rule: string) => report.findings.find((f) => f.rule === rule) };
}

/** `rule resource` of what fired, active or not. */
const fired = (findings: JsonFinding[], rules: string[]) => findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule} ${f.resource}`).sort();

// The example has two critical findings; with the database one re-graded, public SSH on the bastion is the only one that blocks.
const ONLY_SSH = 'fail-on: critical\nrules:\n  no-public-database: high\n';

describe('exceptions in the configuration', () => {
  it('silence a finding, which stays in the report, and the exit status turns 0 when it was the only blocking one', async () => {
    expect((await runCli(['check', EXAMPLE, '--config', config(ONLY_SSH)])).status).toBe(1);
    const file = config(`${ONLY_SSH}exceptions:\n  - rule: no-public-ssh\n    resource: aws_security_group.bas*\n    reason: Bastion until the VPN lands (OPS-12)\n    expires: 2999-12-31\n`);
    const { status, report, find } = await json(['check', EXAMPLE, '--config', file]);
    expect(status).toBe(0);
    expect(find('no-public-ssh')?.suppression).toEqual({ kind: 'exception', reason: 'Bastion until the VPN lands (OPS-12)', expires: '2999-12-31', source: file });
    expect(report.summary).toMatchObject({ critical: 0, blocking: 0, suppressed: 1 });

    const text = await runCli(['check', EXAMPLE, '--config', file]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Suppressed (1)\n  CRITICAL  no-public-ssh`);
    expect(text.stdout).toContain(`excepted in ${file} until 2999-12-31: Bastion until the VPN lands (OPS-12)`);
    expect(text.stdout).toMatch(/1 suppressed — passes at fail-on critical\n/);

    const sarif = JSON.parse((await runCli(['check', EXAMPLE, '--config', file, '--format', 'sarif'])).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-public-ssh');
    expect(result.suppressions).toEqual([{ kind: 'external', justification: `Bastion until the VPN lands (OPS-12) (exception in ${file}, until 2999-12-31)` }]);

    expect((await runCli(['check', EXAMPLE, '--config', file, '--format', 'markdown'])).stdout).toContain('<strong>Waived (1)</strong>');
  });

  it('stop applying after their expiry date, and the finding says so', async () => {
    const file = config(`${ONLY_SSH}exceptions:\n  - {rule: no-public-ssh, resource: "*", reason: temporary, expires: 2020-01-31}\n`);
    const { status, report, find } = await json(['check', EXAMPLE, '--config', file]);
    expect(status).toBe(1);
    expect(find('no-public-ssh')?.suppression).toBeNull();
    expect(find('no-public-ssh')?.message).toMatch(new RegExp(`\\(the exception in ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} expired on 2020-01-31\\)$`));
    expect(report.summary).toMatchObject({ critical: 1, blocking: 1, suppressed: 0 });
  });

  it('are validated: a bad date is a usage error naming the file and the key', async () => {
    const file = config('exceptions:\n  - {rule: no-public-ssh, resource: "*", reason: r, expires: 2025-02-30}\n');
    const r = await runCli(['check', EXAMPLE, '--config', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}: exceptions[0].expires "2025-02-30" is not a date in the form YYYY-MM-DD`);
  });
});

describe('sg-guard:ignore comments', () => {
  /** A copy of the example whose main.tf has `comment` on the line before the bastion's SSH block (line 178). */
  function exampleWith(comment: string): string {
    const dir = tmp();
    copyFileSync(join(ROOT, 'fixtures', 'example', 'plan.json'), join(dir, 'plan.json'));
    const lines = readFileSync(join(ROOT, 'fixtures', 'example', 'main.tf'), 'utf8').split('\n');
    expect(lines[177]).toBe('  ingress {');
    lines.splice(177, 0, `  ${comment}`);
    writeFileSync(join(dir, 'main.tf'), lines.join('\n'));
    return dir;
  }

  it('silence exactly that rule at that block', async () => {
    const dir = exampleWith('# sg-guard:ignore no-public-ssh break-glass bastion, removed in OPS-12');
    const { status, report, find } = await json(['check', 'plan.json'], { cwd: dir });
    expect(find('no-public-ssh')?.suppression).toEqual({ kind: 'inline', reason: 'break-glass bastion, removed in OPS-12', expires: null, source: 'main.tf:178' });
    expect(report.findings.filter((f) => f.suppression !== null)).toHaveLength(1);
    expect(find('no-public-database')?.suppression).toBeNull();
    // The database is still open to the world.
    expect(status).toBe(1);
    expect(report.summary).toMatchObject({ critical: 1, blocking: 1, suppressed: 1 });
    const sarif = JSON.parse((await runCli(['check', 'plan.json', '--format', 'sarif'], { cwd: dir })).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-public-ssh');
    expect(result.suppressions).toEqual([{ kind: 'inSource', justification: 'break-glass bastion, removed in OPS-12 (sg-guard:ignore at main.tf:178)' }]);
  });

  it('also work with //, and turn the exit status 0 when nothing else blocks', async () => {
    const dir = exampleWith('// sg-guard:ignore no-public-ssh break-glass bastion');
    writeFileSync(join(dir, 'sg-guard.yml'), ONLY_SSH);
    expect((await runCli(['check', 'plan.json', '--config', 'sg-guard.yml'], { cwd: dir })).status).toBe(0);
  });

  it('without a reason do not silence, and the finding says why', async () => {
    const dir = exampleWith('# sg-guard:ignore no-public-ssh');
    const { status, report, find } = await json(['check', 'plan.json'], { cwd: dir });
    expect(status).toBe(1);
    expect(report.summary.suppressed).toBe(0);
    expect(find('no-public-ssh')?.suppression).toBeNull();
    expect(find('no-public-ssh')?.message).toContain('(the sg-guard:ignore comment at main.tf:178 gives no reason, and one is required)');
  });

  it('"all" is not supported', async () => {
    const dir = exampleWith('# sg-guard:ignore all legacy');
    const { report, find } = await json(['check', 'plan.json'], { cwd: dir });
    expect(report.summary.suppressed).toBe(0);
    expect(find('no-public-ssh')?.message).toContain('sg-guard:ignore all at main.tf:178 is not supported; name one rule per comment');
  });
});

describe('custom rules', () => {
  it('"no public Kafka" fires on the Kafka ports open to the internet, in every Terraform shape', async () => {
    const file = config('custom-rules:\n  - name: no-public-kafka\n    severity: high\n    title: Kafka open to the internet\n    ports: [9092, "9093-9094"]\n');
    const { status, report } = await json(['check', CUSTOM, '--config', file]);
    expect(fired(report.findings, ['no-public-kafka', 'public-port-not-allowed'])).toEqual([
      'no-public-kafka aws_security_group.fail_kafka_ipv6',
      'no-public-kafka aws_security_group.fail_kafka_world',
      'no-public-kafka aws_vpc_security_group_ingress_rule.fail_kafka_rule',
    ]);
    const kafka = report.findings.find((f) => f.resource === 'aws_vpc_security_group_ingress_rule.fail_kafka_rule') as JsonFinding & { severity: string; title: string };
    expect(kafka).toMatchObject({ severity: 'high', title: 'Kafka open to the internet', message: 'aws_security_group.brokers allows 9092/tcp, 9093-9094/tcp from 0.0.0.0/0, which is the whole internet' });
    expect(status).toBe(1);
  });

  it('without it, public-port-not-allowed reports those ports', async () => {
    const { report } = await json(['check', CUSTOM, '--config', config('')]);
    expect(fired(report.findings, ['public-port-not-allowed'])).toEqual([
      'public-port-not-allowed aws_security_group.fail_kafka_ipv6',
      'public-port-not-allowed aws_security_group.fail_kafka_world',
      'public-port-not-allowed aws_vpc_security_group_ingress_rule.fail_kafka_rule',
    ]);
  });
});

describe('presets', () => {
  const PUBLIC = ['no-public-remote-admin', 'no-public-database', 'no-public-high-risk-port', 'public-port-not-allowed'];
  const under = async (text: string) => fired((await json(['check', CUSTOM, '--config', config(text)])).report.findings, PUBLIC).filter((l) => !l.includes('kafka'));

  it('change which rule reports a public port', async () => {
    expect(await under('')).toEqual([
      'no-public-database aws_security_group.fail_redis',
      'no-public-high-risk-port aws_security_group.fail_imap',
      'no-public-remote-admin aws_security_group.fail_kube_api',
    ]);
    expect(await under('preset: cis')).toEqual([
      'no-public-database aws_security_group.fail_redis',
      'no-public-high-risk-port aws_security_group.fail_imap',
      'public-port-not-allowed aws_security_group.fail_kube_api',
    ]);
    expect(await under('preset: aws-fsbp')).toEqual([
      'no-public-high-risk-port aws_security_group.fail_imap',
      'public-port-not-allowed aws_security_group.fail_kube_api',
      'public-port-not-allowed aws_security_group.fail_redis',
    ]);
    expect(await under('preset: kics')).toEqual([
      'no-public-database aws_security_group.fail_redis',
      'public-port-not-allowed aws_security_group.fail_imap',
      'public-port-not-allowed aws_security_group.fail_kube_api',
    ]);
  });

  it('change the exit status through the severity of the rule that reports', async () => {
    // Only the Kubernetes API group: critical by default, medium under cis.
    const kubeOnly = 'rules:\n  no-public-database: off\n  no-public-high-risk-port: off\n';
    expect((await runCli(['check', CUSTOM, '--config', config(kubeOnly)])).status).toBe(1);
    expect((await runCli(['check', CUSTOM, '--config', config(`${kubeOnly}preset: cis\n`)])).status).toBe(0);
  });
});
