import { describePeer } from '../lib/peer.js';
import { beforeModel, touchesSecurityGroups } from '../model/before.js';
import type { Model } from '../model/types.js';
import type { PlanNetworks } from '../reach/types.js';
import { INTERNET, ingressEdges, type GraphEdge } from './graph.js';
import { reachChanges } from './reach-diff.js';

export interface ExposureChange {
  /**
   * added/removed: what a group admits changed. exposed/not-exposed/unknown:
   * whether the internet really reaches a resource changed (the answer after the plan).
   */
  kind: 'added' | 'removed' | 'exposed' | 'not-exposed' | 'unknown';
  /** The group that admits the traffic (for a resource: every group of it that admits the internet, comma-separated). */
  group: string;
  /** For a change of reachability: the resource the internet reaches, or no longer does. */
  resource?: string;
  traffic: string;
  /** Who reaches it: CIDRs as written (several for the internet), a prefix list, a group address. */
  from: string;
  /** The whole internet (alone or with other CIDRs of the group). */
  internet: boolean;
  /** "aws_security_group.db: 5432/tcp now reachable from aws_security_group.alb". */
  text: string;
}

function fromLabel(e: GraphEdge): string {
  // Internet edges name the CIDR as written (0.0.0.0/0, ::/0, 0.0.0.0/1...), others their node.
  if (e.from === INTERNET) return describePeer(e.permission.peer);
  if (e.permission.peer.kind === 'unknown') return `a peer unknown until apply (${e.permission.peer.attribute})`;
  return e.from;
}

function keyed(edges: readonly GraphEdge[]): Map<string, GraphEdge> {
  const map = new Map<string, GraphEdge>();
  for (const e of edges) {
    if (e.from === e.to) continue; // self-references change nothing about who reaches the group
    map.set(`${e.to}|${e.traffic}|${fromLabel(e)}`, e);
  }
  return map;
}

/**
 * What this plan changes in who can reach whom, in plain words, even for
 * changes no rule flags: first what it changes in whether the internet
 * really reaches a resource (with `networks`, both sides of the plan's
 * network; src/graph/reach-diff.ts), even where no group changed; then what
 * it changes in what groups admit, internet first, by group. A state (no
 * before side) changes nothing.
 */
export function exposureDiff(model: Model, networks?: PlanNetworks): ExposureChange[] {
  if (model.plan.kind === 'state') return [];
  const reach = networks ? reachChanges(model, networks) : [];
  if (!touchesSecurityGroups(model)) return reach;
  // The edges of the exposure graph on each side; its nodes are not needed to compare them.
  const after = keyed(ingressEdges(model));
  const before = keyed(ingressEdges(beforeModel(model)));
  // One line per group, traffic and direction of change; the internet's CIDRs (0.0.0.0/0, ::/0) share it.
  const lines = new Map<string, { kind: 'added' | 'removed'; group: string; traffic: string; from: string[]; internet: boolean }>();
  const add = (kind: 'added' | 'removed', e: GraphEdge): void => {
    const internet = e.from === INTERNET;
    const key = `${kind}|${e.to}|${e.traffic}|${internet ? INTERNET : e.from}`;
    const line = lines.get(key) ?? { kind, group: e.to, traffic: e.traffic, from: [], internet };
    const from = fromLabel(e);
    if (!line.from.includes(from)) line.from.push(from);
    lines.set(key, line);
  };
  for (const [k, e] of after) if (!before.has(k)) add('added', e);
  for (const [k, e] of before) if (!after.has(k)) add('removed', e);
  const out: ExposureChange[] = [...lines.values()].map((l) => {
    const from = l.from.sort().join(', ');
    const text = `${l.group}: ${l.traffic} ${l.kind === 'added' ? 'now reachable' : 'no longer reachable'} from ${from}${l.internet ? ' (the internet)' : ''}`;
    return { kind: l.kind, group: l.group, traffic: l.traffic, from, internet: l.internet, text };
  });
  out.sort((a, b) => Number(b.internet) - Number(a.internet) || a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text));
  return [...reach, ...out];
}
