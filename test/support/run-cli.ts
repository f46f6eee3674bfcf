import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { exclusive, inDirectory } from './in-process.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI of src/ in this process (`main(argv, io)`), as `sg-guard ARGS`
 * run in `cwd` (default: the repository root) with `input` on stdin and `env`
 * as its environment: what a user would see on stdout and stderr, and the exit
 * status. No build is involved, so a test can never pass on a stale dist/.
 */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return exclusive(() =>
    inDirectory(options.cwd ?? ROOT, async () => {
      let stdout = '';
      let stderr = '';
      const input = options.input ?? '';
      const status = await main(args, {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        isTty: false,
        env: { PATH: process.env.PATH, ...options.env },
        stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
      });
      return { status, stdout, stderr };
    }),
  );
}

/** Runs the built CLI as a user would: a child process of `node dist/cli.js` (the smoke tests of the bundle). */
export function runBuiltCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { PATH: process.env.PATH, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
