import { severityRank, type Finding, type FindingReachability } from './types.js';

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Null (group unknown until apply) sorts after every named group. */
function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

/** Higher is more exposed: exposed, then unknown, then not exposed; 0 for a finding without an answer. */
export function reachabilityRank(r: FindingReachability | undefined): number {
  return r === undefined ? 0 : r.status === 'exposed' ? 3 : r.status === 'unknown' ? 2 : 1;
}

/** Of two answers for one finding (merged from several plans or peers), the more exposed one; the first on a tie. */
export function moreExposed(a: FindingReachability | undefined, b: FindingReachability | undefined): FindingReachability | undefined {
  return reachabilityRank(b) > reachabilityRank(a) ? b : a;
}

/**
 * The order every renderer shows findings in: most severe first, those the
 * internet can reach now first among equally severe ones, then by security group (unknown last), rule, resource, path, plan, and id. Uses code
 * unit order, not the locale, so output is the same on every machine.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    Number(b.reachability?.status === 'exposed') - Number(a.reachability?.status === 'exposed') ||
    compareGroups(a.securityGroup, b.securityGroup) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.resource, b.resource) ||
    compareStrings(a.path, b.path) ||
    compareStrings(a.plan, b.plan) ||
    compareStrings(a.id, b.id)
  );
}
