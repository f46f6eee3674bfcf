import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/plan/types.js';
import { renderJson } from '../../src/report/json.js';
import { parseReport } from '../../src/review/report-input.js';
import { finding, report } from '../support/review-findings.js';

const valid = (): Record<string, unknown> => JSON.parse(renderJson(report([finding(), finding({ severity: 'low', location: null })])));
const parse = (doc: unknown): ReturnType<typeof parseReport> => parseReport(JSON.stringify(doc), 'report.json');
const error = (doc: unknown): string => {
  try {
    parse(doc);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
};
const withFinding = (change: (f: Record<string, unknown>) => void): unknown => {
  const doc = valid();
  change((doc.findings as Array<Record<string, unknown>>)[0] as Record<string, unknown>);
  return doc;
};

describe('parseReport (a report from another job, untrusted)', () => {
  it('reads what renderJson writes', () => {
    const r = report([finding(), finding({ severity: 'low', location: null })]);
    expect(parse(JSON.parse(renderJson(r)))).toEqual(JSON.parse(renderJson(r)));
  });

  it("keeps a network ACL finding's networkAcl, and refuses one that is no string", () => {
    const r = report([finding({ rule: 'nacl-public-admin-port', resource: 'aws_network_acl_rule.ssh', networkAcl: 'aws_network_acl.public' })]);
    const json = JSON.parse(renderJson(r)) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(json.findings[0] ?? {}).slice(8, 11)).toEqual(['resource', 'networkAcl', 'resourceType']);
    expect(parse(json).findings[0]?.networkAcl).toBe('aws_network_acl.public');
    expect(error(withFinding((f) => (f.networkAcl = 7)))).toContain('findings[0].networkAcl');
  });

  it("keeps the offending value's line, its block's first line and the peer's attribute path", () => {
    const located = finding({ peerPath: 'ingress[0].cidr_blocks[0]', location: { file: 'infra/main.tf', line: 15, endLine: 16, blockLine: 10 } });
    const r = report([located]);
    const read = parse(JSON.parse(renderJson(r)));
    expect(read.findings[0]?.location).toEqual({ file: 'infra/main.tf', line: 15, endLine: 16, blockLine: 10 });
    expect(read.findings[0]?.peerPath).toBe('ingress[0].cidr_blocks[0]');
    const after = withFinding((f) => ((f.location as Record<string, unknown>).blockLine = 11));
    expect(error(after)).toContain('findings[0].location.blockLine must be an integer from 1 to 10');
    expect(error(withFinding((f) => (f.peerPath = 7)))).toContain('findings[0].peerPath must be a string');
  });

  it('recounts the summary instead of believing it, and takes fail-on from the publishing job when given', () => {
    const doc = valid();
    doc.summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, blocking: 0, suppressed: 0 };
    doc.failOn = 'never';
    expect(parse(doc).summary.blocking).toBe(0);
    const strict = parseReport(JSON.stringify(doc), 'report.json', 'high');
    expect(strict.failOn).toBe('high');
    expect(strict.summary).toMatchObject({ critical: 1, low: 1, blocking: 1 });
  });

  it('refuses paths outside the repository, bad lines, unknown values and repeated ids', () => {
    for (const file of ['../../etc/passwd', '/etc/passwd', 'C:/x.tf', 'a\\b.tf', 'a//b.tf', './a.tf', 'a/\u0007.tf', '']) {
      expect(error(withFinding((f) => ((f.location as Record<string, unknown>).file = file)))).toMatch(/findings\[0\]\.location\.file must be a relative path inside the repository|is longer/);
    }
    expect(error(withFinding((f) => ((f.location as Record<string, unknown>).endLine = 1)))).toContain('findings[0].location.endLine must be an integer from 10');
    expect(error(withFinding((f) => (f.severity = 'severe')))).toContain('findings[0].severity must be one of critical, high, medium, low, info');
    expect(error(withFinding((f) => (f.id = 'x-->')))).toContain('findings[0].id');
    expect(error(withFinding((f) => (f.protocol = 'tcp; rm')))).toContain('findings[0].protocol is not a protocol');
    expect(error(withFinding((f) => (f.message = 'm'.repeat(20_000))))).toContain('findings[0].message is longer than 10000 characters');
    const doc = valid();
    (doc.findings as unknown[]).push((doc.findings as unknown[])[0]);
    expect(error(doc)).toMatch(/findings\[2\]\.id repeats/);
  });

  it('names the problem for documents that are no report', () => {
    expect(() => parseReport('{', 'r.json')).toThrow(/^r\.json: is not JSON/);
    expect(error([])).toBe('report.json: is not a valid sg-guard JSON report: the document must be an object');
    expect(error({ ...valid(), version: 2 })).toContain('version must be 1');
    expect(error({ ...valid(), findings: {} })).toContain('findings must be an array');
  });
});
