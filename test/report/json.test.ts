import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/findings/types.js';
import { renderJson } from '../../src/report/json.js';
import { makeReport } from './sample-report.js';

const TOP_KEYS = ['version', 'tool', 'failOn', 'failOnScope', 'plans', 'findings', 'summary'];
const FINDING_KEYS = [
  'id', 'rule', 'severity', 'title', 'message', 'messageId', 'plan', 'securityGroup', 'resource', 'resourceType',
  'path', 'direction', 'protocol', 'fromPort', 'toPort', 'peer', 'peerKind',
  'location', 'suppression', 'change',
];
const SUMMARY_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'blocking', 'suppressed', 'added', 'removed'];

/** The same report with every object's keys in reverse order. */
function scrambled(report: Report): Report {
  const reverse = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
  return reverse({
    ...report,
    tool: reverse(report.tool),
    plans: report.plans.map(reverse),
    findings: report.findings.map(reverse),
    summary: reverse(report.summary),
  });
}

describe('renderJson', () => {
  it('is pretty JSON with a final newline that parses back to the report', () => {
    const report = makeReport();
    const out = renderJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(report);
  });

  it('writes keys in the documented order', () => {
    const parsed = JSON.parse(renderJson(makeReport())) as Report;
    expect(Object.keys(parsed)).toEqual(TOP_KEYS);
    expect(Object.keys(parsed.tool)).toEqual(['name', 'version']);
    expect(Object.keys(parsed.plans[0] ?? {})).toEqual(['path', 'label', 'kind', 'terraformVersion', 'formatVersion', 'sourceRoot', 'sourceErrors', 'exposureChanges']);
    // peerPath after peerKind, only on a finding about one permission that has it; reachability last, only on ingress findings from the internet.
    for (const f of parsed.findings) {
      const keys = f.peerPath === undefined ? FINDING_KEYS : [...FINDING_KEYS.slice(0, 17), 'peerPath', ...FINDING_KEYS.slice(17)];
      expect(Object.keys(f)).toEqual(f.reachability ? [...keys, 'reachability'] : keys);
    }
    expect(parsed.findings.filter((f) => f.reachability).length).toBe(3);
    expect(parsed.findings.filter((f: { peerPath?: string }) => f.peerPath !== undefined)).toHaveLength(1);
    expect(Object.keys(parsed.summary)).toEqual(SUMMARY_KEYS);
  });

  it('does not depend on the order the report was built in', () => {
    const report = makeReport();
    expect(renderJson(scrambled(report))).toBe(renderJson(report));
  });

  it('leaves out properties the format does not have', () => {
    const report = makeReport();
    const extra = { ...report, secret: 'x', findings: report.findings.map((f) => ({ ...f, internal: 1 }) as Finding) };
    expect(renderJson(extra as Report)).toBe(renderJson(report));
  });

  it('keeps the findings in report order', () => {
    const report = makeReport();
    const ids = (JSON.parse(renderJson(report)) as Report).findings.map((f) => f.id);
    expect(ids).toEqual(report.findings.map((f) => f.id));
  });
});
