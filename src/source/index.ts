/**
 * Mapping findings to the .tf file and lines that wrote them. A plan has no
 * file names or line numbers; this reads the configuration it was made from.
 *
 * ```ts
 * const sources = await loadSources(rootDir, plan.json.configuration?.root_module, repoRoot);
 * const located = locateFindings(report.findings, sources, plan.path);
 * ```
 */
import type { Finding, SourceLocation } from '../findings/types.js';
import type { Located, SourceIndex } from './types.js';

export { loadSources, isLocalSource } from './load.js';
export { loadHclParser } from './hcl.js';
export type { LocateTarget, Located, ModuleSource, SourceIndex, Suppression, Unreadable } from './types.js';

/**
 * The findings with `location` filled where the sources tell it: the block
 * that grants each, with `line` on the offending value's line when the block
 * writes it (the `"0.0.0.0/0"` of `cidr_blocks`) and `blockLine` its first
 * line. With `planLabel`, only findings of that plan (`Finding.plan`) are
 * located: each plan has its own configuration. Findings already located are
 * kept as they are. Pure; returns new objects and leaves the input alone.
 */
export function locateFindings(findings: readonly Finding[], index: SourceIndex, planLabel?: string): Finding[] {
  return findings.map((f) => {
    if (f.location !== null || (planLabel !== undefined && f.plan !== planLabel)) return f;
    const located = index.locate(f);
    if (!located) return f;
    return { ...f, location: locationOf(located) };
  });
}

function locationOf(located: Located): SourceLocation {
  const block = located.location;
  if (located.kind === 'module-call') {
    // The module's source is not on disk: the call is as near as it goes, its first line the place to point at.
    const m = located.module;
    return m && m.kind !== 'local' ? { ...block, module: { source: m.source, kind: m.kind } } : block;
  }
  const value = located.valueLine;
  return value !== null && value > block.line && value <= block.endLine ? { ...block, line: value, blockLine: block.line } : block;
}
