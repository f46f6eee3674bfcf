/**
 * Merging the JSON reports of several analyze runs (one per Terraform root,
 * a matrix job each) into the one report a publish run posts. Pure: the
 * reports are read and validated before (report-input.ts).
 *
 * The result is what one check over all the plans would give: plans in the
 * order of the reports, findings in the renderers' order, the same block of a
 * module used by several roots shown once with every place, every finding its
 * own id, and the summary recounted.
 */
import { summarise } from '../engine.js';
import { compareFindings } from '../findings/order.js';
import { mergeAcrossPlans, uniqueIds } from '../places.js';
import type { FailOnScope, Finding, PlanEntry, Report, Threshold } from '../findings/types.js';

/**
 * A report file that could not be used (missing, unreadable, not JSON, or not
 * a valid report), or, with `missingRoot`, a root that expect-roots names and
 * no report covers: `file` is then the root (or the glob that matches none).
 */
export interface UnreadReport {
  file: string;
  problem: string;
  /** A root without a report (src/review/roots.ts missingRoot), not a file that failed to read. */
  missingRoot?: true;
}

export interface NamedReport {
  /** The report file, as the input named it. */
  file: string;
  report: Report;
}

interface MergedReports {
  report: Report;
  /** What the merge had to decide about, in words, for the log. */
  warnings: string[];
}

/** Thresholds from the strictest (blocks on anything) to the most lenient. */
const STRICTNESS: readonly Threshold[] = ['info', 'low', 'medium', 'high', 'critical', 'never'];

/**
 * One report from several (at least one). Reports that disagree on fail-on
 * (or its scope) merge at the strictest, though the publish job replaces both
 * with its own policy (src/main.ts readReports); exact repeats of a plan or a finding
 * (the same report downloaded twice) are dropped; the same finding id from two
 * reports is expected (the same module in two roots) and never an error.
 */
export function mergeReports(reports: readonly NamedReport[]): MergedReports {
  const first = reports[0];
  if (!first) throw new Error('mergeReports needs at least one report');
  const warnings: string[] = [];

  const thresholds = [...new Set(reports.map((r) => r.report.failOn))];
  const failOn = thresholds.reduce((a, b) => (STRICTNESS.indexOf(b) < STRICTNESS.indexOf(a) ? b : a));
  if (thresholds.length > 1) warnings.push(`The reports were made with different fail-on thresholds (${thresholds.join(', ')}); the publish job's own fail-on (its input or its config) decides what blocks.`);
  const scopes = new Set(reports.map((r) => r.report.failOnScope));
  const failOnScope: FailOnScope = scopes.has('all') ? 'all' : 'added';
  if (scopes.size > 1) warnings.push('The reports were made with different fail-on-scope settings; the publish job\'s own setting decides what blocks.');
  const tools = [...new Set(reports.map((r) => `${r.report.tool.name} ${r.report.tool.version}`))];
  if (tools.length > 1) warnings.push(`The reports come from different versions (${tools.join(', ')}): use the same version in every job.`);

  const plans: PlanEntry[] = [];
  const planKeys = new Set<string>();
  const planFiles = new Map<string, string>();
  for (const { file, report } of reports) {
    for (const plan of report.plans) {
      const k = JSON.stringify(plan);
      if (planKeys.has(k)) continue;
      planKeys.add(k);
      const other = planFiles.get(plan.path);
      if (other !== undefined && other !== file) {
        warnings.push(`Plan ${plan.path} is in ${other} and in ${file}: run every analyze job from the repository root with its own plan path (plan: <root>/plan.json), so that plans and their findings can be told apart.`);
      }
      planFiles.set(plan.path, file);
      plans.push(plan);
    }
  }

  const findingKeys = new Set<string>();
  const findings: Finding[] = [];
  for (const { report } of reports) {
    for (const f of report.findings) {
      const k = JSON.stringify(f);
      if (findingKeys.has(k)) continue;
      findingKeys.add(k);
      findings.push(f);
    }
  }
  const merged = uniqueIds(mergeAcrossPlans(findings.sort(compareFindings)));
  return {
    report: { version: 1, tool: { ...first.report.tool }, failOn, failOnScope, plans, findings: merged, summary: summarise(merged, failOn, failOnScope) },
    warnings,
  };
}
