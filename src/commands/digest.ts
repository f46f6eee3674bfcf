/** The plan digest the stored analysis records: which plan files it was made from. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 over the files, in the order given: each file's path, a NUL, its own sha256 (hex) and a newline. Read as streams. */
export async function planDigest(paths: readonly string[]): Promise<string> {
  const all = createHash('sha256');
  for (const path of paths) {
    const one = createHash('sha256');
    for await (const chunk of createReadStream(path)) one.update(chunk as Buffer);
    all.update(`${path}\0${one.digest('hex')}\n`);
  }
  return all.digest('hex');
}
