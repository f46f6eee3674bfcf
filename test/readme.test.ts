/**
 * The README must stay true: its quick start is two commands, and the output
 * it shows is what the CLI prints today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ROOT, runCli } from './support/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 5));
const textBlocks = [...quickStart.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README', () => {
  it('quick start is exactly two commands: the example review and the tests', async () => {
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['node dist/cli.js review fixtures/example/plan.json --diff fixtures/projects/pr/example.diff', 'npm ci && npm test']);
  });

  it('shows how the review output really begins', async () => {
    const r = await runCli(['review', 'fixtures/example/plan.json', '--diff', 'fixtures/projects/pr/example.diff']);
    expect(r.status).toBe(1);
    const shown = (textBlocks[0] ?? '').replace(/\.\.\.\n$/, '');
    expect(shown.length).toBeGreaterThan(200);
    expect(r.stdout.startsWith(shown)).toBe(true);
  });

  it('shows the check output the CLI really prints', async () => {
    const r = await runCli(['check', 'fixtures/example/plan.json']);
    expect(r.status).toBe(1);
    expect(textBlocks[1]).toBe(r.stdout);
  });

  it('lists every rule in its table', async () => {
    for (const rule of RULES) expect(readme).toContain(`| [${rule.meta.name}](docs/rules/${rule.meta.name}.md) | ${rule.meta.severity} |`);
  });

  it('names the test command that CI runs', async () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.test).toContain('scripts/test.mjs');
  });
});
