import { severityRank, type Finding } from './types.js';

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

/**
 * The order every renderer shows findings in: most severe first, then by
 * security group (unknown last), rule, resource, path, plan, and id. Uses code
 * unit order, not the locale, so output is the same on every machine.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareGroups(a.securityGroup, b.securityGroup) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.resource, b.resource) ||
    compareStrings(a.path, b.path) ||
    compareStrings(a.plan, b.plan) ||
    compareStrings(a.id, b.id)
  );
}
