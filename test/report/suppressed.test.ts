import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { MAX_MARKDOWN_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { Finding, Report } from '../../src/findings/types.js';
import { makeReport, manyFindings, sampleFindings, sampleRules, suppressedFindings } from './sample-report.js';

const [inline, excepted, hostile] = suppressedFindings as [Finding, Finding, Finding];
const mixed = (): Report => makeReport([...sampleFindings, ...suppressedFindings]);
/** Only suppressed findings, one of them critical: nothing is active. */
const quiet = (): Report => makeReport(suppressedFindings);

describe('suppressed findings: JSON', () => {
  it('stay in the findings with how and why, and are counted apart', () => {
    const out = JSON.parse(renderJson(mixed())) as Report;
    expect(out.findings).toHaveLength(sampleFindings.length + suppressedFindings.length);
    const byId = new Map(out.findings.map((f) => [f.id, f]));
    expect(byId.get(excepted.id)?.suppression).toEqual({ kind: 'exception', reason: 'Legacy stack, decommissioned in Q3', expires: '2031-06-30', source: '.github/sg-guard.yml' });
    expect(Object.keys(byId.get(inline.id)?.suppression ?? {})).toEqual(['kind', 'reason', 'expires', 'source']);
    expect(byId.get(sampleFindings[0]!.id)?.suppression).toBeNull();
    expect(out.summary).toEqual({ critical: 3, high: 2, medium: 1, low: 2, info: 1, blocking: 5, suppressed: 3, added: 9, removed: 0 });
  });

  it('writes suppression null for a finding built without the field', () => {
    const { suppression: _, ...legacy } = sampleFindings[0]!;
    const out = JSON.parse(renderJson(makeReport([legacy as Finding])));
    expect(out.findings[0].suppression).toBeNull();
  });
});

describe('suppressed findings: SARIF', () => {
  const results = (report: Report) => JSON.parse(renderSarif(report, sampleRules)).runs[0].results as Array<Record<string, unknown> & { partialFingerprints: Record<string, string> }>;
  const resultOf = (report: Report, id: string) => results(report).find((r) => r.partialFingerprints['sgGuardFindingId/v1'] === id);

  it('are results with an external (exception) or inSource (comment) suppression and its justification', () => {
    expect(resultOf(mixed(), excepted.id)?.suppressions).toEqual([{ kind: 'external', justification: 'Legacy stack, decommissioned in Q3 (exception in .github/sg-guard.yml, until 2031-06-30)' }]);
    expect(resultOf(mixed(), inline.id)?.suppressions).toEqual([{ kind: 'inSource', justification: 'Break-glass bastion, ticket OPS-42 (sg-guard:ignore at infra/network/bastion.tf:7)' }]);
    expect(results(mixed())).toHaveLength(sampleFindings.length + suppressedFindings.length);
  });

  it('gives active findings an empty list', () => {
    expect(resultOf(mixed(), sampleFindings[0]!.id)?.suppressions).toEqual([]);
  });
});

describe('suppressed findings: text', () => {
  it('come last under "Suppressed (N)" with how and why, and the counts name them', () => {
    const out = renderText(mixed(), { color: false });
    const tail = out.slice(out.indexOf('Suppressed (3)\n'));
    expect(out.indexOf('Suppressed (3)\n')).toBeGreaterThan(out.lastIndexOf('aws_security_group.web["'));
    expect(tail).toContain('suppressed by sg-guard:ignore at infra/network/bastion.tf:7: Break-glass bastion, ticket OPS-42');
    expect(tail).toContain('excepted in .github/sg-guard.yml until 2031-06-30: Legacy stack, decommissioned in Q3');
    expect(out.endsWith('3 critical, 2 high, 1 medium, 2 low, 1 info, 3 suppressed — blocking at fail-on high: 5 findings\n')).toBe(true);
    // Not in the group sections.
    expect(out.slice(0, out.indexOf('Suppressed (3)')).includes('aws_security_group.bastion')).toBe(false);
  });

  it('do not count toward the status', () => {
    const out = renderText(quiet(), { color: false });
    expect(out.startsWith('Suppressed (3)\n')).toBe(true);
    expect(out.endsWith('no active findings, 3 suppressed — passes at fail-on high\n')).toBe(true);
  });

  it('escape the reason for the terminal', () => {
    const evil = { ...inline, suppression: { ...inline.suppression!, reason: 'ok\u001b[31m red\nnext' } };
    const out = renderText(makeReport([evil]), { color: false });
    expect(out).toContain('ok\\x1b[31m red\\nnext');
  });
});

describe('suppressed findings: Markdown', () => {
  it('are a Waived fold of their own after the findings, with kind, who, why and until when', () => {
    const md = renderMarkdown(mixed(), sampleRules);
    expect(md).toContain('**5 findings at or above fail-on `high` block this pull request** · 9 active findings: 3 critical, 2 high, 1 medium, 2 low, 1 info · 3 waived.');
    const plain = md.replaceAll('<wbr>', '');
    const section = plain.slice(plain.indexOf('<summary><strong>Waived (3)</strong></summary>'));
    expect(md.indexOf('Waived (3)')).toBeGreaterThan(md.indexOf('### Blocking'));
    expect(md.indexOf('Waived (3)')).toBeLessThan(md.indexOf('Why these rules matter'));
    expect(section).toContain('| in-code comment: `sg-guard:ignore` at infra/network/bastion.tf:7<br>no expiry | Break-glass bastion, ticket OPS-42 |');
    expect(section).toContain('| exception: .github/sg-guard.yml<br>until 2031-06-30 | Legacy stack, decommissioned in Q3 |');
    expect(section).toContain('\n\n</details>');
    // The findings tables list only active findings.
    expect(md.slice(0, md.indexOf('Waived (3)'))).not.toContain(inline.id);
  });

  it('pass when only suppressed findings are left', () => {
    const md = renderMarkdown(quiet(), sampleRules);
    expect(md).toMatch(/^## ✅ Passes: no active security-group findings\n\nNothing blocks at fail-on `high` · no active findings · 3 waived\./);
    expect(md).not.toContain('### Blocking');
    expect(md).not.toContain('Why these rules matter');
    expect(md).toContain('<summary><strong>Waived (3)</strong></summary>');
  });

  it('escape the reason, which a pull request author writes', () => {
    const row = renderMarkdown(makeReport([hostile]), sampleRules).split('\n').find((l) => l.includes('NAT instance')) ?? '';
    expect(row).toContain('NAT instance \\| see \\[docs\\]');
    expect(row).not.toContain('<b>');
    expect(row).not.toMatch(/(^|[^\u200d])@org/);
    // Four cells, so it fits the conversation column: pipes in the reason are escaped.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('are cut before active findings when the comment is too long', () => {
    const many = manyFindings(400).map((f, i) => (i % 2 === 0 ? { ...f, suppression: { kind: 'exception' as const, reason: 'r'.repeat(150), expires: null, source: '.github/sg-guard.yml' } } : f));
    const md = renderMarkdown(makeReport(many), sampleRules);
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    expect(md).toMatch(/\*\*… \d+ more waived findings? not shown; see the JSON report\.\*\*/);
    expect(md).toContain('<strong>Waived (200)</strong>');
  });
});
