import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { Finding, Report } from '../../src/findings/types.js';
import { makeReport, sampleFindings, sampleRules } from './sample-report.js';

/** The sample with its first finding already there before the plan, its second fixed by it, and exposure changes. */
function changed(): Report {
  const findings: Finding[] = sampleFindings.map((f, i) => ({ ...f, change: i === 0 ? 'unchanged' : i === 1 ? 'removed' : 'added' }));
  const report = makeReport(findings);
  report.plans[0]!.exposureChanges = ['aws_security_group.db: 5432/tcp now reachable from 0.0.0.0/0 (the internet)', 'aws_security_group.web: 22/tcp no longer reachable from <b>@org/team</b>'];
  return report;
}

describe('what the plan changes, in every format', () => {
  const fixed = sampleFindings[1]!;
  const existing = sampleFindings[0]!;

  it('counts fixed findings apart; they never block', () => {
    const r = changed();
    expect(r.summary.removed).toBe(1);
    expect(r.summary.critical).toBe(makeReport().summary.critical - 1);
  });

  it('text leads with the exposure changes and lists fixed findings last', () => {
    const out = renderText(changed(), { color: false });
    expect(out.startsWith('What this plan changes\n  plans/prod.tfplan.json: aws_security_group.db: 5432/tcp now reachable from 0.0.0.0/0 (the internet)\n')).toBe(true);
    const tail = out.slice(out.indexOf('Fixed by this plan (1)'));
    expect(tail).toContain(fixed.message);
    expect(out).toContain('already there before this plan');
    expect(out).toMatch(/1 fixed by this plan — blocking/);
  });

  it('Markdown says what the plan fixes right under the verdict, marks what was already there, and folds the exposure changes', () => {
    const md = renderMarkdown(changed(), sampleRules);
    expect(md).not.toContain('<b>');
    expect(md.indexOf('### Fixed by this plan (1)')).toBeLessThan(md.indexOf('### Blocking'));
    expect(md.indexOf('### Fixed by this plan (1)')).toBeGreaterThan(0);
    expect(md).toContain('<summary>What this plan changes in who reaches whom (2)</summary>');
    expect(md.indexOf('What this plan changes')).toBeGreaterThan(md.indexOf('### Blocking'));
    const existingRow = md.split('\n').find((l) => l.includes(existing.id)) ?? '';
    expect(existingRow).toContain('_already there_');
    const newRow = md.split('\n').find((l) => l.startsWith('| ') && l.includes(sampleFindings[2]!.id)) ?? '';
    expect(newRow).not.toContain('already there');
  });

  it('Markdown folds a network diagram when one is given', () => {
    const md = renderMarkdown(changed(), sampleRules, { diagrams: [{ plan: 'p.json', mermaid: 'flowchart LR\n  internet(("internet"))\n' }] });
    expect(md).toContain('<summary>Network diagram of the groups this plan touches</summary>\n\n```mermaid\nflowchart LR\n');
  });

  it('JSON carries the change of every finding and the exposure changes of every plan', () => {
    const json = JSON.parse(renderJson(changed()));
    expect(json.findings.map((f: Finding) => f.change).slice(0, 3)).toEqual(expect.arrayContaining(['unchanged', 'removed', 'added']));
    expect(json.plans[0].exposureChanges).toHaveLength(2);
    expect(json.summary.removed).toBe(1);
  });

  it('SARIF leaves out what the plan fixes', () => {
    const results = JSON.parse(renderSarif(changed(), sampleRules)).runs[0].results;
    expect(results.some((r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints).includes(fixed.id))).toBe(false);
    expect(results).toHaveLength(sampleFindings.length - 1);
  });
});
