import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../src/inputs.js';

const set: string[] = [];
function inputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) {
    const name = `INPUT_${k.toUpperCase()}`;
    process.env[name] = v;
    set.push(name);
  }
}
afterEach(() => {
  for (const name of set.splice(0)) delete process.env[name];
});

describe('the report-file input', () => {
  it('takes several paths or globs, one per line, in mode publish', () => {
    inputs({ mode: 'publish', 'report-file': 'reports/*/sg-guard-report.json\n\n  reports/ops/sg-guard-report.json  \n' });
    const read = readInputs('pull_request');
    expect(read.reportFiles).toEqual(['reports/*/sg-guard-report.json', 'reports/ops/sg-guard-report.json']);
    expect(read.reportFile).toBe('reports/*/sg-guard-report.json\nreports/ops/sg-guard-report.json');
  });

  it('one path in the other modes, where it is written', () => {
    inputs({ mode: 'analyze', plan: 'live/*/plan.json', 'report-file': 'a.json\nb.json' });
    expect(() => readInputs('pull_request')).toThrow('input report-file: takes one path in mode analyze (several paths or globs, one per line, only in mode publish)');
  });

  it('defaults to sg-guard-report.json', () => {
    inputs({ mode: 'publish' });
    expect(readInputs('workflow_run')).toMatchObject({ reportFile: 'sg-guard-report.json', reportFiles: ['sg-guard-report.json'] });
  });
});
