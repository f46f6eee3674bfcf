/** `sg-guard roots`: which Terraform roots a change affects, following local modules. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll } from '../support/git.js';
import { runCli } from '../support/run-cli.js';

const module = (name: string, source: string): string => `module "${name}" {\n  source = "${source}"\n}\n`;
const group = 'resource "aws_security_group" "x" {\n  name = "x"\n}\n';

/** A monorepo: two environments sharing a module that calls another; a standalone root; two modules calling each other. */
function monorepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-roots-'));
  const files: Record<string, string> = {
    'live/dev/main.tf': module('sg', '../../modules/sg'),
    'live/dev/terraform.tfvars': 'env = "dev"\n',
    'live/prod/main.tf': module('sg', '../../modules/sg'),
    'live/prod/.terraform.lock.hcl': '# lock\n',
    'modules/sg/main.tf': module('rules', '../rules') + group,
    'modules/rules/main.tf': group,
    'other/main.tf.json': JSON.stringify({ resource: { aws_security_group: { y: { name: 'y' } } } }),
    'loop/main.tf': module('a', '../modules/a'),
    'modules/a/main.tf': module('b', '../b'),
    'modules/b/main.tf': module('a', '../a'),
    'README.md': '# infra\n',
    '.terraform/modules/x/main.tf': group,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function roots(dir: string, changed: string[], extra: string[] = []) {
  return runCli(['roots', '--files', '-', '--root', dir, ...extra], { input: changed.join('\n') });
}

describe('sg-guard roots', () => {
  it('a change to a module selects every root that calls it, directly or through other modules', async () => {
    const dir = monorepo();
    const r = await roots(dir, ['modules/rules/main.tf']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('live/dev\nlive/prod\n');
  });

  it('tfvars, the lock file and terragrunt.hcl select their own directory; other files select nothing', async () => {
    const dir = monorepo();
    expect((await roots(dir, ['live/dev/terraform.tfvars'])).stdout).toBe('live/dev\n');
    expect((await roots(dir, ['live/prod/.terraform.lock.hcl', 'other/main.tf.json'])).stdout).toBe('live/prod\nother\n');
    const none = await roots(dir, ['README.md', 'live/dev/notes.md']);
    expect(none).toEqual({ status: 0, stdout: '', stderr: '' });
    expect((await roots(dir, ['README.md'], ['--format', 'json'])).stdout).toBe('[]\n');
  });

  it('prints JSON a workflow can feed to strategy.matrix', async () => {
    const dir = monorepo();
    expect(JSON.parse((await roots(dir, ['modules/sg/main.tf', 'other/main.tf.json'], ['--format', 'json'])).stdout)).toEqual(['live/dev', 'live/prod', 'other']);
  });

  it('modules that call each other in a loop: each directory is visited once and the root that uses them is found', async () => {
    const dir = monorepo();
    expect((await roots(dir, ['modules/b/main.tf'])).stdout).toBe('loop\n');
  });

  it('--roots names the roots instead of the rule (directories nothing calls)', async () => {
    const dir = monorepo();
    expect((await roots(dir, ['modules/rules/main.tf'])).stdout).not.toContain('modules/');
    expect((await roots(dir, ['modules/rules/main.tf'], ['--roots', 'live/dev'])).stdout).toBe('live/dev\n');
  });

  it('--changed-from asks git what changed since the merge base with a ref', async () => {
    const dir = monorepo();
    const base = commitAll(dir, 'base');
    writeFileSync(join(dir, 'modules/rules/main.tf'), `${group}# changed\n`);
    commitAll(dir, 'change the rules module');
    const r = await runCli(['roots', '--changed-from', base, '--root', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('live/dev\nlive/prod\n');
  });

  it('refuses what it cannot do in one line, exit 2', async () => {
    const dir = monorepo();
    const both = await runCli(['roots', '--files', 'x', '--changed-from', 'main', '--root', dir]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^sg-guard: roots needs one of --changed-from REF or --files FILE\n/);
    const missing = await runCli(['roots', '--files', join(dir, 'no-such-list'), '--root', dir]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const noGit = await runCli(['roots', '--changed-from', 'main', '--root', dir]);
    expect(noGit.status).toBe(2);
    expect(noGit.stderr).toMatch(/^sg-guard: error: --changed-from: git cannot compare main with HEAD/);
    expect((await runCli(['roots', '--changed-from=--upload-pack=x', '--root', dir])).stderr).toMatch(/is not a git revision/);
  });
});
