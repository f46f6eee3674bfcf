/**
 * Which Terraform roots a change affects, before anything is planned: the
 * directories of the repository that hold Terraform files, the local module
 * calls between them (`source = "../modules/x"`), and the roots (directories
 * no other directory calls) whose configuration includes a changed file,
 * directly or through modules that call modules. What a monorepo's matrix
 * plans, so that a pull request costs what it touches.
 *
 * Every directory is read and visited once: the walk up from a changed module
 * to the roots that use it is a breadth-first search over the reverse calls,
 * so modules that call each other in a loop cost no more than any others.
 */
import { readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { readDirectory } from '../source/files.js';
import { isLocalSource } from '../source/load.js';
import { literalString } from '../source/syntax.js';

/** Directories never searched for Terraform: tool state, dependencies, git itself. */
const SKIPPED = new Set(['.git', '.terraform', 'node_modules', '.terragrunt-cache']);
/** Directories read at the most: a bound on the work, whatever the repository. */
const MAX_DIRECTORIES = 20_000;

/** Files whose change selects the directory they are in (besides the .tf files Terraform reads). */
function selectsDirectory(name: string): boolean {
  return (
    name.endsWith('.tf') ||
    name.endsWith('.tf.json') ||
    name.endsWith('.tfvars') ||
    name.endsWith('.tfvars.json') ||
    name === '.terraform.lock.hcl' ||
    name === 'terragrunt.hcl'
  );
}

interface Layout {
  /** Directories with Terraform files, relative to the base ('.' for the base itself), sorted. */
  directories: string[];
  /** For each directory, the local module directories it calls (relative to the base). */
  calls: Map<string, string[]>;
  /** Directories nothing calls. */
  roots: string[];
  /** Problems worth a note: unreadable files, calls that leave the base. */
  notes: string[];
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every directory under `base` that holds Terraform files, breadth first, without following links. */
async function terraformDirectories(base: string, notes: string[]): Promise<string[]> {
  const found: string[] = [];
  const queue = ['.'];
  let read = 0;
  while (queue.length > 0) {
    const dir = queue.shift() as string;
    if (++read > MAX_DIRECTORIES) {
      notes.push(`stopped after ${MAX_DIRECTORIES} directories; name the roots with --roots`);
      break;
    }
    let entries;
    try {
      entries = await readdir(join(base, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    let terraform = false;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !SKIPPED.has(e.name)) queue.push(dir === '.' ? e.name : `${dir}/${e.name}`);
      else if (e.isFile() && (e.name.endsWith('.tf') || e.name.endsWith('.tf.json')) && !e.name.startsWith('.')) terraform = true;
    }
    if (terraform) found.push(dir);
  }
  return found.sort();
}

/**
 * The Terraform layout of the tree at `base`: its module directories, the
 * local calls between them, and the roots. With `rootGlob`, the roots are the
 * directories that match it instead.
 */
export async function readLayout(base: string, rootGlob?: string): Promise<Layout> {
  const notes: string[] = [];
  const directories = await terraformDirectories(base, notes);
  const calls = new Map<string, string[]>();
  const called = new Set<string>();
  for (const dir of directories) {
    const read = await readDirectory(join(base, dir));
    for (const [file, reason] of read.failures) notes.push(`${toPosix(relative(base, file))}: ${reason}`);
    const targets = new Set<string>();
    for (const file of read.files) {
      for (const block of file.blocks) {
        if (block.type !== 'module') continue;
        const source = literalString(block, 'source');
        if (source === undefined || !isLocalSource(source)) continue;
        const target = posix.normalize(posix.join(dir, source.replace(/\\/g, '/'))).replace(/\/$/, '') || '.';
        if (target.startsWith('..')) {
          notes.push(`${dir}: module "${block.labels[0] ?? ''}" calls ${source}, outside ${base}`);
          continue;
        }
        // A call to a directory without Terraform files (a module being deleted) is kept: its callers still count.
        targets.add(target);
        if (target !== dir) called.add(target);
      }
    }
    calls.set(dir, [...targets].sort());
  }
  let roots: string[];
  if (rootGlob !== undefined) {
    const glob = new Minimatch(rootGlob, { dot: true, nocomment: true, nonegate: true });
    roots = directories.filter((d) => glob.match(d));
  } else {
    roots = directories.filter((d) => !called.has(d));
  }
  return { directories, calls, roots, notes };
}

/** The directory a changed path (relative to the base, forward slashes) selects, if any. */
function selectedDirectory(path: string): string | null {
  const clean = posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
  if (clean.startsWith('..') || clean === '' || clean.endsWith('/')) return null;
  const slash = clean.lastIndexOf('/');
  const name = slash < 0 ? clean : clean.slice(slash + 1);
  if (!selectsDirectory(name)) return null;
  return slash < 0 ? '.' : clean.slice(0, slash);
}

/**
 * The roots whose configuration includes a changed file: a root changed
 * itself, or one that calls (through any chain of local modules) a changed
 * directory. Sorted. A changed directory that is not (or no longer) a
 * Terraform directory, such as a deleted module, still selects its callers.
 */
export function affectedRoots(layout: Layout, changed: readonly string[]): string[] {
  const callers = new Map<string, string[]>();
  for (const [from, targets] of layout.calls) {
    for (const to of targets) {
      const list = callers.get(to) ?? [];
      list.push(from);
      callers.set(to, list);
    }
  }
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const path of changed) {
    const dir = selectedDirectory(path);
    if (dir !== null && !seen.has(dir)) {
      seen.add(dir);
      queue.push(dir);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const caller of callers.get(queue[i] as string) ?? []) {
      if (!seen.has(caller)) {
        seen.add(caller);
        queue.push(caller);
      }
    }
  }
  return layout.roots.filter((r) => seen.has(r));
}
