/**
 * The plan digest the stored analysis records: which files it was made from.
 * A full run digests the plan files; a publish run the report files it merged
 * (they stand for the plans of the analyze runs).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 over the files, in the order given: each file's path, a NUL, its own sha256 (hex) and a newline. Read as streams. */
export async function planDigest(paths: readonly string[]): Promise<string> {
  const parts: Array<{ path: string; sha256: string }> = [];
  for (const path of paths) {
    const one = createHash('sha256');
    for await (const chunk of createReadStream(path)) one.update(chunk as Buffer);
    parts.push({ path, sha256: one.digest('hex') });
  }
  return combinedDigest(parts);
}

/** The same digest over contents already read (a publish run's reports). */
export function contentsDigest(files: ReadonlyArray<{ path: string; content: string | Buffer }>): string {
  return combinedDigest(files.map((f) => ({ path: f.path, sha256: createHash('sha256').update(f.content).digest('hex') })));
}

function combinedDigest(parts: ReadonlyArray<{ path: string; sha256: string }>): string {
  const all = createHash('sha256');
  for (const p of parts) all.update(`${p.path}\0${p.sha256}\n`);
  return all.digest('hex');
}
