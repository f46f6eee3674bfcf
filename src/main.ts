import * as core from '@actions/core';
import { runCheck, type CheckRequest } from './check.js';
import { readInputs } from './inputs.js';
import { InputError } from './plan/types.js';
import { render } from './render.js';
import { writeFile } from 'node:fs/promises';

/**
 * The Action: analysis only for now (the pull-request review lands later).
 * Reads inputs, runs the check, writes the job summary and outputs, and fails
 * the step when findings reach fail-on.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    try {
      process.chdir(inputs.workingDirectory);
    } catch (err) {
      throw new InputError(inputs.workingDirectory, `cannot use as working-directory: ${(err as Error).message}`);
    }
    const request: CheckRequest = { plans: inputs.plans, repoRoot: inputs.repoRoot };
    if (inputs.config !== undefined) request.configPath = inputs.config;
    if (inputs.failOn !== undefined) request.failOn = inputs.failOn;
    if (inputs.root !== undefined) request.root = inputs.root;
    const { report, notices } = await runCheck(request);
    for (const n of notices) core.notice(n);
    await writeFile(inputs.reportFile, render(report, 'json', { color: false }));
    if (inputs.sarifFile) await writeFile(inputs.sarifFile, render(report, 'sarif', { color: false }));
    await core.summary.addRaw(render(report, 'markdown', { color: false })).write();
    for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const) core.setOutput(severity, report.summary[severity]);
    core.setOutput('blocking', report.summary.blocking);
    core.setOutput('report-file', inputs.reportFile);
    core.setOutput('sarif-file', inputs.sarifFile ?? '');
    if (report.summary.blocking > 0) {
      core.setFailed(`sg-guard: ${report.summary.blocking} finding(s) at or above fail-on ${report.failOn}`);
    }
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : `sg-guard internal error: ${(err as Error).stack ?? String(err)}`);
  }
}
