import { INTERNET, buildGraph } from './graph/graph.js';
import { MAX_DIAGRAM_EDGES, changedGraph, mermaidNote, renderMermaid } from './graph/render.js';
import type { Model } from './model/types.js';
import type { PlanNetworks } from './reach/types.js';
import { renderJson } from './report/json.js';
import { MAX_DIAGRAM_LENGTH, renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';
import type { Report } from './findings/types.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A report in one format. `rules` are the rules that ran (built-in and custom,
 * CheckResult.rules), so SARIF and Markdown describe every rule a finding names.
 */
export function render(report: Report, format: Format, options: { color: boolean; rules?: readonly Rule[]; models?: readonly Model[]; networks?: ReadonlyMap<Model, PlanNetworks> }): string {
  const metas = (options.rules ?? RULES).map((r) => r.meta);
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, metas);
    case 'markdown':
      return renderMarkdown(report, metas, { diagrams: diagrams(options.models ?? [], options.networks) });
  }
}

/**
 * How many groups the plan creates, changes, replaces or deletes. Each is a
 * node of the diagram of what the plan touches, a line of at least 9
 * characters (`  n0[""]` and its line break).
 */
function touchedGroupCount(model: Model): number {
  const touched = new Set<string>();
  for (const g of model.groups) if (g.action !== 'no-op' && g.action !== 'read' && g.address !== INTERNET) touched.add(g.address);
  // Groups the plan deletes are only on the before side.
  const after = new Set(model.groups.map((g) => g.address));
  for (const g of model.beforeGroups) if (!after.has(g.address)) touched.add(g.address);
  return touched.size;
}

/**
 * A Mermaid flowchart per plan of the groups it touches (deleted ones
 * included) and their neighbours, with the internet gateways and subnets by
 * which the internet reaches them (the network of the plan's after side,
 * when `networks` has it); none for a plan that touches none. A
 * diagram is never longer than MAX_DIAGRAM_LENGTH: past it, fewer arrows are
 * drawn and a note in the diagram says how many are not; a plan that touches
 * too many groups to draw gets a diagram that says so (and its graph is never
 * built).
 */
export function diagrams(models: readonly Model[], networks?: ReadonlyMap<Model, PlanNetworks>): Array<{ plan: string; mermaid: string }> {
  return models.flatMap((m) => {
    const touched = touchedGroupCount(m);
    if (touched * 9 > MAX_DIAGRAM_LENGTH) {
      return [{ plan: m.plan.path, mermaid: mermaidNote(`This plan touches ${touched} groups: too many to draw here. sg-guard graph --changed draws them.`) }];
    }
    const part = changedGraph(m, buildGraph(m, [], networks?.get(m)?.after));
    if (part.edges.length === 0) return [];
    for (let max = MAX_DIAGRAM_EDGES; max >= 1; max = Math.floor(max / 2)) {
      const mermaid = renderMermaid(part, max);
      if (mermaid.length <= MAX_DIAGRAM_LENGTH) return [{ plan: m.plan.path, mermaid }];
    }
    return [{ plan: m.plan.path, mermaid: mermaidNote('The diagram of this plan is too large to show here. sg-guard graph --changed draws it.') }];
  });
}
