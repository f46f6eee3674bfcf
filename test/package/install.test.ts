/**
 * The npm package as a user gets it: `npm pack`, then `npm install` of the
 * tarball into an empty folder with no network and an empty npm cache, then
 * the `sg-guard` command it installs. In-process tests cannot show this (what
 * is missing from `files`, a runtime dependency the bundle still needs, a bin
 * that does not start), so this test starts processes: npm and the installed
 * command, never dist/ of the repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: object; files: string[]; bin: Record<string, string> };

let dir = '';
let app = '';
let packed: { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> };

/** npm with no network, its own empty cache and no user or global configuration. */
function npm(args: string[], cwd: string): string {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, npm_config_cache: join(dir, 'cache'), npm_config_userconfig: join(dir, 'npmrc'), npm_config_globalconfig: join(dir, 'global-npmrc'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The installed command, run in the user's project folder. */
function sgGuard(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(app, 'node_modules', '.bin', 'sg-guard'), args, { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg-guard-package-'));
  writeFileSync(join(dir, 'npmrc'), '');
  writeFileSync(join(dir, 'global-npmrc'), '');
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as Array<typeof packed>)[0] as typeof packed;
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "infra", "private": true }\n');
  npm(['install', '--offline', '--no-package-lock', join(dir, packed.filename)], app);
  // The user's project: the example Terraform and its plan, where the pull request's diff names them.
  mkdirSync(join(app, 'fixtures', 'example'), { recursive: true });
  for (const file of ['main.tf', 'plan.json']) cpSync(join(ROOT, 'fixtures', 'example', file), join(app, 'fixtures', 'example', file));
  cpSync(join(ROOT, 'fixtures', 'projects', 'pr', 'example.diff'), join(app, 'example.diff'));
}, 10_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the bundle, action.yml, the README, the licence and the rule pages, and nothing else', () => {
    const paths = packed.files.map((f) => f.path).sort();
    const top = [...new Set(paths.map((p) => (p.startsWith('docs/rules/') ? 'docs/rules' : p.split('/')[0])))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'action.yml', 'dist', 'docs/rules', 'package.json']);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/tree-sitter-hcl.wasm', 'dist/web-tree-sitter.wasm']));
    expect(paths.filter((p) => p.startsWith('docs/rules/'))).toHaveLength(readdirSync(join(ROOT, 'docs', 'rules')).length);
    // Under 1 MB to download: the bundle is most of it.
    expect(packed.size).toBeLessThan(1024 * 1024);
  });

  it('installs from the tarball offline as one package: no runtime dependency, no install script', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['sg-guard']);
    expect(statSync(join(app, 'node_modules', '.bin', 'sg-guard')).isFile() || statSync(join(app, 'node_modules', '.bin', 'sg-guard')).isSymbolicLink()).toBe(true);
  });

  it('sg-guard --version names the packed version', () => {
    const r = sgGuard(['--version']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout.trim()).toBe(`sg-guard ${pkg.version}`);
  });

  it('sg-guard check reports the example\'s findings on their .tf lines and exits 1 on blocking findings', () => {
    const r = sgGuard(['check', 'fixtures/example/plan.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/CRITICAL {2}no-public-ssh .*\n\s+fixtures\/example\/main\.tf:183 · aws_security_group\.bastion\.ingress\[0\]/);
    expect(r.stdout).toContain('2 critical, 1 info — blocking at fail-on high: 2 findings');
  });

  it('sg-guard review puts the inline comment on the lines the diff changes', () => {
    const r = sgGuard(['review', 'fixtures/example/plan.json', '--diff', 'example.diff']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('── Inline comment on fixtures/example/main.tf:183 (side RIGHT) · critical · no-public-ssh');
  });

  it('bad input: one line naming the file, exit status 2', () => {
    writeFileSync(join(app, 'plan.txt'), 'Terraform will perform the following actions:\n');
    const r = sgGuard(['check', 'plan.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sg-guard: error: plan\.txt: /)]);
  });
});
