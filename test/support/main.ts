/**
 * Runs the CLI in-process: `main(argv, io)` from src/cli/main.ts with an io
 * that captures stdout and stderr, as a user would see them.
 */
import { main, type Io } from '../../src/cli/main.js';

export interface MainResult {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runMain(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<MainResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, env };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** One line on stderr that names `file`, no stack, no "internal error". */
export function oneLineError(r: MainResult): boolean {
  return r.status === 2 && /^[^\n]+\n$/.test(r.stderr) && !r.stderr.includes('internal error') && !/\n\s+at /.test(r.stderr);
}
