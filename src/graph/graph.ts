import { classifyCidr, cidrWithin, peerCidr } from '../lib/address-class.js';
import type { ParsedCidr } from '../lib/cidr.js';
import { ingressExposure } from '../lib/exposure.js';
import { describeTraffic } from '../lib/ports.js';
import type { Model, Permission } from '../model/types.js';
import { tierMap, type Tier } from './tiers.js';

export const INTERNET = 'internet';

export type NodeKind = 'internet' | 'trusted' | 'private' | 'public' | 'prefix-list' | 'group' | 'unknown';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** For groups: the tiers of what they protect. */
  tiers: Tier[];
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
}

/** The node a permission's group is: its address, else its id, else the rule resource. */
export function groupNode(p: Pick<Permission, 'securityGroup' | 'securityGroupId' | 'resource'>): string {
  return p.securityGroup ?? p.securityGroupId ?? `(group of ${p.resource})`;
}

/**
 * The exposure graph of a model (after side): nodes are the internet, CIDR
 * ranges (trusted, private, public), prefix lists and every security group;
 * edges are ingress permissions from peers, group-to-group references
 * included. An edge from the internet means the permission opens some traffic
 * to the whole internet, alone or with others of its group.
 */
export function buildGraph(model: Model, trusted: readonly ParsedCidr[] = []): ExposureGraph {
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
    const traffic = describeTraffic(p) ?? '';
    const edge = (from: string, possible = false): void => {
      edges.push({ from, to, traffic, permission: p, possible });
    };
    if (exposure.has(p)) {
      edge(INTERNET);
      continue;
    }
    const peer = p.peer;
    switch (peer.kind) {
      case 'cidr': {
        const c = peerCidr(peer) as ParsedCidr;
        const kind: NodeKind = cidrWithin(c, trusted) ? 'trusted' : classifyCidr(c) === 'private' ? 'private' : 'public';
        edge(node(peer.cidr, kind));
        break;
      }
      case 'prefix-list':
        edge(node(peer.id, 'prefix-list'));
        break;
      case 'security-group':
        if (peer.candidates) for (const c of peer.candidates) edge(node(c, 'group'), true);
        else edge(node(peer.address ?? peer.id ?? 'unknown group', 'group'));
        break;
      case 'self':
        edge(to);
        break;
      case 'unknown':
        edge(node(`unknown (${peer.attribute})`, 'unknown'));
        break;
    }
  }
  return { nodes, edges };
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
