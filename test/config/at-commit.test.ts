import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileAtCommit } from '../../src/config/at-commit.js';
import { commitAll } from '../support/git.js';

function repo(): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-git-'));
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'infra'));
  writeFileSync(join(dir, '.github/sg-guard.yml'), 'fail-on: critical\n');
  writeFileSync(join(dir, 'infra/sg-guard.yml'), 'fail-on: low\n');
  const base = commitAll(dir, 'base');
  writeFileSync(join(dir, '.github/sg-guard.yml'), 'fail-on: never\n');
  commitAll(dir, 'head');
  return { dir, base };
}

describe('readFileAtCommit', () => {
  it('reads the file as the base commit has it, not as the checkout has it', async () => {
    const { dir, base } = repo();
    expect(await readFileAtCommit(dir, base, '.github/sg-guard.yml')).toBe('fail-on: critical\n');
  });

  it('takes the path relative to the working directory, as the config input is given', async () => {
    const { dir, base } = repo();
    expect(await readFileAtCommit(join(dir, 'infra'), base, 'sg-guard.yml')).toBe('fail-on: low\n');
    expect(await readFileAtCommit(join(dir, 'infra'), base, '../.github/sg-guard.yml')).toBe('fail-on: critical\n');
  });

  it('gives null for a file the commit does not have (the defaults apply), and refuses a directory', async () => {
    const { dir, base } = repo();
    expect(await readFileAtCommit(dir, base, 'no/such.yml')).toBeNull();
    await expect(readFileAtCommit(dir, base, '.github')).rejects.toThrow(/^\.github at [0-9a-f]{12}: is a tree, not a file$/);
  });

  it('refuses what is not a commit SHA before running git', async () => {
    const { dir } = repo();
    await expect(readFileAtCommit(dir, 'HEAD; rm -rf /', '.github/sg-guard.yml')).rejects.toThrow(/is not a commit SHA/);
  });
});
