import type { Model } from '../model/types.js';
import { INTERNET, internetReach, type ExposureGraph, type GraphEdge, type GraphNode } from './graph.js';
import { escapeTerminal } from '../lib/escape.js';
import { TIER_WORDS } from './tiers.js';

export const GRAPH_FORMATS = ['text', 'mermaid', 'dot', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Past this many edges a diagram is cut, with a note: GitHub renders large Mermaid charts poorly. */
export const MAX_DIAGRAM_EDGES = 120;

/**
 * The groups a plan touches (created, changed or replaced, or with a rule
 * resource that is, deleted included) and every node one edge away from them.
 */
export function touchedFocus(model: Model, graph: ExposureGraph): Set<string> {
  const touched = new Set<string>();
  for (const g of model.groups) if (g.action !== 'no-op' && g.action !== 'read') touched.add(g.address);
  for (const r of model.ruleResources) if (r.action !== 'no-op' && r.action !== 'read' && r.securityGroup) touched.add(r.securityGroup);
  // Rules the plan deletes exist only on the before side.
  const after = new Set(model.ruleResources.map((r) => r.address));
  for (const r of model.beforeRuleResources) if (!after.has(r.address) && r.securityGroup) touched.add(r.securityGroup);
  const focus = new Set(touched);
  for (const e of graph.edges) {
    if (touched.has(e.to)) focus.add(e.from);
    if (touched.has(e.from)) focus.add(e.to);
  }
  return focus;
}

/** The part of a graph whose edges both end in `focus` (the whole graph without one). */
export function subgraph(graph: ExposureGraph, focus?: ReadonlySet<string>): ExposureGraph {
  if (!focus) return graph;
  const edges = graph.edges.filter((e) => focus.has(e.from) && focus.has(e.to));
  const nodes = new Map([...graph.nodes].filter(([id]) => focus.has(id)));
  return { nodes, edges };
}

function nodeLabel(n: GraphNode): string {
  if (n.kind === 'internet') return 'internet';
  const tiers = n.tiers.map((t) => TIER_WORDS[t]).join(', ');
  return tiers ? `${n.id} (${tiers})` : n.id;
}

/**
 * Mermaid text inside quotes: quotes, angle brackets and backticks as entities
 * (a backtick could close the code fence the diagram sits in), `%` too (`%%`
 * starts a comment or an `%%{init}%%` directive that restyles the diagram),
 * no line breaks, and other control characters shown as escapes.
 */
function mermaidText(text: string): string {
  return escapeTerminal(text.replace(/[\r\n]+/g, ' '))
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/%/g, '#37;');
}

function sortedEdges(graph: ExposureGraph): GraphEdge[] {
  return [...graph.edges].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from) || a.traffic.localeCompare(b.traffic));
}

/** An arrow as diagrams draw it: permissions with the same ends and traffic merged, internet CIDRs named. */
interface Arrow {
  from: string;
  to: string;
  traffic: string;
  possible: boolean;
  /** For internet arrows: the CIDRs as written (0.0.0.0/0, ::/0). */
  via: string[];
}

function arrows(graph: ExposureGraph): Arrow[] {
  const out = new Map<string, Arrow>();
  for (const e of sortedEdges(graph)) {
    const key = `${e.from}|${e.to}|${e.traffic}|${e.possible}`;
    const a = out.get(key) ?? { from: e.from, to: e.to, traffic: e.traffic, possible: e.possible, via: [] };
    if (e.from === INTERNET && e.permission.peer.kind === 'cidr' && !a.via.includes(e.permission.peer.cidr)) a.via.push(e.permission.peer.cidr);
    out.set(key, a);
  }
  return [...out.values()];
}

function arrowLabel(a: Arrow): string {
  return a.via.length > 0 ? `${a.traffic} from ${a.via.join(', ')}` : a.traffic;
}

/** A Mermaid flowchart: groups and peers as nodes, ingress as arrows, internet arrows in red. */
export function renderMermaid(graph: ExposureGraph): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  const edges = arrows(graph);
  const shown = edges.slice(0, MAX_DIAGRAM_EDGES);
  const used = new Set(shown.flatMap((e) => [e.from, e.to]));
  const nodes = [...graph.nodes.values()].filter((n) => used.has(n.id) || n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  for (const n of nodes) {
    const id = n.kind === 'internet' ? 'internet' : `n${ids.size}`;
    ids.set(n.id, id);
    const label = mermaidText(nodeLabel(n));
    lines.push(n.kind === 'internet' ? `  internet(("internet"))` : n.kind === 'group' ? `  ${id}["${label}"]` : `  ${id}(["${label}"])`);
  }
  const red: number[] = [];
  shown.forEach((e, i) => {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) return;
    lines.push(`  ${from} ${e.possible ? '-.' : '--'} "${mermaidText(arrowLabel(e))}" ${e.possible ? '.->' : '-->'} ${to}`);
    if (e.from === INTERNET) red.push(i);
  });
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:2px`);
  if (edges.length > shown.length) lines.push(`  %% ${edges.length - shown.length} more edges not drawn`);
  return `${lines.join('\n')}\n`;
}

/** A DOT string's content: control characters as visible escapes, then backslashes and quotes escaped. */
function dotText(text: string): string {
  return escapeTerminal(text.replace(/[\r\n]+/g, ' ')).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}

/** Graphviz DOT. */
export function renderDot(graph: ExposureGraph): string {
  const lines = ['digraph sg_guard {', '  rankdir=LR;', '  node [shape=box];'];
  for (const n of [...graph.nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const shape = n.kind === 'internet' ? 'doublecircle' : n.kind === 'group' ? 'box' : 'ellipse';
    lines.push(`  "${dotText(n.id)}" [label="${dotText(nodeLabel(n))}", shape=${shape}];`);
  }
  for (const e of arrows(graph)) {
    const style = [`label="${dotText(arrowLabel(e))}"`, e.from === INTERNET ? 'color=red' : '', e.possible ? 'style=dashed' : ''].filter(Boolean).join(', ');
    lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}" [${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** JSON: nodes, edges (with the resource and path that grant them), and internet reach per group. */
export function renderGraphJson(graph: ExposureGraph): string {
  const groups = [...graph.nodes.values()].filter((n) => n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  const doc = {
    nodes: [...graph.nodes.values()].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ id: n.id, kind: n.kind, tiers: n.tiers })),
    edges: sortedEdges(graph).map((e) => ({ from: e.from, to: e.to, traffic: e.traffic, resource: e.permission.resource, path: e.permission.path, possible: e.possible })),
    internetReach: Object.fromEntries(groups.map((g) => [g.id, internetReach(graph, g.id)]).filter(([, r]) => (r as unknown[]).length > 0)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Text: each group with what it admits and how the internet reaches it. */
export function renderGraphText(graph: ExposureGraph): string {
  const groups = [...graph.nodes.values()].filter((n) => n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  const blocks: string[] = [];
  for (const g of groups) {
    const lines = [g.tiers.length > 0 ? `${g.id}  [${g.tiers.map((t) => TIER_WORDS[t]).join(', ')}]` : g.id];
    for (const a of arrows(graph).filter((x) => x.to === g.id)) {
      const from = a.from === g.id ? 'self' : a.from === INTERNET ? `internet (${a.via.join(', ')})` : a.from;
      lines.push(`  <- ${from}  ${a.traffic}${a.possible ? '  (one of several groups)' : ''}`);
    }
    for (const r of internetReach(graph, g.id)) {
      lines.push(r.through.length === 0 ? `  internet reaches it directly: ${r.traffic}` : `  internet reaches it through ${r.through.join(' -> ')}: ${r.traffic}`);
    }
    if (lines.length === 1) lines.push('  admits nothing');
    // Ids come from the plan: no line break, escape sequence or workflow command may reach the terminal or the log.
    blocks.push(lines.map(escapeTerminal).join('\n'));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : 'No security groups.\n';
}

export function renderGraph(graph: ExposureGraph, format: GraphFormat): string {
  switch (format) {
    case 'mermaid':
      return renderMermaid(graph);
    case 'dot':
      return renderDot(graph);
    case 'json':
      return renderGraphJson(graph);
    case 'text':
      return renderGraphText(graph);
  }
}
