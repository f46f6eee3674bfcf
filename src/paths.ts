/**
 * Paths and globs (minimatch syntax) of input files, as the `plan` and
 * `report-file` inputs and the CLI's arguments take them. Only the file
 * system is read; nothing here knows the Action or the CLI.
 */
import { Minimatch } from 'minimatch';
import { readdir, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { InputError } from './plan/types.js';

/** Directories a glob never looks into. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform']);

interface ResolvedPaths {
  /** The files, relative as written; each glob's matches in path order; no file twice. */
  paths: string[];
  /** Globs that matched no file (only with `noMatch: 'collect'`). */
  unmatched: string[];
}

interface ResolveOptions {
  /** Who asked, for errors: "input plan". */
  what: string;
  /**
   * A glob that matches nothing: an error (the default: a check that silently
   * reads no plan would pass), or listed in `unmatched` for the caller to report.
   */
  noMatch?: 'error' | 'collect';
}

function normalise(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '');
}

function glob(pattern: string): Minimatch {
  return new Minimatch(normalise(pattern), { dot: false, nocomment: true, nonegate: true });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The files that `patterns` name, relative to the working directory: a plain
 * path as written (a missing file is reported when it is read), `-` (stdin)
 * as is, an existing file as itself even when its name has glob characters,
 * and a glob as the files it matches, in path order. `.git`, `node_modules`
 * and `.terraform` are never searched.
 */
export async function resolvePaths(patterns: readonly string[], options: ResolveOptions): Promise<ResolvedPaths> {
  const out: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matcher = glob(pattern);
    if (pattern === '-' || !matcher.hasMagic() || (await isFile(pattern))) {
      out.push(pattern);
      continue;
    }
    // Walk from the longest directory prefix without magic.
    const parts = normalise(pattern).split('/');
    const fixed: string[] = [];
    for (const part of parts.slice(0, -1)) {
      if (new Minimatch(part).hasMagic()) break;
      fixed.push(part);
    }
    const base = fixed.join('/') || (parts[0] === '' ? '/' : '');
    const matches = (await walk(base)).filter((file) => matcher.match(file)).sort();
    if (matches.length === 0) {
      if (options.noMatch === 'collect') unmatched.push(pattern);
      else throw new InputError(options.what, `"${pattern}" matches no file`);
    }
    out.push(...matches);
  }
  return { paths: [...new Set(out)], unmatched };
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir === '' ? '.' : dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries) {
    const path = dir === '' ? e.name : posix.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) files.push(...(await walk(path)));
    } else if (e.isFile()) files.push(path);
  }
  return files;
}
