/**
 * The Action as the runner runs it: `node dist/index.js` with INPUT_* and
 * GITHUB_* environment. This part makes no API call: it writes the job
 * summary, the reports and the step outputs, and fails the step when blocking.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutputs } from '../support/action-run.js';
import { ROOT } from '../support/run-cli.js';

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

function runAction(inputs: Record<string, string>): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: ROOT };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
}

describe('the Action, analysis only', () => {
  it('fails the step on blocking findings and reports counts, summary, JSON and SARIF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = runAction({ plan: 'fixtures/example/plan.json', 'report-file': join(dir, 'r.json'), 'sarif-file': join(dir, 'r.sarif'), 'working-directory': '.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::sg-guard: \d+ finding\(s\) at or above fail-on high/);
    expect(Number(r.outputs.critical)).toBeGreaterThan(0);
    expect(Number(r.outputs.blocking)).toBeGreaterThan(0);
    expect(r.outputs['report-file']).toBe(join(dir, 'r.json'));
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.summary.blocking).toBe(Number(r.outputs.blocking));
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(r.summary).toContain('sg-guard');
    expect(r.summary).toContain('no-public-ssh');
  });

  it('passes with fail-on never and still writes everything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = runAction({ plan: 'fixtures/example/plan.json', 'fail-on': 'never', 'report-file': join(dir, 'r.json'), 'sarif-file': '' });
    expect(r.status).toBe(0);
    expect(r.outputs.blocking).toBe('0');
    expect(r.outputs['sarif-file']).toBe('');
    expect(existsSync(join(dir, 'r.json'))).toBe(true);
  });

  it('rejects a bad fail-on before doing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = runAction({ plan: 'fixtures/example/plan.json', 'fail-on': 'severe', 'report-file': join(dir, 'r.json') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::input fail-on: must be one of critical, high, medium, low, info, never/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('fails with the file named and writes no report when a plan is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = runAction({ plan: 'fixtures/example/plan.json\nfixtures/bad/binary-plan.tfplan', 'report-file': join(dir, 'r.json') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::fixtures\/bad\/binary-plan.tfplan: is a binary plan file/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(r.summary).toBe('');
  });
});
