/** Runs the real pipeline on a fixture project: plan → model → rules → locateFindings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/engine.js';
import { buildModel } from '../../src/model/build.js';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/findings/types.js';
import { loadSources, locateFindings, type SourceIndex } from '../../src/source/index.js';

export const REPO = join(import.meta.dirname, '..', '..');

export interface Located {
  findings: Finding[];
  index: SourceIndex;
  /** The one finding of `rule` on `resource` (and `path`, when given). */
  find(rule: string, resource: string, path?: string): Finding;
}

export async function locateProject(name: string): Promise<Located> {
  const dir = join('fixtures', 'projects', name);
  const planPath = join(dir, 'plan.json');
  const plan = parsePlan(readFileSync(join(REPO, planPath)), planPath, MODEL_READS);
  const report = evaluate([buildModel(plan)], { failOn: 'high', rules: RULES });
  const index = await loadSources(join(REPO, dir), plan.json.configuration?.root_module, REPO);
  const findings = locateFindings(report.findings, index, planPath);
  return {
    findings,
    index,
    find(rule, resource, path) {
      const hits = findings.filter((f) => f.rule === rule && f.resource === resource && (path === undefined || f.path === path));
      if (hits.length !== 1) throw new Error(`${hits.length} findings of ${rule} on ${resource}${path ? `.${path}` : ''}`);
      return hits[0] as Finding;
    },
  };
}
