/** action.yml is the Action's contract with workflows: every input is read, every output set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEVERITIES } from '../../src/findings/types.js';
import { ROOT } from '../support/run-cli.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const inputsTs = readFileSync(join(ROOT, 'src', 'inputs.ts'), 'utf8');
const src = ['main.ts', 'github/command.ts'].map((f) => readFileSync(join(ROOT, 'src', f), 'utf8')).join('\n');

describe('action.yml', () => {
  it('runs the committed bundle on node24 and says what it is', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('sg-guard');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon && action.branding.color).toBeTruthy();
  });

  it('describes every input, and src/inputs.ts reads each of them', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(inputsTs, `${name} is never read`).toContain(`'${name}'`);
    }
  });

  it('describes every output, and the Action sets each of them', () => {
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description, name).toBeTruthy();
      if ((SEVERITIES as readonly string[]).includes(name)) {
        // The counts are set in one loop over every severity.
        expect(src).toMatch(/for \(const severity of SEVERITIES\)|for \(const severity of \['critical', 'high', 'medium', 'low', 'info'\]/);
        expect(src).toContain('setOutput(severity');
      } else {
        expect(src, `${name} is never set`).toContain(`setOutput('${name}'`);
      }
    }
  });
});
