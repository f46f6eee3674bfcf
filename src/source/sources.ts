import { configModulePath, parseAddress } from '../model/address.js';
import { blockStart, type SourceLocation } from '../findings/types.js';
import { matchInlineRule, peerLine } from './match.js';
import { suppressionsAt } from './suppressions.js';
import type { Block, SyntaxFile } from './syntax.js';
import type { LocateTarget, Located, ModuleSource, SourceIndex, Suppression, Unreadable } from './types.js';

export interface LoadedModule extends ModuleSource {
  /** The files read and parsed (none unless local). */
  files: SyntaxFile[];
}

/** The index loadSources returns. Pure: everything was read before it was built. */
export class Sources implements SourceIndex {
  readonly root: string;
  readonly unreadable: readonly Unreadable[];
  readonly modules: readonly ModuleSource[];
  private readonly byPath: ReadonlyMap<string, LoadedModule>;
  private readonly byFile = new Map<string, SyntaxFile>();
  private readonly repoPath: (file: SyntaxFile) => string;

  constructor(root: string, modules: readonly LoadedModule[], unreadable: readonly Unreadable[], repoPath: (file: SyntaxFile) => string) {
    this.root = root;
    this.unreadable = unreadable;
    this.modules = modules.map(({ files: _files, ...m }) => m);
    this.byPath = new Map(modules.map((m) => [m.path, m]));
    this.repoPath = repoPath;
    for (const m of modules) for (const f of m.files) this.byFile.set(repoPath(f), f);
  }

  private location(file: SyntaxFile, span: { line: number; endLine: number }): SourceLocation {
    return { file: this.repoPath(file), line: span.line, endLine: span.endLine };
  }

  locate(target: LocateTarget): Located | null {
    const address = parseAddress(target.resource);
    if (!address) return null;
    // The first module on the way that is not on disk is as near as the sources go.
    for (let i = 1; i <= address.modules.length; i++) {
      const m = this.byPath.get(configModulePath(address.modules.slice(0, i)));
      if (!m) return null;
      if (m.kind !== 'local') {
        if (!m.call) return null;
        const { files: _files, ...module } = m;
        return { location: m.call, kind: 'module-call', valueLine: m.sourceLine, module };
      }
    }
    const module = this.byPath.get(configModulePath(address.modules));
    const blockType = address.mode === 'data' ? 'data' : 'resource';
    let found: { file: SyntaxFile; block: Block } | undefined;
    for (const file of module?.files ?? []) {
      const block = file.blocks.find((b) => b.type === blockType && b.labels[0] === address.type && b.labels[1] === address.name);
      if (block) {
        found = { file, block };
        break;
      }
    }
    if (!found) return null;
    const { file, block } = found;
    const inline = matchInlineRule(block, target);
    if (inline) {
      return inline.block
        ? { location: this.location(file, inline.block), kind: 'rule-block', valueLine: inline.valueLine, module: null }
        : { location: this.location(file, block), kind: 'resource', valueLine: inline.valueLine, module: null };
    }
    return { location: this.location(file, block), kind: 'resource', valueLine: target.path === '' ? peerLine(block, target) : null, module: null };
  }

  suppressionsFor(location: SourceLocation): Suppression[] {
    const file = this.byFile.get(location.file);
    return file ? suppressionsAt(file, { line: blockStart(location), endLine: location.endLine }) : [];
  }
}
