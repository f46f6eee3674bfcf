import { describe, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { expectGolden } from './golden.js';
import { makeReport, sampleRules } from './sample-report.js';

// The real output for the sample report, so a reviewer sees what users get.
describe('golden files', () => {
  const report = makeReport();

  it('text', () => expectGolden('report.txt', renderText(report, { color: false })));
  it('json', () => expectGolden('report.json', renderJson(report)));
  it('sarif', () => expectGolden('report.sarif', renderSarif(report, sampleRules)));
  it('markdown', () => expectGolden('report.md', renderMarkdown(report, sampleRules)));
});
