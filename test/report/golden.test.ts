import { describe, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { expectGolden } from './golden.js';
import { makeReport, sampleFindings, sampleRules, suppressedFindings } from './sample-report.js';

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
});
