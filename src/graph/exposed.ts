/**
 * What a group opens to the whole internet, as reachability questions: one
 * per protocol, merged port range and address family, never one per port. The
 * exposure diff asks them of both sides of a plan's network, the graph of the
 * after side.
 */
import { ingressExposure } from '../lib/exposure.js';
import { ALL_PORTS, mergeRanges, subtractRanges } from '../lib/port-set.js';
import { describeTraffic, type PortRange } from '../lib/ports.js';
import type { Model, Permission, Protocol } from '../model/types.js';
import type { Family } from '../reach/evaluate.js';
import type { NetModel } from '../reach/types.js';

/** Open ports by `protocol|family` (tcp, udp, or another protocol on all its "ports"). */
export type OpenTraffic = Map<string, PortRange[]>;

/** One reachability question: a protocol, one merged range, and the family (both when absent). */
export interface TrafficQuery {
  protocol: Protocol;
  ports: PortRange;
  family?: Family;
  /** "8080/tcp", "22/tcp (IPv6)". */
  words: string;
}

function familyOf(p: Permission): Family {
  return p.peer.kind === 'cidr' ? p.peer.family : 4;
}

/** The node a permission's group is: its address, else its id, else the rule resource. */
export function groupNode(p: Pick<Permission, 'securityGroup' | 'securityGroupId' | 'resource'>): string {
  return p.securityGroup ?? p.securityGroupId ?? `(group of ${p.resource})`;
}

/** Per group (its node: groupNode): the traffic it opens to the whole internet (alone or with other CIDRs of the group). */
export function openToInternet(model: Model): Map<string, OpenTraffic> {
  const out = new Map<string, OpenTraffic>();
  for (const [p, pieces] of ingressExposure(model)) {
    const group = groupNode(p);
    const open = out.get(group) ?? new Map<string, PortRange[]>();
    for (const x of pieces) {
      const protocol = x.protocol === 'other' ? p.protocol : x.protocol;
      const key = `${protocol}|${familyOf(p)}`;
      open.set(key, [...(open.get(key) ?? []), x.range ?? ALL_PORTS]);
    }
    out.set(group, open);
  }
  return out;
}

/** The union of several groups' open traffic, merged. */
export function unionOpen(list: ReadonlyArray<OpenTraffic | undefined>): OpenTraffic {
  const out: OpenTraffic = new Map();
  for (const open of list) for (const [k, ranges] of open ?? []) out.set(k, [...(out.get(k) ?? []), ...ranges]);
  for (const [k, ranges] of out) out.set(k, mergeRanges(ranges));
  return out;
}

/** What both open. */
export function intersectOpen(a: OpenTraffic, b: OpenTraffic): OpenTraffic {
  const out: OpenTraffic = new Map();
  for (const [k, ranges] of a) {
    const other = b.get(k);
    if (!other) continue;
    const both = subtractRanges(ranges, subtractRanges([ALL_PORTS], other));
    if (both.length > 0) out.set(k, both);
  }
  return out;
}

/**
 * The questions to ask for some open traffic: per protocol, the ranges open
 * to both families in one question, and what only one family reaches in its
 * own (said in the words: "(IPv6)").
 */
export function trafficQueries(open: OpenTraffic): TrafficQuery[] {
  const protocols = [...new Set([...open.keys()].map((k) => k.slice(0, k.lastIndexOf('|'))))].sort();
  const out: TrafficQuery[] = [];
  for (const protocol of protocols) {
    const v4 = mergeRanges(open.get(`${protocol}|4`) ?? []);
    const v6 = mergeRanges(open.get(`${protocol}|6`) ?? []);
    const both = subtractRanges(v4, subtractRanges([ALL_PORTS], v6));
    const ported = protocol === 'tcp' || protocol === 'udp';
    const add = (ranges: readonly PortRange[], family: Family | undefined): void => {
      for (const r of ranges) {
        const words = describeTraffic({ protocol: protocol as Protocol, fromPort: r.from, toPort: r.to }) ?? protocol;
        out.push({ protocol: protocol as Protocol, ports: ported ? r : ALL_PORTS, ...(family ? { family } : {}), words: family === 6 ? `${words} (IPv6)` : family === 4 && v6.length > 0 ? `${words} (IPv4)` : words });
      }
    };
    add(both, undefined);
    add(subtractRanges(v4, both), 4);
    add(subtractRanges(v6, both), 6);
  }
  return out.sort((a, b) => a.protocol.localeCompare(b.protocol) || a.ports.from - b.ports.from || (a.family ?? 0) - (b.family ?? 0));
}

/** The resources that use each group of the model (its after side's attachments), by resource. */
export function groupsByResource(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of model.groups) {
    for (const a of g.attachments) {
      const list = out.get(a.resource) ?? [];
      if (!list.includes(g.address)) list.push(g.address);
      out.set(a.resource, list);
    }
  }
  return out;
}

/** An endpoint without its address: resources alike in all else get the same answers, so they are asked once. */
export function endpointKey(net: NetModel, target: string): string {
  const ep = net.endpoints.get(target);
  return ep ? JSON.stringify({ ...ep, address: '' }) : '';
}
