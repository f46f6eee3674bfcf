import { describe, expect, it } from 'vitest';
import { customRule } from '../../src/config/custom-rules.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { makeReport, sampleFindings } from './sample-report.js';

const kafka = customRule({ name: 'no-public-kafka', severity: 'high', title: 'Kafka open to the internet', ports: [9092], protocol: 'tcp', direction: 'ingress', peer: 'internet', source: '.github/sg-guard.yml' });
const finding = { ...sampleFindings[0]!, id: 'kafka0000001', rule: 'no-public-kafka', severity: 'high' as const, title: kafka.meta.title };

describe('custom rules in reports', () => {
  it('are named without a link to a documentation page that does not exist', () => {
    const md = renderMarkdown(makeReport([finding]), [kafka.meta]);
    expect(md).toContain('| 🟠 no-public-kafka<br>`kafka0000001` |');
    expect(md).not.toContain('docs/rules/no-public-kafka.md');
    expect(md).toContain('Kafka open to the internet');
  });

  it('get a SARIF descriptor with their help but no helpUri', () => {
    const run = JSON.parse(renderSarif(makeReport([finding]), [kafka.meta])).runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'no-public-kafka');
    expect(rule.shortDescription.text).toBe('Kafka open to the internet');
    expect(rule).not.toHaveProperty('helpUri');
    expect(rule.help.text).toContain('.github/sg-guard.yml');
  });
});
