/**
 * Merging the reports of a matrix of analyze runs (one per Terraform root):
 * the result is what one check over every root gives, the same module block
 * is shown once with every place, and repeats never fail the merge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { renderJson } from '../../src/report/json.js';
import { mergeReports, type NamedReport } from '../../src/review/merge.js';
import { parseReport } from '../../src/review/report-input.js';
import type { Report } from '../../src/findings/types.js';

const ROOTS = ['live/dev', 'live/prod', 'live/staging'].map((r) => `fixtures/projects/multi-root/${r}/plan.json`);

/** A report as the publish job reads it: written by an analyze run, read back by the strict validator. */
function asRead(file: string, report: Report): NamedReport {
  return { file, report: parseReport(renderJson(report), file) };
}

let perRoot: NamedReport[] = [];
let together: Report;

beforeAll(async () => {
  perRoot = await Promise.all(ROOTS.map(async (plan, i) => asRead(`reports/${i}/sg-guard-report.json`, (await runCheck({ plans: [plan] })).report)));
  together = (await runCheck({ plans: ROOTS })).report;
});

describe('mergeReports', () => {
  it('gives what one check over every root gives', () => {
    const { report, warnings } = mergeReports(perRoot);
    expect(warnings).toEqual([]);
    expect(renderJson(report)).toBe(renderJson(together));
    const ssh = report.findings.find((f) => f.rule === 'no-public-ssh');
    expect(ssh?.places).toEqual([
      { plan: ROOTS[0], resource: 'module.sg.aws_security_group.fail_web' },
      { plan: ROOTS[1], resource: 'module.sg.aws_security_group.fail_web' },
      { plan: ROOTS[2], resource: 'module.web_sg.aws_security_group.fail_web' },
    ]);
    // Each root alone has the finding too: the ids of dev and prod are the same (same module address), never a failure.
    expect(perRoot[0]?.report.findings.find((f) => f.rule === 'no-public-ssh')?.id).toBe(perRoot[1]?.report.findings.find((f) => f.rule === 'no-public-ssh')?.id);
    expect(report.summary).toMatchObject({ critical: 3, high: 1, info: 2, blocking: 4 });
  });

  it('merges 50 reports: one finding per module block with 50 places, every root\'s own finding apart with its own id', () => {
    const staging = perRoot[2] as NamedReport;
    const reports = Array.from({ length: 50 }, (_, i) => {
      const root = `live/r${String(i).padStart(2, '0')}`;
      const plan = `${root}/plan.json`;
      const text = renderJson(staging.report)
        .replaceAll(ROOTS[2] as string, plan)
        .replaceAll('"fixtures/projects/multi-root/live/staging"', JSON.stringify(root))
        .replaceAll('fixtures/projects/multi-root/live/staging/main.tf', `${root}/main.tf`)
        .replaceAll('module.web_sg.', `module.sg_${String(i).padStart(2, '0')}.`);
      return { file: `reports/${i}.json`, report: parseReport(text, `reports/${i}.json`) };
    });
    const { report, warnings } = mergeReports(reports);
    expect(warnings).toEqual([]);
    expect(report.plans.map((p) => p.label)).toEqual(reports.map((_, i) => `live/r${String(i).padStart(2, '0')}`));
    const inModule = report.findings.filter((f) => f.location?.file === 'fixtures/projects/multi-root/modules/sg/main.tf');
    expect(inModule.map((f) => f.rule).sort()).toEqual(['inline-and-standalone-rules', 'no-public-rdp', 'no-public-ssh', 'unused-security-group']);
    for (const f of inModule) expect(f.places?.map((p) => p.resource)).toEqual(Array.from({ length: 50 }, (_, i) => f.resource.replace(/^module\.sg_\d+\./, `module.sg_${String(i).padStart(2, '0')}.`)));
    // aws_security_group.fail_debug_db in each root's own main.tf: the same id in every report, 50 findings with 50 ids.
    const own = report.findings.filter((f) => f.resource === 'aws_security_group.fail_debug_db');
    expect(own).toHaveLength(100);
    expect(new Set(report.findings.map((f) => f.id)).size).toBe(report.findings.length);
    expect(report.summary).toMatchObject({ critical: 2 + 50, high: 1, info: 1 + 50, blocking: 53 });
    // The merged report is a valid report (the stored analysis reads it back with the same validator).
    expect(renderJson(parseReport(renderJson(report), 'merged'))).toBe(renderJson(report));
  });

  it('drops exact repeats (a report downloaded twice), and merges one that is not', () => {
    const twice = mergeReports([...perRoot, perRoot[1] as NamedReport]);
    expect(renderJson(twice.report)).toBe(renderJson(together));
    expect(twice.warnings).toEqual([]);
  });

  it('warns when two reports name the same plan path, and when they disagree on fail-on', () => {
    const prod = perRoot[1] as NamedReport;
    const other = { file: 'reports/x.json', report: parseReport(renderJson({ ...prod.report, failOn: 'medium', plans: prod.report.plans.map((p) => ({ ...p, exposureChanges: [] })) }), 'x') };
    const { report, warnings } = mergeReports([prod, other]);
    expect(report.failOn).toBe('medium');
    expect(warnings).toEqual([
      expect.stringMatching(/different fail-on thresholds \(high, medium\); the publish job's own fail-on \(its input or its config\) decides/),
      expect.stringMatching(/^Plan fixtures\/projects\/multi-root\/live\/prod\/plan\.json is in reports\/1\/sg-guard-report\.json and in reports\/x\.json: run every analyze job from the repository root/),
    ]);
  });
});
