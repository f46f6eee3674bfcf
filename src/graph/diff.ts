import { describePeer } from '../lib/peer.js';
import type { Model } from '../model/types.js';
import { buildGraph, INTERNET, type ExposureGraph, type GraphEdge } from './graph.js';

export interface ExposureChange {
  kind: 'added' | 'removed';
  /** The group that admits the traffic. */
  group: string;
  traffic: string;
  /** Who reaches it: a CIDR as written, a prefix list, a group address. */
  from: string;
  /** The whole internet (alone or with other CIDRs of the group). */
  internet: boolean;
  /** "aws_security_group.db: 5432/tcp now reachable from aws_security_group.alb". */
  text: string;
}

function fromLabel(e: GraphEdge): string {
  // Internet edges name the CIDR as written (0.0.0.0/0, ::/0, 0.0.0.0/1...), others their node.
  return e.from === INTERNET ? describePeer(e.permission.peer) : e.from;
}

function keyed(graph: ExposureGraph): Map<string, GraphEdge> {
  const map = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (e.from === e.to) continue; // self-references change nothing about who reaches the group
    map.set(`${e.to}|${e.traffic}|${fromLabel(e)}`, e);
  }
  return map;
}

/** The model as it stands before the plan: its before-side permissions. */
export function beforeModel(model: Model): Model {
  return { ...model, permissions: model.beforePermissions, beforePermissions: [] };
}

/**
 * What this plan changes in who can reach whom, in plain words, even for
 * changes no rule flags. A state (no before side) changes nothing. Internet
 * changes first, then by group.
 */
export function exposureDiff(model: Model): ExposureChange[] {
  if (model.plan.kind === 'state') return [];
  const after = keyed(buildGraph(model));
  const before = keyed(buildGraph(beforeModel(model)));
  const out: ExposureChange[] = [];
  const add = (kind: 'added' | 'removed', e: GraphEdge): void => {
    const from = fromLabel(e);
    const internet = e.from === INTERNET;
    const text = `${e.to}: ${e.traffic} ${kind === 'added' ? 'now reachable' : 'no longer reachable'} from ${from}${internet ? ' (the internet)' : ''}`;
    out.push({ kind, group: e.to, traffic: e.traffic, from, internet, text });
  };
  for (const [k, e] of after) if (!before.has(k)) add('added', e);
  for (const [k, e] of before) if (!after.has(k)) add('removed', e);
  return out.sort((a, b) => Number(b.internet) - Number(a.internet) || a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text));
}
