/**
 * The Action's run() with the runner's INPUT_* and GITHUB_* environment, on a
 * push (no pull request): it makes no API call; it writes the job summary, the
 * reports and the step outputs, and fails the step when blocking.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction as runInRunner, type ActionResult } from '../support/action-run.js';
import { ROOT } from '../support/run-cli.js';

function runAction(inputs: Record<string, string>): Promise<ActionResult> {
  return runInRunner({ inputs, workspace: ROOT, eventName: 'push' });
}

describe('the Action, analysis only', async () => {
  it('fails the step on blocking findings and reports counts, summary, JSON and SARIF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = await runAction({ plan: 'fixtures/example/plan.json', 'report-file': join(dir, 'r.json'), 'sarif-file': join(dir, 'r.sarif'), 'working-directory': '.' });
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

  it('passes with fail-on never and still writes everything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = await runAction({ plan: 'fixtures/example/plan.json', 'fail-on': 'never', 'report-file': join(dir, 'r.json'), 'sarif-file': '' });
    expect(r.status).toBe(0);
    expect(r.outputs.blocking).toBe('0');
    expect(r.outputs['sarif-file']).toBe('');
    expect(existsSync(join(dir, 'r.json'))).toBe(true);
  });

  it('rejects a bad fail-on before doing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = await runAction({ plan: 'fixtures/example/plan.json', 'fail-on': 'severe', 'report-file': join(dir, 'r.json') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::input fail-on: must be one of critical, high, medium, low, info, never/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('fails with the file named and writes no report when a plan is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-out-'));
    const r = await runAction({ plan: 'fixtures/example/plan.json\nfixtures/bad/binary-plan.tfplan', 'report-file': join(dir, 'r.json') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::fixtures\/bad\/binary-plan.tfplan: is a binary plan file/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(r.summary).toBe('');
  });
});
