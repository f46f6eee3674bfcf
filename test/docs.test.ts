/** docs/json-report.md's example must keep the report's key order: a reader learns the contract from it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../src/report/json.js';
import type { Report } from '../src/findings/types.js';
import { ROOT } from './support/run-cli.js';

describe('docs/json-report.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'json-report.md'), 'utf8');
  const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '{}') as Report;

  it('shows a report whose keys are in the order sg-guard writes them', () => {
    const keys = (o: object): string[] => Object.keys(o);
    const written = JSON.parse(renderJson(example)) as Report;
    expect(keys(example)).toEqual(keys(written));
    expect(keys(example.plans[0] ?? {})).toEqual(keys(written.plans[0] ?? {}));
    for (const [i, f] of example.findings.entries()) expect(keys(f)).toEqual(keys(written.findings[i] ?? {}));
    expect(keys(example.summary)).toEqual(keys(written.summary));
  });

  it('documents every field the example has', () => {
    for (const key of [...Object.keys(example), ...Object.keys(example.plans[0] ?? {}), ...Object.keys(example.findings[0] ?? {})]) {
      expect(doc, key).toContain(`\`${key}\``);
    }
  });
});
