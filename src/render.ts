import { buildGraph } from './graph/graph.js';
import { renderMermaid, subgraph, touchedFocus } from './graph/render.js';
import type { Model } from './model/types.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
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

/** A Mermaid flowchart per plan of the groups it touches and their neighbours; none for a plan that touches none. */
export function diagrams(models: readonly Model[]): Array<{ plan: string; mermaid: string }> {
  return models.flatMap((m) => {
    const graph = buildGraph(m);
    const part = subgraph(graph, touchedFocus(m, graph));
    return part.edges.length > 0 ? [{ plan: m.plan.path, mermaid: renderMermaid(part) }] : [];
  });
}
