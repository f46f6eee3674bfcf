import * as core from '@actions/core';
import { THRESHOLDS } from './config/load.js';
import { InputError } from './plan/types.js';
import type { Threshold } from './rules/types.js';

export interface Inputs {
  workingDirectory: string;
  plans: string[];
  /** Terraform root directory for source mapping; undefined: each plan's directory. */
  root?: string;
  /** The repository checkout: location paths are relative to it. */
  repoRoot: string;
  config?: string;
  failOn?: Threshold;
  reportFile: string;
  sarifFile?: string;
}

/** The only place that reads Action inputs; validates them before anything else runs. */
export function readInputs(): Inputs {
  const plans = core.getMultilineInput('plan', { required: true }).filter((p) => p.trim() !== '');
  if (plans.length === 0) throw new InputError('input plan', 'needs at least one path to terraform show -json output');
  const failOnRaw = core.getInput('fail-on');
  if (failOnRaw && !THRESHOLDS.includes(failOnRaw as Threshold)) {
    throw new InputError('input fail-on', `must be one of ${THRESHOLDS.join(', ')}, not "${failOnRaw}"`);
  }
  const config = core.getInput('config') || undefined;
  const sarifFile = core.getInput('sarif-file') || undefined;
  const reportFile = core.getInput('report-file') || 'sg-guard-report.json';
  const workingDirectory = core.getInput('working-directory') || '.';
  const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs: Inputs = { workingDirectory, plans, reportFile, repoRoot };
  const root = core.getInput('root');
  if (root) inputs.root = root;
  if (config) inputs.config = config;
  if (failOnRaw) inputs.failOn = failOnRaw as Threshold;
  if (sarifFile) inputs.sarifFile = sarifFile;
  return inputs;
}
