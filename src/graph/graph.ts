import { classifyCidr, cidrWithin, peerCidr } from '../lib/address-class.js';
import type { ParsedCidr } from '../lib/cidr.js';
import { ingressExposure, type ExposedPiece } from '../lib/exposure.js';
import { mergeRanges, permissionRange } from '../lib/port-set.js';
import { describeTraffic, type PortRange } from '../lib/ports.js';
import type { Model, Permission } from '../model/types.js';
import { emptyNetModel } from '../reach/build.js';
import { reachability, type Reachability } from '../reach/evaluate.js';
import type { NetModel } from '../reach/types.js';
import { endpointKey, groupNode, openToInternet, trafficQueries } from './exposed.js';
import { tierMap, type Tier } from './tiers.js';

export const INTERNET = 'internet';

export type NodeKind = 'internet' | 'trusted' | 'private' | 'public' | 'prefix-list' | 'group' | 'unknown' | 'internet-gateway' | 'subnet';

/**
 * Whether the internet reaches a group: yes when some resource that uses it
 * is exposed (src/reach) on some traffic the group opens to the internet; no
 * when the group opens nothing to the internet or every resource that uses it
 * is not exposed; unknown otherwise (a value unknown until apply, or no
 * resource of the plan uses it: it may be used outside the plan).
 */
export type InternetReachable = 'yes' | 'no' | 'unknown';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** For groups: the tiers of what they protect. */
  tiers: Tier[];
  /** Set on a group the plan deletes (drawn from the before side by changedGraph). */
  deleted?: boolean;
  /** Set on every group: see InternetReachable. */
  internetReachable?: InternetReachable;
}

/** How the internet reaches an exposed resource of a group: through an internet gateway, a route table and a subnet. */
export interface InternetPath {
  group: string;
  gateway: string;
  routeTable: string;
  subnet: string;
}

/** Ingress into `to` from `from`: one permission. */
export interface GraphEdge {
  from: string;
  to: string;
  /** "22/tcp", "all traffic". */
  traffic: string;
  permission: Permission;
  /** The edge stands for one of several groups the plan cannot tell apart. */
  possible: boolean;
}

export interface ExposureGraph {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  /** The network paths from the internet to the exposed groups (their gateways and subnets are nodes too). */
  paths?: InternetPath[];
}

export { groupNode };

/**
 * The edges into a permission's group (ingress, `to`): from the internet when
 * the permission opens traffic to the whole internet, else from its peer's
 * node. Appended to `out`.
 */
function permissionEdges(p: Permission, to: string, exposed: readonly ExposedPiece[] | undefined, out: GraphEdge[]): void {
  const traffic = describeTraffic(p) ?? '';
  const edge = (from: string, possible: boolean): void => {
    out.push({ from, to, traffic, permission: p, possible });
  };
  if (exposed) {
    const open = exposedTraffic(p, exposed);
    // What the internet reaches together with other CIDRs of the group; the rest still comes from the peer itself.
    out.push({ from: INTERNET, to, traffic: open ?? traffic, permission: p, possible: false });
    if (open === null) return;
  }
  const peer = p.peer;
  switch (peer.kind) {
    case 'cidr':
      edge(peer.cidr, false);
      break;
    case 'prefix-list':
      edge(peer.id, false);
      break;
    case 'security-group':
      if (peer.candidates) for (const c of peer.candidates) edge(c, true);
      else edge(peer.address ?? peer.id ?? 'unknown group', false);
      break;
    case 'self':
      edge(to, false);
      break;
    case 'unknown':
      edge(`unknown (${peer.attribute})`, false);
      break;
  }
}

/**
 * The traffic of a permission that the internet reaches, in words, when it is
 * only part of the permission's own (0.0.0.0/1 on all ports and 128.0.0.0/1 on
 * 22 open 22 and nothing else); null when it is all of it.
 */
function exposedTraffic(p: Permission, pieces: readonly ExposedPiece[]): string | null {
  const range = permissionRange(p);
  if (range === null || pieces.some((x) => x.range === null)) return null;
  const byProtocol = new Map<'tcp' | 'udp', PortRange[]>();
  for (const x of pieces) if (x.protocol !== 'other' && x.range) byProtocol.set(x.protocol, [...(byProtocol.get(x.protocol) ?? []), x.range]);
  const protocols: Array<'tcp' | 'udp'> = p.protocol === 'tcp' || p.protocol === 'udp' ? [p.protocol] : ['tcp', 'udp'];
  const whole = protocols.every((proto) => {
    const merged = mergeRanges(byProtocol.get(proto) ?? []);
    return merged.length === 1 && (merged[0] as PortRange).from <= range.from && (merged[0] as PortRange).to >= range.to;
  });
  if (whole) return null;
  const parts: string[] = [];
  for (const proto of protocols) for (const r of mergeRanges(byProtocol.get(proto) ?? [])) parts.push(describeTraffic({ protocol: proto, fromPort: r.from, toPort: r.to }) ?? '');
  return parts.join(', ');
}

/** The kind of node a (non-internet) edge comes from. */
function sourceKind(e: GraphEdge, trusted: readonly ParsedCidr[]): NodeKind {
  const peer = e.permission.peer;
  switch (peer.kind) {
    case 'cidr': {
      const c = peerCidr(peer) as ParsedCidr;
      return cidrWithin(c, trusted) ? 'trusted' : classifyCidr(c) === 'private' ? 'private' : 'public';
    }
    case 'prefix-list':
      return 'prefix-list';
    case 'unknown':
      return 'unknown';
    default:
      return 'group';
  }
}

/**
 * The ingress edges of a model's permissions, in permission order, without
 * their nodes: what the exposure diff compares (node kinds and tiers are only
 * for drawing).
 */
export function ingressEdges(model: Model): GraphEdge[] {
  const exposure = ingressExposure(model);
  const edges: GraphEdge[] = [];
  for (const p of model.permissions) {
    if (p.direction === 'ingress') permissionEdges(p, groupNode(p), exposure.get(p), edges);
  }
  return edges;
}

/**
 * The exposure graph of a model (after side): nodes are the internet, CIDR
 * ranges (trusted, private, public), prefix lists and every security group;
 * edges are ingress permissions from peers, group-to-group references
 * included. An edge from the internet means the permission opens some traffic
 * to the whole internet, alone or with others of its group.
 */
export function buildGraph(model: Model, trusted: readonly ParsedCidr[] = [], net: NetModel = emptyNetModel()): ExposureGraph {
  const tiers = tierMap(model);
  const nodes = new Map<string, GraphNode>();
  const node = (id: string, kind: NodeKind): string => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, tiers: kind === 'group' ? (tiers.get(id) ?? []) : [] });
    return id;
  };
  node(INTERNET, 'internet');
  for (const g of model.groups) node(g.address, 'group');

  const exposure = ingressExposure(model);
  const edges: GraphEdge[] = [];
  for (const p of model.permissions) {
    if (p.direction !== 'ingress') continue;
    const to = node(groupNode(p), 'group');
    const first = edges.length;
    permissionEdges(p, to, exposure.get(p), edges);
    // Each edge's source node, in the order the edges name them.
    for (let i = first; i < edges.length; i++) {
      const e = edges[i] as GraphEdge;
      if (!nodes.has(e.from)) node(e.from, sourceKind(e, trusted));
    }
  }
  const paths = markReachable(model, nodes, net);
  for (const p of paths) {
    node(p.gateway, 'internet-gateway');
    node(p.subnet, 'subnet');
  }
  return { nodes, edges, paths };
}

/** Past this many reachability questions the graph asks no more: the groups left are unknown. */
export const MAX_GRAPH_QUESTIONS = 20_000;

/**
 * Sets each group node's internetReachable (the network of the plan's after
 * side) and returns the paths by which the internet reaches the exposed ones:
 * one per group, gateway and subnet. Bounded: one question per merged range of
 * what a group opens, resources alike (subnets, public address) asked once, a
 * resource no more once it is exposed, and MAX_GRAPH_QUESTIONS in all.
 */
function markReachable(model: Model, nodes: ReadonlyMap<string, GraphNode>, net: NetModel): InternetPath[] {
  const open = openToInternet(model);
  const users = new Map<string, string[]>();
  for (const g of model.groups) users.set(g.address, [...new Set(g.attachments.map((a) => a.resource))].sort());
  const answers = new Map<string, Reachability>();
  const classes = new Map<string, number>();
  const classOf = (resource: string): number => {
    const key = endpointKey(net, resource);
    const n = classes.get(key) ?? classes.size;
    classes.set(key, n);
    return n;
  };
  let asked = 0;
  const paths = new Map<string, InternetPath>();
  for (const n of [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (n.kind !== 'group') continue;
    const traffic = open.get(n.id);
    const resources = users.get(n.id) ?? [];
    if (!traffic || traffic.size === 0) n.internetReachable = 'no';
    else if (resources.length === 0) n.internetReachable = 'unknown';
    if (n.internetReachable) continue;
    const queries = trafficQueries(traffic as NonNullable<typeof traffic>);
    let exposed = false;
    let unknown = false;
    for (const resource of resources) {
      const alike = net.endpoints.has(resource) ? classOf(resource) : -1;
      for (const q of queries) {
        const key = `${alike}|${q.protocol}|${q.ports.from}|${q.ports.to}|${q.family ?? ''}`;
        let answer = alike >= 0 ? answers.get(key) : undefined;
        if (!answer) {
          if (asked >= MAX_GRAPH_QUESTIONS) {
            unknown = true;
            break;
          }
          asked++;
          answer = reachability(net, { target: resource, protocol: q.protocol, ports: q.ports, ...(q.family ? { family: q.family } : {}) });
          if (alike >= 0) answers.set(key, answer);
        }
        if (answer.status === 'unknown') unknown = true;
        if (answer.status !== 'exposed') continue;
        exposed = true;
        const hop = (kind: string): string => answer.path.find((h) => h.kind === kind)?.address ?? '';
        const path: InternetPath = { group: n.id, gateway: hop('internet-gateway'), routeTable: hop('route-table'), subnet: hop('subnet') };
        paths.set(`${path.group}|${path.gateway}|${path.subnet}`, path);
        break;
      }
    }
    n.internetReachable = exposed ? 'yes' : unknown ? 'unknown' : 'no';
  }
  return [...paths.values()];
}

export interface Reach {
  /** The groups traffic passes through from the internet, nearest the internet first; empty when direct. */
  through: string[];
  /** What reaches the group on the last hop. */
  traffic: string;
}

/**
 * How the internet reaches a group: directly, or through one or two
 * group-to-group hops (a host reachable from the internet that the group
 * admits). Self-references do not count as hops.
 */
export function internetReach(graph: ExposureGraph, group: string, maxHops = 2): Reach[] {
  const into = (id: string): GraphEdge[] => graph.edges.filter((e) => e.to === id && e.from !== id);
  const out: Reach[] = [];
  const seen = new Set<string>();
  const walk = (id: string, path: string[], traffic: string): void => {
    for (const e of into(id)) {
      const last = path.length === 0 ? e.traffic : traffic;
      if (e.from === INTERNET) {
        const key = `${path.join('>')}|${last}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ through: [...path], traffic: last });
        }
      } else if (graph.nodes.get(e.from)?.kind === 'group' && path.length < maxHops && e.from !== group && !path.includes(e.from)) {
        walk(e.from, [e.from, ...path], last);
      }
    }
  };
  walk(group, [], '');
  return out.sort((a, b) => a.through.length - b.through.length || a.through.join().localeCompare(b.through.join()) || a.traffic.localeCompare(b.traffic));
}
