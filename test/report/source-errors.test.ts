import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { MAX_SOURCE_ERRORS, renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/findings/types.js';
import { makeReport, sampleRules } from './sample-report.js';

function withSourceErrors(errors: Array<{ file: string; reason: string }>, findings?: Report['findings']): Report {
  const report = makeReport(findings);
  (report.plans[0] as Report['plans'][number]).sourceErrors = errors;
  return report;
}

const broken = { file: 'infra/prod/broken.tf', reason: 'HCL syntax error at line 3, column 1' };

describe('source files that could not be read', () => {
  it('are listed in the JSON report under their plan', () => {
    const plans = JSON.parse(renderJson(withSourceErrors([broken]))).plans;
    expect(plans[0].sourceErrors).toEqual([broken]);
    expect(plans[1].sourceErrors).toEqual([]);
  });

  it('are noted after the text summary, with or without findings', () => {
    expect(renderText(withSourceErrors([broken]), { color: false })).toMatch(/blocking at fail-on high: 5 findings\nnote: could not read infra\/prod\/broken\.tf: HCL syntax error at line 3, column 1\n$/);
    expect(renderText(withSourceErrors([broken], []), { color: false })).toBe('No security-group findings in 2 plans.\nnote: could not read infra/prod/broken.tf: HCL syntax error at line 3, column 1\n');
  });

  it('are quoted in the Markdown comment, escaped and capped', () => {
    const hostile = { file: 'infra/<img src=x>.tf', reason: 'bad `tick` and @org/team' };
    const md = renderMarkdown(withSourceErrors([broken, hostile], []), sampleRules);
    expect(md).toContain('> **Could not read 2 source files**; findings there are shown without a line:');
    expect(md).toContain('> - `infra/prod/broken.tf`: HCL syntax error at line 3, column 1');
    // The file name stays inside a code span, where GitHub renders no HTML; the reason is escaped.
    expect(md).toContain('> - `infra/<img src=x>.tf`: ');
    const reasonLine = md.split('\n').find((l) => l.includes('tick')) ?? '';
    expect(reasonLine).not.toMatch(/ `tick`/);
    expect(reasonLine).not.toMatch(/(^|[^\u200d])@org/);
    const many = Array.from({ length: MAX_SOURCE_ERRORS + 5 }, (_, i) => ({ file: `f${i}.tf`, reason: 'unreadable' }));
    expect(renderMarkdown(withSourceErrors(many), sampleRules)).toContain('> - … and 5 more');
  });
});
