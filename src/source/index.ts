/**
 * Mapping findings to the .tf file and lines that wrote them. A plan has no
 * file names or line numbers; this reads the configuration it was made from.
 *
 * ```ts
 * const sources = await loadSources(rootDir, plan.json.configuration?.root_module, repoRoot);
 * const located = locateFindings(report.findings, sources, plan.path);
 * ```
 */
import type { Finding } from '../findings/types.js';
import type { SourceIndex } from './types.js';

export { loadSources, isLocalSource } from './load.js';
export { loadHclParser } from './hcl.js';
export type { LocateTarget, Located, ModuleSource, SourceIndex, Suppression, Unreadable } from './types.js';

/**
 * The findings with `location` filled where the sources tell it. With
 * `planLabel`, only findings of that plan (`Finding.plan`) are located: each
 * plan has its own configuration. Findings already located are kept as they are.
 * Pure; returns new objects and leaves the input alone.
 */
export function locateFindings(findings: readonly Finding[], index: SourceIndex, planLabel?: string): Finding[] {
  return findings.map((f) => {
    if (f.location !== null || (planLabel !== undefined && f.plan !== planLabel)) return f;
    const located = index.locate(f);
    if (!located) return f;
    const module = located.kind === 'module-call' && located.module && located.module.kind !== 'local' ? { source: located.module.source, kind: located.module.kind } : undefined;
    return { ...f, location: module ? { ...located.location, module } : located.location };
  });
}
