/**
 * The README must stay true: its quick start is two commands, and the sample
 * output it shows is what the first one prints today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 5));

describe('README', () => {
  it('quick start is exactly two commands: the example check and the tests', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['node dist/cli.js check fixtures/example/plan.json', 'npm ci && npm test']);
  });

  it('shows the output the example check really prints', () => {
    const shown = /```text\n([\s\S]*?)```/.exec(quickStart)?.[1];
    const r = runCli(['check', 'fixtures/example/plan.json']);
    expect(r.status).toBe(1);
    expect(shown).toBe(r.stdout);
  });

  it('names the test command that CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.test).toContain('scripts/test.mjs');
  });
});
