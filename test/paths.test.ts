import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../src/paths.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-paths-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }
  return dir;
}

describe('resolvePaths', () => {
  const dir = tree([
    'live/staging/plan.json',
    'live/prod/plan.json',
    'live/dev/plan.json',
    'live/dev/.terraform/modules/plan.json',
    'node_modules/x/live/a/plan.json',
    'odd/plan[1].json',
  ]);
  const at = (p: string): string => join(dir, p).replace(/\\/g, '/');

  it('expands a glob to its matches in path order, and keeps plain paths, - and duplicates out', async () => {
    const r = await resolvePaths([at('live/*/plan.json'), '-', at('live/prod/plan.json'), at('missing.json')], { what: 'input plan' });
    expect(r.paths).toEqual([at('live/dev/plan.json'), at('live/prod/plan.json'), at('live/staging/plan.json'), '-', at('missing.json')]);
  });

  it('never looks into .terraform or node_modules', async () => {
    const r = await resolvePaths([at('**/plan.json')], { what: 'input plan' });
    expect(r.paths).toEqual([at('live/dev/plan.json'), at('live/prod/plan.json'), at('live/staging/plan.json')]);
  });

  it('takes an existing file whose name has glob characters as itself', async () => {
    expect((await resolvePaths([at('odd/plan[1].json')], { what: 'x' })).paths).toEqual([at('odd/plan[1].json')]);
  });

  it('a glob that matches nothing: an error, or collected for the caller', async () => {
    await expect(resolvePaths([at('live/*/state.json')], { what: 'input plan' })).rejects.toThrow(`input plan: "${at('live/*/state.json')}" matches no file`);
    const r = await resolvePaths([at('live/*/state.json'), at('live/prod/plan.json')], { what: 'input report-file', noMatch: 'collect' });
    expect(r).toEqual({ paths: [at('live/prod/plan.json')], unmatched: [at('live/*/state.json')] });
  });
});
