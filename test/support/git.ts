/**
 * Real git repositories for checkouts in tests: the Action reads the policy
 * from the pull request's base commit with git, as it does on a runner after
 * actions/checkout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const IDENTITY = ['-c', 'user.name=sg-guard tests', '-c', 'user.email=tests@sg-guard.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

function git(cwd: string, args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function isRepository(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

/** Commits everything in `dir` (a repository is made first if there is none); returns the commit's SHA. */
export function commitAll(dir: string, message: string): string {
  if (!isRepository(dir)) git(dir, ['init', '--quiet']);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}
