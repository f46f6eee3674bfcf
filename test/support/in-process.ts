/**
 * Runs an entry point of src/ inside the test process, one at a time: the
 * working directory, process.env, stdout and process.exitCode belong to the
 * whole process, so each run has them to itself and gives them back after.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every run queued before it; a failing run does not stop the next. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

/** Runs `task` in `cwd`, back in the old directory after. */
export async function inDirectory<T>(cwd: string, task: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await task();
  } finally {
    process.chdir(before);
  }
}
