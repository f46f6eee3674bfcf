import { INTERNET, buildGraph } from './graph/graph.js';
import { renderMermaid, subgraph, touchedFocus } from './graph/render.js';
import type { Model } from './model/types.js';
import { renderJson } from './report/json.js';
import { MAX_DIAGRAM_LENGTH, renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { RULES } from './rules/index.js';
import type { Report, Rule } from './rules/types.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A report in one format. `rules` are the rules that ran (built-in and custom,
 * CheckResult.rules), so SARIF and Markdown describe every rule a finding names.
 */
export function render(report: Report, format: Format, options: { color: boolean; rules?: readonly Rule[]; models?: readonly Model[] }): string {
  const metas = (options.rules ?? RULES).map((r) => r.meta);
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, metas);
    case 'markdown':
      return renderMarkdown(report, metas, { diagrams: diagrams(options.models ?? []) });
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
  return touched.size;
}

/**
 * A Mermaid flowchart per plan of the groups it touches and their neighbours;
 * none for a plan that touches none. A diagram longer than MAX_DIAGRAM_LENGTH
 * is left out: no comment or summary shows one (nor can a stored analysis
 * hold it), and a plan that touches thousands of groups is ruled out before
 * its graph is built.
 */
export function diagrams(models: readonly Model[]): Array<{ plan: string; mermaid: string }> {
  return models.flatMap((m) => {
    if (touchedGroupCount(m) * 9 > MAX_DIAGRAM_LENGTH) return [];
    const graph = buildGraph(m);
    const part = subgraph(graph, touchedFocus(m, graph));
    if (part.edges.length === 0) return [];
    const mermaid = renderMermaid(part);
    return mermaid.length <= MAX_DIAGRAM_LENGTH ? [{ plan: m.plan.path, mermaid }] : [];
  });
}
