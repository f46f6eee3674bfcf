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

describe('the expect-roots input', () => {
  it('takes roots and globs one per line, or the JSON array sg-guard roots prints; ./ and a trailing / are dropped', () => {
    inputs({ mode: 'publish', 'expect-roots': 'live/prod\n\n  ./live/dev/  \nlive/eu-*\n' });
    expect(readInputs('pull_request').expectRoots).toEqual(['live/prod', 'live/dev', 'live/eu-*']);
    inputs({ 'expect-roots': '["live/dev","live/prod"]' });
    expect(readInputs('pull_request').expectRoots).toEqual(['live/dev', 'live/prod']);
    // An empty matrix: given, and no root is expected.
    inputs({ 'expect-roots': '[]' });
    expect(readInputs('pull_request').expectRoots).toEqual([]);
    inputs({ 'expect-roots': '' });
    expect(readInputs('pull_request').expectRoots).toBeUndefined();
  });

  it('refuses what is no directory inside the repository, and any mode but publish, in one line', () => {
    inputs({ mode: 'publish', 'expect-roots': 'live/prod\n../other' });
    expect(() => readInputs('pull_request')).toThrow('input expect-roots: "../other" is not a directory relative to the repository root (such as live/prod or live/*)');
    inputs({ 'expect-roots': '/abs/live' });
    expect(() => readInputs('pull_request')).toThrow('input expect-roots: "/abs/live" is not a directory');
    inputs({ 'expect-roots': '["live/dev", 3]' });
    expect(() => readInputs('pull_request')).toThrow('input expect-roots: entry 2 is 3, not a directory');
    inputs({ 'expect-roots': '["live/dev",' });
    expect(() => readInputs('pull_request')).toThrow(/^input expect-roots: starts with "\[" but is not a JSON array: /);
    inputs({ mode: 'analyze', plan: 'live/dev/plan.json', 'expect-roots': 'live/dev' });
    expect(() => readInputs('pull_request')).toThrow('input expect-roots: is read only in mode publish (this is mode analyze)');
  });
});
