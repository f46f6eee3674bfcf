/**
 * Several Terraform roots in one run, through the built CLI: globs, labels,
 * and the same block of a shared module shown once with every root it is in
 * (fixtures/projects/multi-root: live/dev, live/prod, live/staging and
 * live/uat call modules/sg; staging names the call differently and has a group
 * of its own; live/analytics has a group of its own; live/sandbox has nothing
 * to find).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const PROJECT = join(ROOT, 'fixtures', 'projects', 'multi-root');
const cli = (args: string[]) => runCli(args, { cwd: PROJECT });

interface Place {
  plan: string;
  resource: string;
}
interface JsonFinding {
  id: string;
  rule: string;
  resource: string;
  plan: string;
  location: { file: string; line: number } | null;
  places?: Place[];
}

describe('sg-guard check over several roots', () => {
  it('expands a quoted glob, labels each plan with its root and shows each module block once with every place', async () => {
    const r = await cli(['check', 'live/*/plan.json', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { plans: Array<{ path: string; label: string }>; findings: JsonFinding[]; summary: Record<string, number> };
    expect(report.plans.map((p) => [p.path, p.label])).toEqual([
      ['live/analytics/plan.json', 'live/analytics'],
      ['live/dev/plan.json', 'live/dev'],
      ['live/prod/plan.json', 'live/prod'],
      ['live/sandbox/plan.json', 'live/sandbox'],
      ['live/staging/plan.json', 'live/staging'],
      ['live/uat/plan.json', 'live/uat'],
    ]);
    expect(report.findings.map((f) => `${f.rule} ${f.resource} ${f.places?.length ?? 1}`).sort()).toEqual([
      'inline-and-standalone-rules module.sg.aws_security_group_rule.fail_rdp 4',
      'no-public-database aws_security_group.fail_debug_db 1',
      'no-public-database aws_security_group.fail_public_postgres 1',
      'no-public-rdp module.sg.aws_security_group_rule.fail_rdp 4',
      'no-public-ssh module.sg.aws_security_group.fail_web 4',
      'unused-security-group aws_security_group.fail_debug_db 1',
      'unused-security-group aws_security_group.fail_public_postgres 1',
      'unused-security-group module.sg.aws_security_group.fail_web 4',
    ]);
    const ssh = report.findings.find((f) => f.rule === 'no-public-ssh') as JsonFinding;
    expect(ssh.plan).toBe('live/dev/plan.json');
    expect(ssh.location).toEqual({ file: 'modules/sg/main.tf', line: 19, endLine: 20, blockLine: 14 });
    expect(ssh.places).toEqual([
      { plan: 'live/dev/plan.json', resource: 'module.sg.aws_security_group.fail_web' },
      { plan: 'live/prod/plan.json', resource: 'module.sg.aws_security_group.fail_web' },
      { plan: 'live/uat/plan.json', resource: 'module.sg.aws_security_group.fail_web' },
      { plan: 'live/staging/plan.json', resource: 'module.web_sg.aws_security_group.fail_web' },
    ]);
    // `places` comes after `change`, and only on merged findings; `reachability` last, on findings from the internet.
    expect(Object.keys(ssh).slice(-3)).toEqual(['change', 'places', 'reachability']);
    expect(Object.keys(report.findings.find((f) => f.rule === 'no-public-database') ?? {}).slice(-2)).toEqual(['change', 'reachability']);
    expect(report.summary).toMatchObject({ critical: 4, high: 1, info: 3, blocking: 5 });
  });

  it('text and Markdown name the root of each finding and the other places', async () => {
    const text = (await cli(['check', 'live/*/plan.json'])).stdout;
    expect(text).toContain('modules/sg/main.tf:19 · module.sg.aws_security_group.fail_web.ingress[0] · ingress 22/tcp from 0.0.0.0/0 · in live/dev\n');
    expect(text).toContain('            also in: live/prod, live/uat, live/staging (module.web_sg.aws_security_group.fail_web)\n');
    expect(text).toContain('live/staging/main.tf:31 · aws_security_group.fail_debug_db.ingress[0] · ingress 3306/tcp from 0.0.0.0/0 · in live/staging\n');
    expect(text).toContain('  live/staging: aws_security_group.fail_debug_db: 3306/tcp now reachable from 0.0.0.0/0 (the internet)\n');
    const md = (await cli(['check', 'live/*/plan.json', '--format', 'markdown'])).stdout;
    // <wbr>: where a long address may wrap in a table cell.
    expect(md.replaceAll('<wbr>', '')).toContain('| modules/sg/main.tf:19<br>module.sg.aws\\_security\\_group.fail\\_web.ingress\\[0\\]<br>in live/dev; also in live/prod, live/uat, live/staging (module.web\\_sg.aws\\_security\\_group.fail\\_web) |');
  });

  it('SARIF: one result per module block, the other places as related locations', async () => {
    const sarif = JSON.parse((await cli(['check', 'live/*/plan.json', '--format', 'sarif'])).stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; relatedLocations?: Array<{ message: { text: string } }>; properties: { places?: Array<{ label: string }> } }>;
    expect(results).toHaveLength(8);
    const ssh = results.find((r) => r.ruleId === 'no-public-ssh');
    expect(ssh?.relatedLocations?.map((l) => l.message.text)).toEqual(['Also in live/prod: module.sg.aws_security_group.fail_web', 'Also in live/uat: module.sg.aws_security_group.fail_web', 'Also in live/staging: module.web_sg.aws_security_group.fail_web']);
    expect(ssh?.properties.places?.map((p) => p.label)).toEqual(['live/dev', 'live/prod', 'live/uat', 'live/staging']);
  });

  it('per-root policy: a rule off in some roots, re-graded in one, and an exception for one root split the shared finding', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'sg-guard-roots-config-')), 'sg-guard.yml');
    writeFileSync(
      config,
      [
        'rules:',
        '  unused-security-group:',
        '    - {level: off, roots: ["live/s*"]}',
        '  no-public-database: {level: low, roots: [live/analytics]}',
        'exceptions:',
        '  - {rule: no-public-ssh, resource: "module.*.aws_security_group.fail_web", reason: "dev only, OPS-77", roots: [live/dev]}',
        '',
      ].join('\n'),
    );
    const r = await cli(['check', 'live/*/plan.json', '--config', config, '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Array<JsonFinding & { severity: string; suppression: { reason: string } | null }>; summary: Record<string, number> };
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.plan} ${f.places?.map((p) => p.plan.split('/')[1]).join(',') ?? '-'}${f.suppression ? ' waived' : ''}`).sort()).toEqual([
      'inline-and-standalone-rules high live/dev/plan.json dev,prod,uat,staging',
      'no-public-database critical live/staging/plan.json -',
      'no-public-database low live/analytics/plan.json -',
      'no-public-rdp critical live/dev/plan.json dev,prod,uat,staging',
      'no-public-ssh critical live/dev/plan.json - waived',
      'no-public-ssh critical live/prod/plan.json prod,uat,staging',
      // Off in live/sandbox and live/staging: staging's own group and its module instance are not reported.
      'unused-security-group info live/analytics/plan.json -',
      'unused-security-group info live/dev/plan.json dev,prod,uat',
    ]);
    expect(report.summary).toMatchObject({ critical: 3, high: 1, low: 1, info: 2, suppressed: 1, blocking: 4 });
  });

  it('labels are relative to the working directory', async () => {
    const r = await runCli(['check', 'fixtures/projects/multi-root/live/*/plan.json', '--format', 'json']);
    expect(JSON.parse(r.stdout).plans.map((p: { label: string }) => p.label)).toEqual(['analytics', 'dev', 'prod', 'sandbox', 'staging', 'uat'].map((root) => `fixtures/projects/multi-root/live/${root}`));
  });

  it('a glob that matches nothing is an error, never a check of nothing', async () => {
    const r = await cli(['check', 'live/prod/plan.json', 'live/*/tfplan.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sg-guard: error: plan argument: "live/*/tfplan.json" matches no file\n');
    expect(r.stdout).toBe('');
  });

  it('graph and review take globs too', async () => {
    const graph = await cli(['graph', 'live/*/plan.json']);
    expect(graph.status).toBe(0);
    expect(graph.stdout.match(/^== .*$/gm)).toEqual(['analytics', 'dev', 'prod', 'sandbox', 'staging', 'uat'].map((root) => `== live/${root}/plan.json`));
    const review = await cli(['review', 'live/*/plan.json']);
    expect(review.status).toBe(1);
    expect(review.stdout).toContain('- **Also in:** `live/prod`, `live/uat`, `live/staging` (`module.web_sg.aws_security_group.fail_web`) (the same lines, used by 4 plans)');
  });
});
