import { beforeModel } from '../model/before.js';
import type { Model } from '../model/types.js';
import { INTERNET, buildGraph, internetReach, type ExposureGraph, type GraphEdge, type GraphNode, type InternetReachable } from './graph.js';
import { escapeTerminal } from '../lib/escape.js';
import { shortNamer } from '../lib/names.js';
import { TIER_WORDS, type Tier } from './tiers.js';

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
  // The gateways and subnets by which the internet reaches a group in focus come with it.
  const paths = (graph.paths ?? []).filter((p) => focus.has(p.group));
  for (const p of paths) {
    for (const id of [p.gateway, p.subnet]) {
      const n = graph.nodes.get(id);
      if (n) nodes.set(id, n);
    }
  }
  return { nodes, edges, paths };
}

/**
 * What a plan touches and their neighbours (touchedFocus on the after side),
 * plus the groups it deletes, marked `deleted`, with what reached them before
 * and those peers: a plan that only deletes a group still has something to draw.
 */
export function changedGraph(model: Model, graph: ExposureGraph = buildGraph(model)): ExposureGraph {
  const part = subgraph(graph, touchedFocus(model, graph));
  const after = new Set(model.groups.map((g) => g.address));
  const deleted = new Set(model.beforeGroups.filter((g) => !after.has(g.address)).map((g) => g.address));
  if (deleted.size === 0) return part;
  const before = buildGraph(beforeModel(model));
  const nodes = new Map(part.nodes);
  const edges = [...part.edges];
  for (const id of deleted) {
    const n = before.nodes.get(id);
    // Once the plan is applied, nothing reaches a group it deletes.
    if (n) nodes.set(id, { ...n, deleted: true, internetReachable: 'no' });
  }
  for (const e of before.edges) {
    if (!deleted.has(e.to)) continue;
    edges.push(e);
    if (!nodes.has(e.from)) {
      const from = before.nodes.get(e.from);
      if (from) nodes.set(e.from, from);
    }
  }
  return { nodes, edges, ...(part.paths ? { paths: part.paths } : {}) };
}

/** Tiers in a word or two, for diagram labels. */
const TIER_SHORT: Record<Tier, string> = {
  'public-lb': 'public LB',
  'internal-lb': 'internal LB',
  compute: 'instances',
  database: 'database',
  lambda: 'Lambda',
  ecs: 'ECS',
  eks: 'EKS',
  endpoint: 'VPC endpoint',
};

function nodeLabel(n: GraphNode): string {
  if (n.kind === 'internet') return 'internet';
  const tiers = n.tiers.map((t) => TIER_WORDS[t]).join(', ');
  return tiers ? `${n.id} (${tiers})` : n.id;
}

/** A diagram label: the short name, the tiers in a word, deleted or not; at most MAX_LABEL characters. */
function shortLabel(n: GraphNode, short: (id: string) => string): string {
  if (n.kind === 'internet') return 'internet';
  const name = n.kind === 'group' ? short(n.id) : n.id;
  const extra = [...n.tiers.map((t) => TIER_SHORT[t]), ...(n.deleted ? ['deleted'] : [])].join(', ');
  const chars = Array.from(name);
  const cut = chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : name;
  return extra ? `${cut} (${extra})` : cut;
}

/** Longest name in a diagram label (code points); longer ones are cut with an ellipsis. */
export const MAX_LABEL = 40;

/** Characters Mermaid reads as syntax inside a label, written as its entity codes (`#35;`). */
const MERMAID_ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#38;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '%': '#37;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
};

/**
 * Mermaid text inside quotes: every character Mermaid could read as syntax as
 * an entity code, in one pass (so `#` never re-escapes an entity), among them
 * quotes, angle brackets, `&`, brackets and backticks (a backtick could close
 * the code fence the diagram sits in) and `%` (`%%` starts a comment or an
 * `%%{init}%%` directive that restyles the diagram); no line breaks, and other
 * control characters shown as escapes.
 */
export function mermaidText(text: string): string {
  return escapeTerminal(text.replace(/[\r\n]+/g, ' ')).replace(/[#"&<>`%[\](){}|]/g, (ch) => MERMAID_ENTITIES[ch] ?? ch);
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

/** Nodes on the network path from the internet: arrows from them are the internet's. */
const NETWORK_KINDS: ReadonlySet<string> = new Set(['internet', 'internet-gateway', 'subnet']);

/**
 * The arrows of a diagram, with the network paths drawn: the internet's
 * arrow into a group it reaches through an internet gateway and a subnet
 * comes from the subnet (one per subnet), after unlabelled arrows from the
 * internet to the gateway and from the gateway to the subnet.
 */
function routedArrows(graph: ExposureGraph): Arrow[] {
  const paths = [...(graph.paths ?? [])].sort((a, b) => a.group.localeCompare(b.group) || a.gateway.localeCompare(b.gateway) || a.subnet.localeCompare(b.subnet));
  if (paths.length === 0) return arrows(graph);
  const out: Arrow[] = [];
  const seen = new Set<string>();
  const hop = (from: string, to: string): void => {
    const key = `${from}|${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ from, to, traffic: '', possible: false, via: [] });
  };
  const subnets = new Map<string, string[]>();
  for (const p of paths) {
    hop(INTERNET, p.gateway);
    hop(p.gateway, p.subnet);
    const list = subnets.get(p.group) ?? [];
    if (!list.includes(p.subnet)) list.push(p.subnet);
    subnets.set(p.group, list);
  }
  for (const a of arrows(graph)) {
    const through = a.from === INTERNET ? subnets.get(a.to) : undefined;
    if (through) for (const s of through) out.push({ ...a, from: s });
    else out.push(a);
  }
  return out;
}

function arrowLabel(a: Arrow): string {
  return a.via.length > 0 ? `${a.traffic} from ${a.via.join(', ')}` : a.traffic;
}

const WHOLE_INTERNET = new Set(['0.0.0.0/0', '::/0']);

/** An arrow of a diagram: every traffic between the same two nodes in one label. */
interface DrawnArrow {
  from: string;
  to: string;
  possible: boolean;
  labels: string[];
}

/** Arrows with the same ends merged into one, their traffic listed ("80/tcp, 443/tcp"); the internet's CIDRs only when not the whole of it. */
function drawnArrows(graph: ExposureGraph): DrawnArrow[] {
  const out = new Map<string, DrawnArrow>();
  for (const a of routedArrows(graph)) {
    const key = `${a.from}|${a.to}|${a.possible}`;
    const d = out.get(key) ?? { from: a.from, to: a.to, possible: a.possible, labels: [] };
    const label = a.via.length > 0 && !a.via.every((c) => WHOLE_INTERNET.has(c)) ? arrowLabel(a) : a.traffic;
    if (label !== '' && !d.labels.includes(label)) d.labels.push(label);
    out.set(key, d);
  }
  return [...out.values()];
}

/**
 * `LR` or `TB`, whichever draws narrower: nodes are put in ranks (the longest
 * path from a node nothing points at); left to right, the ranks stand side by
 * side (the widest label of each, and the arrow labels between them);
 * top to bottom, the nodes of a rank do. Approximate (about 7 px a character),
 * and bounded: a node's rank is at most the number of nodes.
 */
function direction(nodes: ReadonlyArray<{ id: string; label: string }>, edges: readonly DrawnArrow[]): 'LR' | 'TB' {
  const rank = new Map(nodes.map((n) => [n.id, 0]));
  const limit = nodes.length;
  for (let round = 0; round < limit; round++) {
    let moved = false;
    for (const e of edges) {
      if (e.from === e.to) continue;
      const r = (rank.get(e.from) ?? 0) + 1;
      if (r > (rank.get(e.to) ?? 0) && r <= limit) {
        rank.set(e.to, r);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const widest = new Map<number, number>();
  const side = new Map<number, number>();
  for (const n of nodes) {
    const r = rank.get(n.id) ?? 0;
    const w = Array.from(n.label).length * 7 + 40;
    widest.set(r, Math.max(widest.get(r) ?? 0, w));
    side.set(r, (side.get(r) ?? 0) + w + 20);
  }
  const arrowLabel = Math.max(0, ...edges.map((e) => Array.from(e.labels.join(', ')).length)) * 7 + 40;
  const lr = [...widest.values()].reduce((a, b) => a + b, 0) + Math.max(0, widest.size - 1) * arrowLabel;
  const tb = Math.max(0, ...side.values());
  return lr <= tb || lr <= DIAGRAM_WIDTH ? 'LR' : 'TB';
}

/** The width a diagram has in a pull-request comment, in px (GitHub's conversation column). */
const DIAGRAM_WIDTH = 740;

/** Mermaid shapes by node kind (open and close): groups boxes, gateways hexagons, subnets framed boxes, peers stadiums. */
const SHAPE: Partial<Record<string, [string, string]>> = { group: ['[', ']'], 'internet-gateway': ['{{', '}}'], subnet: ['[[', ']]'] };

/**
 * A Mermaid flowchart: groups and peers as nodes (short labels: the module
 * prefix all groups share and the `aws_security_group.` type left out), one
 * arrow per pair of nodes with its traffic, internet arrows in red, deleted
 * groups dashed. Left to right when small, top to bottom otherwise, so it
 * stays legible in a ~780 px column. Past `maxEdges` arrows the rest are not
 * drawn and a note node in the diagram says how many.
 */
export function renderMermaid(graph: ExposureGraph, maxEdges = MAX_DIAGRAM_EDGES): string {
  const ids = new Map<string, string>();
  const edges = drawnArrows(graph);
  const shown = edges.slice(0, maxEdges);
  const used = new Set(shown.flatMap((e) => [e.from, e.to]));
  const nodes = [...graph.nodes.values()].filter((n) => used.has(n.id) || n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  const short = shortNamer(nodes.filter((n) => n.kind === 'group').map((n) => n.id));
  const labels = new Map(nodes.map((n) => [n.id, shortLabel(n, short)]));
  const lines = [`flowchart ${direction([...labels].map(([id, label]) => ({ id, label })), shown)}`];
  const deleted: string[] = [];
  for (const n of nodes) {
    const id = n.kind === 'internet' ? 'internet' : `n${ids.size}`;
    ids.set(n.id, id);
    const label = mermaidText(labels.get(n.id) ?? n.id);
    lines.push(n.kind === 'internet' ? `  internet(("internet"))` : `  ${id}${SHAPE[n.kind]?.[0] ?? '(['}"${label}"${SHAPE[n.kind]?.[1] ?? '])'}`);
    if (n.deleted) deleted.push(id);
  }
  const red: number[] = [];
  let drawn = 0;
  for (const e of shown) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    if (e.labels.length === 0) lines.push(`  ${from} ${e.possible ? '-.->' : '-->'} ${to}`);
    else lines.push(`  ${from} ${e.possible ? '-.' : '--'} "${mermaidText(e.labels.join(', '))}" ${e.possible ? '.->' : '-->'} ${to}`);
    if (NETWORK_KINDS.has(graph.nodes.get(e.from)?.kind ?? '')) red.push(drawn);
    drawn++;
  }
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:2px`);
  if (deleted.length > 0) lines.push('  classDef deleted stroke-dasharray: 5 5', `  class ${deleted.join(',')} deleted`);
  if (edges.length > shown.length) lines.push(`  cut["${mermaidText(`${edges.length - shown.length} more arrows not drawn; sg-guard graph --format text lists them all`)}"]`);
  return `${lines.join('\n')}\n`;
}

/** A diagram that only says why there is no diagram: what a comment shows instead of one too large to draw. */
export function mermaidNote(text: string): string {
  return `flowchart TB\n  note["${mermaidText(text)}"]\n`;
}

/** A DOT string's content: control characters as visible escapes, then backslashes and quotes escaped. */
function dotText(text: string): string {
  return escapeTerminal(text.replace(/[\r\n]+/g, ' ')).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}

/** Graphviz DOT. */
export function renderDot(graph: ExposureGraph): string {
  const lines = ['digraph sg_guard {', '  rankdir=LR;', '  node [shape=box];'];
  for (const n of [...graph.nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const shape = n.kind === 'internet' ? 'doublecircle' : n.kind === 'group' ? 'box' : n.kind === 'internet-gateway' ? 'hexagon' : n.kind === 'subnet' ? 'box3d' : 'ellipse';
    lines.push(`  "${dotText(n.id)}" [label="${dotText(nodeLabel(n))}", shape=${shape}];`);
  }
  for (const e of routedArrows(graph)) {
    const style = [`label="${dotText(arrowLabel(e))}"`, NETWORK_KINDS.has(graph.nodes.get(e.from)?.kind ?? '') ? 'color=red' : '', e.possible ? 'style=dashed' : ''].filter(Boolean).join(', ');
    lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}" [${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * JSON: nodes (each group with whether the internet reaches it), edges (with
 * the resource and path that grant them), internet reach per group through
 * other groups, and the network paths to the groups the internet reaches.
 */
export function renderGraphJson(graph: ExposureGraph): string {
  const groups = [...graph.nodes.values()].filter((n) => n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  const doc = {
    nodes: [...graph.nodes.values()].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ id: n.id, kind: n.kind, tiers: n.tiers, ...(n.internetReachable ? { internetReachable: n.internetReachable } : {}) })),
    edges: sortedEdges(graph).map((e) => ({ from: e.from, to: e.to, traffic: e.traffic, resource: e.permission.resource, path: e.permission.path, possible: e.possible })),
    internetReach: Object.fromEntries(groups.map((g) => [g.id, internetReach(graph, g.id)]).filter(([, r]) => (r as unknown[]).length > 0)),
    internetPaths: [...(graph.paths ?? [])].sort((a, b) => a.group.localeCompare(b.group) || a.gateway.localeCompare(b.gateway) || a.subnet.localeCompare(b.subnet)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Text: each group with what it admits and how the internet reaches it. */
export function renderGraphText(graph: ExposureGraph): string {
  const groups = [...graph.nodes.values()].filter((n) => n.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  const blocks: string[] = [];
  for (const g of groups) {
    const words = [...g.tiers.map((t) => TIER_WORDS[t]), ...(g.deleted ? ['deleted by this plan'] : [])];
    const lines = [words.length > 0 ? `${g.id}  [${words.join(', ')}]` : g.id];
    for (const a of arrows(graph).filter((x) => x.to === g.id)) {
      const from = a.from === g.id ? 'self' : a.from === INTERNET ? `internet (${a.via.join(', ')})` : a.from;
      lines.push(`  <- ${from}  ${a.traffic}${a.possible ? '  (one of several groups)' : ''}`);
    }
    for (const r of internetReach(graph, g.id)) {
      lines.push(r.through.length === 0 ? `  internet reaches it directly: ${r.traffic}` : `  internet reaches it through ${r.through.join(' -> ')}: ${r.traffic}`);
    }
    // What the network says, for a group that admits the internet: does the internet really reach what uses it?
    if (g.internetReachable && !g.deleted && graph.edges.some((e) => e.to === g.id && e.from === INTERNET)) lines.push(`  ${REACHABLE_WORDS[g.internetReachable]}${networkPath(graph, g.id)}`);
    if (lines.length === 1) lines.push('  admits nothing');
    // Ids come from the plan: no line break, escape sequence or workflow command may reach the terminal or the log.
    blocks.push(lines.map(escapeTerminal).join('\n'));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : 'No security groups.\n';
}

/** What the network says of a group that admits the internet (its internetReachable). */
const REACHABLE_WORDS: Record<InternetReachable, string> = {
  yes: 'exposed: the internet reaches what uses it',
  no: 'not exposed: the network lets the internet reach nothing that uses it',
  unknown: 'exposure unknown: a value is unknown until apply, or nothing in the plan uses it',
};

function networkPath(graph: ExposureGraph, group: string): string {
  const through = (graph.paths ?? []).filter((p) => p.group === group).map((p) => `${p.gateway} -> ${p.subnet}`).sort();
  return through.length > 0 ? ` through ${through.join(', ')}` : '';
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
