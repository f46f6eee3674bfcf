import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import { isTerraformFile } from '../../src/source/files.js';
import { WASM_ASSETS } from '../../src/source/hcl.js';
import { isLocalSource, loadSources, locateFindings, type LocateTarget } from '../../src/source/index.js';
import { REPO } from './run.js';

const TMP = mkdtempSync(join(tmpdir(), 'sg-guard-source-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let n = 0;
/** A fresh project directory holding `files` (path → text or bytes). */
function project(files: Record<string, string | Uint8Array>): string {
  const dir = join(TMP, `p${n++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const SG = (name: string) => `resource "aws_security_group" "${name}" {\n  name = "${name}"\n}\n`;

function target(resource: string): LocateTarget {
  return { resource, path: '', direction: null, protocol: null, fromPort: null, toPort: null, peer: null, peerKind: null };
}

describe('loadSources', () => {
  it('never throws for a root that is not there', async () => {
    const index = await loadSources(join(TMP, 'nope'), undefined, TMP);
    expect(index.unreadable).toEqual([{ file: 'nope', reason: 'cannot read the directory: no such file or directory' }]);
    expect(index.locate(target('aws_security_group.a'))).toBeNull();
    const file = join(TMP, 'plain-file');
    writeFileSync(file, 'x');
    expect((await loadSources(file, undefined, TMP)).unreadable).toEqual([{ file: 'plain-file', reason: 'cannot read the directory: not a directory' }]);
    const empty = project({ 'README.md': '# no terraform' });
    expect((await loadSources(empty, undefined, empty)).unreadable).toEqual([{ file: '.', reason: 'no Terraform files in the directory' }]);
  });

  it('lists files it cannot read or parse, and reads the others', async () => {
    const dir = project({
      'a.tf': SG('a'),
      'bad.tf': 'resource "aws_security_group" "b" {\n',
      'latin1.tf': Uint8Array.from([0x23, 0x20, 0xe9, 0x0a]),
      'bad.tf.json': '{"resource": {',
      'bom.tf': `\uFEFF${SG('c')}`,
    });
    const index = await loadSources(dir, undefined, dir);
    expect(index.unreadable).toEqual([
      { file: 'bad.tf', reason: 'HCL syntax error at line 1' },
      { file: 'bad.tf.json', reason: expect.stringMatching(/^invalid JSON: /) },
      { file: 'latin1.tf', reason: 'not valid UTF-8' },
    ]);
    expect(index.locate(target('aws_security_group.a'))?.location).toEqual({ file: 'a.tf', line: 1, endLine: 3 });
    expect(index.locate(target('aws_security_group.b'))).toBeNull();
    expect(index.locate(target('aws_security_group.c'))?.location).toEqual({ file: 'bom.tf', line: 1, endLine: 3 });
  });

  it('reads only the files Terraform reads, override files last', async () => {
    expect(['main.tf', 'x.tf.json', '.hidden.tf', '#main.tf#', 'main.tf~', 'main.tfvars', 'main.tf.bak'].filter(isTerraformFile)).toEqual(['main.tf', 'x.tf.json']);
    const dir = project({ 'override.tf': SG('a'), 'z.tf': SG('a'), '.a.tf': 'not hcl {', 'sub/inner.tf': SG('inner') });
    const index = await loadSources(dir, undefined, dir);
    expect(index.unreadable).toEqual([]);
    expect(index.locate(target('aws_security_group.a'))?.location.file).toBe('z.tf');
    // Subdirectories are not part of the module.
    expect(index.locate(target('aws_security_group.inner'))).toBeNull();
  });

  it('follows module blocks when the plan has no configuration (a state file)', async () => {
    const dir = project({
      'main.tf': 'module "net" {\n  source = "./net"\n}\nmodule "far" {\n  source = "app.terraform.io/org/far/aws"\n}\n',
      'net/main.tf': 'module "inner" {\n  source = "../inner"\n}\n',
      'inner/main.tf': `\n${SG('deep')}`,
    });
    const index = await loadSources(dir, undefined, dir);
    expect(index.locate(target('module.net.module.inner.aws_security_group.deep'))?.location).toEqual({ file: 'inner/main.tf', line: 2, endLine: 4 });
    expect(index.locate(target('module.far.aws_security_group.x'))).toMatchObject({ kind: 'module-call', location: { file: 'main.tf', line: 4, endLine: 6 }, valueLine: 5 });
    expect(index.locate(target('module.unknown.aws_security_group.x'))).toBeNull();
  });

  it('prefers the plan configuration for module sources', async () => {
    const dir = project({ 'main.tf': 'module "m" {\n  source = var.not_allowed_but_written\n}\n', 'm/main.tf': SG('a') });
    const index = await loadSources(dir, { module_calls: { m: { source: './m', module: {} } } }, dir);
    expect(index.locate(target('module.m.aws_security_group.a'))?.location).toEqual({ file: 'm/main.tf', line: 1, endLine: 3 });
    // A module the configuration knows but whose block is not found still resolves.
    const bare = project({ 'main.tf': '# calls nothing itself\n', 'm/main.tf': SG('b') });
    const again = await loadSources(bare, { module_calls: { m: { source: './m' } } }, bare);
    expect(again.modules.find((m) => m.path === 'module.m')).toMatchObject({ kind: 'local', dir: 'm', call: null });
    expect(again.locate(target('module.m.aws_security_group.b'))?.location.file).toBe('m/main.tf');
  });

  it('stops at a module that calls itself', async () => {
    const dir = project({ 'main.tf': `module "loop" {\n  source = "./"\n}\n${SG('a')}` });
    const index = await loadSources(dir, undefined, dir);
    expect(index.modules.map((m) => [m.path, m.kind])).toEqual([
      ['', 'local'],
      ['module.loop', 'missing'],
    ]);
    expect(index.locate(target('module.loop.aws_security_group.a'))).toMatchObject({ kind: 'module-call' });
  });

  it('makes paths relative to the repository root with forward slashes, the current directory by default', async () => {
    const root = join(REPO, 'fixtures', 'projects', 'inline');
    const fromCwd = relative(process.cwd(), root).split(sep).join('/');
    const index = await loadSources(root, undefined);
    expect(index.root).toBe(fromCwd);
    expect(index.locate(target('aws_security_group.fail_dup'))?.location.file).toBe(`${fromCwd}/main.tf`);
    const up = await loadSources(join(REPO, 'fixtures', 'projects', 'inline'), undefined, join(REPO, 'test'));
    expect(up.locate(target('aws_security_group.fail_dup'))?.location.file).toBe('../fixtures/projects/inline/main.tf');
  });

  it('treats only ./ and ../ sources as local', () => {
    expect(['./a', '../b', '.\\c', '..\\d'].every(isLocalSource)).toBe(true);
    expect(['a/b/aws', 'git::https://x/y.git', 'github.com/a/b', '/abs/path', 's3::https://b/k.zip', '.', 'registry.terraform.io/a/b/c'].some(isLocalSource)).toBe(false);
  });
});

describe('locateFindings', () => {
  const finding = (resource: string, plan: string, location: Finding['location'] = null): Finding => ({
    id: resource, rule: 'no-public-ssh', severity: 'critical', title: 't', message: 'm', messageId: 'open', plan,
    securityGroup: resource, resource, resourceType: 'aws_security_group', path: '', direction: null, protocol: null,
    fromPort: null, toPort: null, peer: null, peerKind: null, location, suppression: null, change: 'added',
  });

  it('fills locations of one plan, keeps the rest, and leaves the input alone', async () => {
    const dir = project({ 'main.tf': `${SG('a')}${SG('b')}` });
    const index = await loadSources(dir, undefined, dir);
    const kept = { file: 'other.tf', line: 9, endLine: 9 };
    const input = [finding('aws_security_group.a', 'p.json'), finding('aws_security_group.b', 'q.json'), finding('aws_security_group.b', 'p.json', kept), finding('aws_security_group.zz', 'p.json')];
    const copy = structuredClone(input);
    const out = locateFindings(input, index, 'p.json');
    expect(input).toEqual(copy);
    expect(out.map((f) => f.location)).toEqual([{ file: 'main.tf', line: 1, endLine: 3 }, null, kept, null]);
    expect(locateFindings(input, index).map((f) => f.location?.line ?? null)).toEqual([1, 4, 9, null]);
  });
});

describe('the bundle', () => {
  it('copies every wasm file the parser reads into dist/', () => {
    const build = readFileSync(join(REPO, 'scripts', 'build.mjs'), 'utf8');
    for (const asset of Object.values(WASM_ASSETS)) expect(build).toContain(`'${asset.file}': '${asset.specifier}'`);
  });
});
