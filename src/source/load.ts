/**
 * Reads the configuration a plan came from, module by module: the root
 * directory, then every local module it calls (recursively), following the
 * plan's `configuration` where it has one and the `module` blocks otherwise.
 */
import { relative, resolve, sep } from 'node:path';
import type { TfConfigModule } from '../plan/types.js';
import type { SourceLocation } from '../findings/types.js';
import { readDirectory, type DirectoryRead } from './files.js';
import { Sources, type LoadedModule } from './sources.js';
import { literalString, type Block, type SyntaxFile } from './syntax.js';
import type { ModuleSource, SourceIndex, Unreadable } from './types.js';

/** Deeper nesting than this is a loop of local sources (Terraform itself would refuse it). */
const MAX_MODULE_DEPTH = 32;
/**
 * The most module instances one configuration is walked into. Each call is
 * its own instance (the same directory called twice is read once but listed
 * twice), so directories that call each other would otherwise be walked along
 * every path through them: exponential work from a few files.
 */
const MAX_MODULES = 1000;

/** Terraform's local paths: `./x`, `../x` (and the Windows spellings). Everything else is fetched. */
export function isLocalSource(source: string): boolean {
  return /^\.\.?[\\/]/.test(source);
}

class Loader {
  private readonly reads = new Map<string, Promise<DirectoryRead>>();
  readonly modules: LoadedModule[] = [];
  readonly failures = new Map<string, string>();
  /** The first loop of local sources found, reported once. */
  private cycle: string | null = null;
  private truncated = false;

  constructor(private readonly repoRoot: string) {}

  /** A problem with a directory, beside any other one it has. */
  private note(dir: string, reason: string): void {
    const had = this.failures.get(dir);
    this.failures.set(dir, had === undefined ? reason : `${had}; ${reason}`);
  }

  repoPath(abs: string): string {
    return relative(this.repoRoot, abs).split(sep).join('/') || '.';
  }

  private read(dir: string): Promise<DirectoryRead> {
    let p = this.reads.get(dir);
    if (!p) {
      p = readDirectory(dir);
      this.reads.set(dir, p);
    }
    return p;
  }

  locationOf(file: SyntaxFile, block: { line: number; endLine: number }): SourceLocation {
    return { file: this.repoPath(file.path), line: block.line, endLine: block.endLine };
  }

  async visit(path: string, dir: string, config: TfConfigModule | undefined, call: Omit<ModuleSource, 'path' | 'kind' | 'dir'>, depth: number, chain: readonly string[]): Promise<void> {
    if (this.modules.length >= MAX_MODULES) {
      if (!this.truncated) {
        this.truncated = true;
        this.note(chain[0] ?? dir, `more than ${MAX_MODULES} module instances: the modules beyond were not read`);
      }
      return;
    }
    const read = await this.read(dir);
    for (const [file, reason] of read.failures) this.failures.set(file, reason);
    const loop = chain.indexOf(dir);
    if (loop >= 0 && this.cycle === null) {
      // Terraform refuses a module that calls itself, however indirectly: say so once, and walk on without it.
      this.cycle = [...chain.slice(loop), dir].map((d) => this.repoPath(d)).join(' -> ');
      this.note(chain[chain.length - 1] ?? dir, `local module sources call each other in a cycle (${this.cycle}): the cycle was not followed`);
    }
    if (!read.listed || read.terraformFiles === 0 || depth > MAX_MODULE_DEPTH || loop >= 0) {
      if (path === '') this.failures.set(dir, read.reason ? `cannot read the directory: ${read.reason}` : 'no Terraform files in the directory');
      this.modules.push({ path, kind: 'missing', dir: null, ...call, files: [] });
      return;
    }
    this.modules.push({ path, kind: 'local', dir: this.repoPath(dir), ...call, files: read.files });

    const blocks = new Map<string, { file: SyntaxFile; block: Block }>();
    for (const file of read.files) {
      for (const block of file.blocks) {
        const name = block.labels[0];
        if (block.type === 'module' && name !== undefined && !blocks.has(name)) blocks.set(name, { file, block });
      }
    }
    const calls = config?.module_calls ?? {};
    const names = [...new Set([...Object.keys(calls), ...blocks.keys()])].sort();
    for (const name of names) {
      const childPath = path ? `${path}.module.${name}` : `module.${name}`;
      const found = blocks.get(name);
      const source = calls[name]?.source ?? literalString(found?.block, 'source') ?? null;
      const sourceAttr = found?.block.attributes.get('source');
      const childCall = {
        source,
        call: found ? this.locationOf(found.file, found.block) : null,
        sourceLine: sourceAttr?.line ?? null,
      };
      if (source !== null && isLocalSource(source)) {
        await this.visit(childPath, resolve(dir, source), calls[name]?.module, childCall, depth + 1, [...chain, dir]);
      } else {
        this.modules.push({ path: childPath, kind: 'remote', dir: null, ...childCall, files: [] });
      }
    }
  }
}

/**
 * Reads the Terraform configuration under `root` (the directory the plan was
 * made in) and the local modules it calls. `configuration` is the plan's
 * `configuration.root_module`, when it has one: it names the modules and their
 * sources. Paths in the index are relative to `repoRoot` (default: the current
 * directory), with forward slashes. Never throws for bad sources: what cannot
 * be read or parsed is listed in `unreadable`.
 */
export async function loadSources(root: string, configuration: TfConfigModule | undefined, repoRoot: string = process.cwd()): Promise<SourceIndex> {
  const loader = new Loader(resolve(repoRoot));
  const rootDir = resolve(root);
  await loader.visit('', rootDir, configuration, { source: null, call: null, sourceLine: null }, 0, []);
  const unreadable: Unreadable[] = [...loader.failures]
    .map(([file, reason]) => ({ file: loader.repoPath(file), reason }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const modules = [...loader.modules].sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return new Sources(loader.repoPath(rootDir), modules, unreadable, (file) => loader.repoPath(file.path));
}
