/**
 * The changed files a `roots` run starts from: what git says changed since a
 * ref (the merge base of the ref and HEAD, as a pull request's diff), or a
 * list given in a file or on stdin. Git gets its arguments as a list, never
 * through a shell.
 */
import { execFile } from 'node:child_process';
import { InputError } from '../plan/types.js';

/** A list of changed files longer than this is not a pull request's. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** Paths changed between the merge base of `ref` and HEAD, relative to `dir` (files outside it are left out). */
export function changedSince(dir: string, ref: string): Promise<string[]> {
  if (ref.startsWith('-') || /[\s\0]/.test(ref)) return Promise.reject(new InputError('--changed-from', `"${ref}" is not a git revision`));
  return new Promise((done, fail) => {
    execFile(
      'git',
      ['diff', '--name-only', '--no-renames', '--relative', '-z', `${ref}...HEAD`, '--'],
      { cwd: dir, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout, stderr) => {
        if (err) {
          const why = (stderr || err.message).trim().split('\n')[0] ?? '';
          fail(new InputError('--changed-from', `git cannot compare ${ref} with HEAD in ${dir} (${why}); with actions/checkout, fetch the history (fetch-depth: 0) or the base branch first`));
          return;
        }
        done(stdout.split('\0').filter((p) => p !== ''));
      },
    );
  });
}

/** One path per line (blank lines and surrounding spaces ignored), as --files takes them. */
export function changedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
