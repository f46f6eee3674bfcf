import { describe, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { expectGolden } from './golden.js';
import { makeReport, sampleFindings, samplePolicy, sampleRules, suppressedFindings, waiverFindings } from './sample-report.js';

// The real output for the sample report, so a reviewer sees what users get.
describe('golden files', () => {
  const report = makeReport();

  it('text', () => expectGolden('report.txt', renderText(report, { color: false })));
  it('json', () => expectGolden('report.json', renderJson(report)));
  it('sarif', () => expectGolden('report.sarif', renderSarif(report, sampleRules)));
  it('markdown', () => expectGolden('report.md', renderMarkdown(report, sampleRules)));

  // The same findings and three suppressed ones, listed apart in every format.
  const withSuppressed = makeReport([...sampleFindings, ...suppressedFindings]);
  it('text with suppressed findings', () => expectGolden('suppressed.txt', renderText(withSuppressed, { color: false })));
  it('json with suppressed findings', () => expectGolden('suppressed.json', renderJson(withSuppressed)));
  it('sarif with suppressed findings', () => expectGolden('suppressed.sarif', renderSarif(withSuppressed, sampleRules)));
  it('markdown with suppressed findings', () => expectGolden('suppressed.md', renderMarkdown(withSuppressed, sampleRules)));

  // Every kind of waiver, a waiver request (its reason hostile) and a policy read from the base branch with a pending change.
  const withWaivers = { ...makeReport([...sampleFindings, ...suppressedFindings, ...waiverFindings]), policy: samplePolicy };
  it('text with every kind of waiver', () => expectGolden('waivers.txt', renderText(withWaivers, { color: false })));
  it('json with every kind of waiver and the policy', () => expectGolden('waivers.json', renderJson(withWaivers)));
  it('sarif with every kind of waiver', () => expectGolden('waivers.sarif', renderSarif(withWaivers, sampleRules)));
  it('markdown with every kind of waiver and the policy', () => expectGolden('waivers.md', renderMarkdown(withWaivers, sampleRules, { inlineIgnores: 'review' })));
});
