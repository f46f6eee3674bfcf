import { rulesInForce } from './config/custom-rules.js';
import { DEFAULT_CONFIG_PATH, DEFAULT_FAIL_ON, loadConfig, type Config, type RootRuleSetting } from './config/load.js';
import { evaluate, summarise, type EngineOptions, type RuleSetting } from './engine.js';
import { compareFindings } from './findings/order.js';
import { indexPlan, modelOf } from './model/build.js';
import { planNetworks } from './reach/build.js';
import type { PlanNetworks } from './reach/types.js';
import { MODEL_READS } from './model/resource-types.js';
import type { Model } from './model/types.js';
import type { TfConfigModule } from './plan/types.js';
import { dirname, relative, resolve, sep } from 'node:path';
import { loadPlan, type LoadOptions } from './plan/load.js';
import { mergeAcrossPlans, planLabel, uniqueIds } from './places.js';
import { loadHclParser, loadSources, locateFindings, type SourceIndex } from './source/index.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';
import type { FailOnScope, Report, Threshold } from './findings/types.js';
import { applySuppressions, rootMatcher } from './waivers/apply.js';

export interface CheckRequest {
  plans: readonly string[];
  /** An explicit config file (must exist); otherwise DEFAULT_CONFIG_PATH when present. */
  configPath?: string;
  /** A configuration already read (the pull request's base commit's): no file is read then. */
  config?: Config;
  /** Overrides the config's fail-on. */
  failOn?: Threshold;
  /** Overrides the config's fail-on-scope (default all). */
  failOnScope?: FailOnScope;
  /**
   * The Terraform root directory whose .tf files produced the plans, to map
   * findings to lines. Default: each plan file's own directory (the working
   * directory for stdin). `false` skips source mapping.
   */
  root?: string | false;
  /** Paths in locations are relative to this directory (default: the working directory). */
  repoRoot?: string;
  /** What a plan named '-' reads (default: the process's stdin). */
  stdin?: AsyncIterable<unknown>;
  /** How plans are read (tests lower the scanner's threshold to take its path on small files). */
  load?: LoadOptions;
}

interface CheckResult {
  report: Report;
  /** The rules that ran: the built-in ones and the configuration's custom rules (renderers describe them). */
  rules: Rule[];
  models: Model[];
  /** Each model's network on both sides (subnets, routes, gateways, network ACLs, public addresses). */
  networks: ReadonlyMap<Model, PlanNetworks>;
  /** Remarks about the input worth telling the user (stripped wrapper lines, ...). */
  notices: string[];
  /** The configuration the check ran with. */
  config: Config;
}

/**
 * One plan's model, its notices and what source mapping needs of it. A
 * function of its own so that nothing keeps the parsed plan (the largest
 * thing a run holds) alive once its model is built: the rules then run in the
 * memory it took.
 */
async function loadModel(path: string, options: LoadOptions): Promise<{ model: Model; networks: PlanNetworks; notices: string[]; plan: { path: string; configuration: TfConfigModule | undefined } }> {
  const plan = await loadPlan(path, MODEL_READS, options);
  const index = indexPlan(plan);
  return {
    model: modelOf(plan, index),
    networks: planNetworks(plan, index),
    notices: plan.notices.map((n) => `${path === '-' ? 'stdin' : path}: ${n}`),
    plan: { path: plan.path, configuration: plan.json.configuration?.root_module },
  };
}

/**
 * The Terraform root a plan is checked as, for per-root settings: the
 * directory its sources are read from (the --root / root input, else the plan
 * file's directory), relative to the repository root; without source mapping,
 * the plan's label. What planRoot reads back from the report's plan entry.
 */
function rootDirectory(path: string, request: CheckRequest): string {
  if (request.root === false) return planLabel(path, process.cwd());
  const dir = resolve(request.root ?? (path === '-' ? '.' : dirname(path)));
  return relative(resolve(request.repoRoot ?? process.cwd()), dir).split(sep).join('/') || '.';
}

/**
 * The rules over every model, each with the settings of its root: the
 * configuration's, then its `rules` entries with `roots` that match the
 * root, in file order. Without such entries, one evaluation as before.
 */
function evaluateByRoot(models: readonly Model[], options: EngineOptions, scoped: readonly RootRuleSetting[], roots: ReadonlyMap<string, string>): Report {
  if (scoped.length === 0) return evaluate(models, options);
  const compiled = scoped.map((s) => ({ ...s, inRoot: rootMatcher(s.roots) }));
  const parts = models.map((model) => {
    const root = roots.get(model.plan.path) ?? planLabel(model.plan.path);
    const settings: Record<string, RuleSetting> = { ...options.settings };
    for (const s of compiled) {
      if (!s.inRoot(root)) continue;
      settings[s.rule] = { ...settings[s.rule], enabled: s.enabled, ...(s.severity ? { severity: s.severity } : {}) };
    }
    return evaluate([model], { ...options, settings });
  });
  const findings = parts.flatMap((p) => p.findings).sort(compareFindings);
  const first = parts[0] ?? evaluate([], options);
  return { ...first, plans: parts.flatMap((p) => p.plans), findings, summary: summarise(findings, options.failOn, options.failOnScope ?? 'all') };
}

/**
 * The whole pipeline from files to report: load, normalise, evaluate, locate,
 * mark what exceptions and sg-guard:ignore comments silence, then show the
 * same block of a module used by several plans once (with every place) and
 * give every finding its own id. Throws InputError on bad input.
 */
export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  // Start loading the HCL parser now: its wasm compiles while the plans are read.
  if (request.root !== false) void loadHclParser();
  const config: Config = request.config ?? (await loadConfig(request.configPath ?? DEFAULT_CONFIG_PATH, RULES, request.configPath !== undefined));
  const notices: string[] = [];
  const models: Model[] = [];
  const networks = new Map<Model, PlanNetworks>();
  // Only what source mapping needs of each plan: the parsed plan itself can go once its model is built.
  const plans: Array<{ path: string; configuration: TfConfigModule | undefined }> = [];
  for (const path of request.plans) {
    const loaded = await loadModel(path, { ...request.load, ...(request.stdin ? { stdin: request.stdin } : {}) });
    notices.push(...loaded.notices);
    plans.push(loaded.plan);
    models.push(loaded.model);
    networks.set(loaded.model, loaded.networks);
  }
  const failOn = request.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const rules = rulesInForce(RULES, config.customRules ?? []);
  const failOnScope = request.failOnScope ?? config.failOnScope ?? 'all';
  const roots = new Map(plans.map((p) => [p.path, rootDirectory(p.path, request)]));
  const report = evaluateByRoot(models, { failOn, failOnScope, rules, settings: config.settings, networks }, config.rootSettings ?? [], roots);
  for (const entry of report.plans) entry.label = planLabel(entry.path, process.cwd());
  const sources = new Map<string, SourceIndex>();
  if (request.root !== false) {
    for (const [i, plan] of plans.entries()) {
      const root = request.root ?? (plan.path === '-' ? '.' : dirname(plan.path));
      const index = await loadSources(root, plan.configuration, request.repoRoot);
      // A plan kept apart from its sources is normal; an explicit --root without them is an error worth showing.
      if (request.root === undefined && index.modules[0]?.kind !== 'local') continue;
      report.findings = locateFindings(report.findings, index, plan.path);
      sources.set(plan.path, index);
      const entry = report.plans[i];
      if (entry) {
        entry.sourceRoot = index.root;
        entry.sourceErrors = index.unreadable.map((u) => ({ file: u.file, reason: u.reason }));
      }
    }
  }
  const suppressed = applySuppressions(report, { exceptions: config.exceptions ?? [], today: new Date(), sources, roots, rules: rules.map((r) => r.meta.name) });
  const findings = uniqueIds(mergeAcrossPlans(suppressed.findings));
  const final = { ...suppressed, findings, summary: summarise(findings, failOn, failOnScope) };
  return { report: final, rules, models, networks, notices, config };
}
