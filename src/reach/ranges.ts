/** Sets of addresses as sorted, disjoint, inclusive [first, last] ranges of one family. */
import { parseCidr } from '../lib/cidr.js';

export type Range = readonly [bigint, bigint];
export type Ranges = readonly Range[];

export const WHOLE: Record<4 | 6, Ranges> = { 4: [[0n, (1n << 32n) - 1n]], 6: [[0n, (1n << 128n) - 1n]] };

/** The range of a CIDR in `family`, or null when it is another family or no CIDR. */
export function cidrRange(cidr: string, family: 4 | 6): Range | null {
  const c = parseCidr(cidr);
  return c && c.family === family ? [c.first, c.last] : null;
}

export function intersect(a: Ranges, r: Range): Range[] {
  const out: Range[] = [];
  for (const [f, l] of a) {
    const first = f > r[0] ? f : r[0];
    const last = l < r[1] ? l : r[1];
    if (first <= last) out.push([first, last]);
  }
  return out;
}

export function intersectAll(a: Ranges, b: Ranges): Range[] {
  return b.flatMap((r) => intersect(a, r)).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}

export function subtract(a: Ranges, r: Range): Range[] {
  const out: Range[] = [];
  for (const [f, l] of a) {
    if (r[1] < f || r[0] > l) {
      out.push([f, l]);
      continue;
    }
    if (f < r[0]) out.push([f, r[0] - 1n]);
    if (l > r[1]) out.push([r[1] + 1n, l]);
  }
  return out;
}
