import type { Permission } from '../types/permission.js';
import { MAX_PORT, MIN_PORT, formatRange, overlap, parsePortRange, reachesPorts, type PortRange } from './ports.js';

/** Ports of one protocol, as rules list them: 22/tcp, 3389/tcp and 3389/udp. */
export interface ProtocolPorts {
  protocol: 'tcp' | 'udp';
  ranges: PortRange[];
}

export const ALL_PORTS: PortRange = { from: MIN_PORT, to: MAX_PORT };

/** Parses a list of ports and ranges (22, "5900-5903"); throws on a bad one (rule definitions only). */
export function portRanges(ports: ReadonlyArray<number | string>): PortRange[] {
  return ports.map((p) => {
    const r = parsePortRange(p);
    if (!r) throw new Error(`bad port ${String(p)}`);
    return r;
  });
}

/** Sorted, with overlapping and adjacent ranges merged. */
export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** The ports of `ranges` that are in none of `minus`. */
export function subtractRanges(ranges: readonly PortRange[], minus: readonly PortRange[]): PortRange[] {
  let rest = mergeRanges(ranges);
  for (const m of mergeRanges(minus)) {
    const next: PortRange[] = [];
    for (const r of rest) {
      if (m.to < r.from || m.from > r.to) {
        next.push(r);
        continue;
      }
      if (r.from < m.from) next.push({ from: r.from, to: m.from - 1 });
      if (r.to > m.to) next.push({ from: m.to + 1, to: r.to });
    }
    rest = next;
  }
  return rest;
}

/** How many ports a range holds. */
export function rangeSize(r: PortRange): number {
  return r.to - r.from + 1;
}

/**
 * The tcp/udp ports a permission opens, with AWS semantics: every port for
 * protocol 'all', its range for tcp/udp; null for ICMP, other protocols and
 * ports unknown until apply.
 */
export function permissionRange(p: Permission): PortRange | null {
  if (p.protocol === 'all') return ALL_PORTS;
  if (p.protocol !== 'tcp' && p.protocol !== 'udp') return null;
  if (p.fromPort === null || p.toPort === null) return null;
  return { from: p.fromPort, to: p.toPort };
}

/**
 * Labels of the listed ports the permission reaches, as messages show them:
 * `22/tcp`, `3389/udp`, the overlap only (`22` of 20-25), and without the
 * protocol when the permission allows every protocol.
 */
export function reachedPorts(p: Permission, specs: readonly ProtocolPorts[]): string[] {
  const labels: string[] = [];
  for (const spec of specs) {
    // A permission of another protocol, or with ports unknown, reaches none of the spec's ranges.
    if (p.protocol !== 'all' && (p.protocol !== spec.protocol || p.fromPort === null || p.toPort === null)) continue;
    for (const range of spec.ranges) {
      if (!reachesPorts(p, spec.protocol, range)) continue;
      const opened = formatRange(overlap(p, range) ?? range);
      const label = p.protocol === 'all' ? opened : `${opened}/${spec.protocol}`;
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}

/** Past this many items a message says "and N more". */
const MAX_LISTED = 6;

export function listLabels(labels: readonly string[]): string {
  const shown = labels.length > MAX_LISTED ? [...labels.slice(0, MAX_LISTED), `${labels.length - MAX_LISTED} more`] : labels;
  return shown.join(', ');
}
