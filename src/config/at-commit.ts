/**
 * Reads a file as it is in a given commit of the checkout, with git: the
 * policy in force on a pull request is the base branch's, not what the pull
 * request writes in its own checkout.
 *
 * git rather than the contents API: it needs no token scope and no request,
 * it reads exactly the commit the event names, and it works after
 * actions/checkout's default shallow clone (depth 1), where the base commit is
 * fetched alone (`git fetch --depth=1 origin <sha>`) when it is not there.
 * Nothing here goes through a shell: git gets its arguments as a list, and the
 * commit is a validated hexadecimal SHA.
 */
import { execFile } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../plan/types.js';

/** A config file is small: anything larger is not one (and is not read into memory). */
const MAX_OUTPUT = 4 * 1024 * 1024;
/** A fetch of one commit over the network, at most (ms). */
const FETCH_TIMEOUT = 120_000;

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[], timeout = 30_000): Promise<GitResult> {
  return new Promise((done) => {
    execFile('git', args, { cwd, timeout, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0;
      done({ code, stdout, stderr: stderr || (err && code === -1 ? err.message : '') });
    });
  });
}

function firstLine(text: string): string {
  return (text.trim().split('\n')[0] ?? '').slice(0, 300);
}

/** A SHA-1 or SHA-256 commit id, as GitHub sends them. */
function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

/**
 * `file` (relative to `cwd`, a directory of the checkout, as the `config`
 * input is given) as it is in commit `sha`; null when the commit has no such
 * file. Fetches the commit when the checkout lacks it. Throws InputError,
 * naming the file and the commit, when it cannot be read.
 */
export async function readFileAtCommit(cwd: string, sha: string, file: string): Promise<string | null> {
  const where = `${file} at ${sha.slice(0, 12)}`;
  if (!isCommitSha(sha)) throw new InputError(file, `cannot read the base commit's policy: "${sha}" is not a commit SHA`);
  const path = relative(resolve(cwd), resolve(cwd, file));
  if (path === '' || isAbsolute(path)) throw new InputError(file, 'is not a file path in the checkout, so the base commit\'s version cannot be read');
  // git reads `<rev>:./path` (and `<rev>:../path`) relative to the directory it runs in.
  const relativePath = path.split(sep).join('/');
  const spec = `${sha}:${relativePath.startsWith('../') ? relativePath : `./${relativePath}`}`;
  const have = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
  if (have.code !== 0) {
    if (have.code === -1 && /ENOENT/.test(have.stderr)) throw new InputError(where, 'cannot be read: git is not installed on the runner (or set config-source: head)');
    const fetched = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], FETCH_TIMEOUT);
    if (fetched.code !== 0) {
      throw new InputError(where, `cannot be read: the base commit is not in the checkout and git fetch failed (${firstLine(fetched.stderr) || `exit ${fetched.code}`})`);
    }
  }
  const type = await git(cwd, ['cat-file', '-t', spec]);
  if (type.code !== 0) return null;
  if (type.stdout.trim() !== 'blob') throw new InputError(where, `is a ${type.stdout.trim()}, not a file`);
  const shown = await git(cwd, ['cat-file', 'blob', spec]);
  if (shown.code !== 0) throw new InputError(where, `cannot be read: ${firstLine(shown.stderr) || `git exit ${shown.code}`}`);
  return shown.stdout;
}
