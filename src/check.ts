import { DEFAULT_CONFIG_PATH, loadConfig, type Config } from './config/load.js';
import { evaluate } from './engine.js';
import { buildModel } from './model/build.js';
import type { Model } from './model/types.js';
import { loadPlan } from './plan/load.js';
import { RULES } from './rules/index.js';
import type { Report, Threshold } from './rules/types.js';

export const DEFAULT_FAIL_ON: Threshold = 'high';

export interface CheckRequest {
  plans: readonly string[];
  /** An explicit config file (must exist); otherwise DEFAULT_CONFIG_PATH when present. */
  configPath?: string;
  /** Overrides the config's fail-on. */
  failOn?: Threshold;
}

export interface CheckResult {
  report: Report;
  models: Model[];
  /** Remarks about the input worth telling the user (stripped wrapper lines, ...). */
  notices: string[];
}

/** The whole pipeline from files to report: load, normalise, evaluate. Throws InputError on bad input. */
export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const config: Config = await loadConfig(request.configPath ?? DEFAULT_CONFIG_PATH, RULES, request.configPath !== undefined);
  const notices: string[] = [];
  const models: Model[] = [];
  for (const path of request.plans) {
    const plan = await loadPlan(path);
    notices.push(...plan.notices.map((n) => `${path}: ${n}`));
    models.push(buildModel(plan));
  }
  const failOn = request.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const report = evaluate(models, { failOn, rules: RULES, settings: config.settings });
  return { report, models, notices };
}
