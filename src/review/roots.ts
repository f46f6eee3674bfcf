/**
 * Which Terraform roots a publish run covers, for a monorepo whose matrix
 * plans only the roots a pull request affects (`sg-guard roots`): the roots
 * the merged reports checked, the roots `expect-roots` names that no report
 * covers (missing: the check fails), and the roots of the repository that
 * were not checked because the pull request does not touch them. Pure; the
 * caller reads the repository's roots (src/roots/roots.ts readLayout).
 */
import { Minimatch } from 'minimatch';
import { inlineCode } from '../lib/escape.js';
import { planRoot } from '../places.js';
import { cap, plural } from '../report/common.js';
import type { PlanEntry } from '../findings/types.js';
import type { UnreadReport } from './merge.js';

export interface RootCoverage {
  /** The roots the reports checked, sorted. */
  checked: string[];
  /** Roots of the repository that no report covers and that nothing expects: the pull request does not touch them. Sorted. */
  untouched: string[];
}

interface RootCheck extends RootCoverage {
  /** Entries of expect-roots without a report: a root, or a glob that matches no root at all. In the order of the input. */
  missing: string[];
}

/** Names listed in one line, at the most; more go in a fold. */
const MAX_INLINE_NAMES = 10;
/** Names listed in each part of the fold, at the most. */
const MAX_LISTED = 200;
/** A root's name is cut to this many characters. */
const MAX_NAME = 200;

const globOf = (pattern: string): Minimatch => new Minimatch(pattern, { dot: true, nocomment: true, nonegate: true, platform: 'linux' });

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The roots of `plans` (the merged reports' plans) against `expected` (the
 * expect-roots entries, roots or globs relative to the repository root) and
 * `known` (the repository's roots; null when unknown, e.g. no checkout). A
 * plain entry is missing when no plan has it as its root; a glob stands for
 * every known or checked root it matches, each of which must be checked, and
 * is missing itself when it matches none.
 */
export function checkRoots(plans: ReadonlyArray<Pick<PlanEntry, 'path' | 'label' | 'sourceRoot'>>, expected: readonly string[], known: readonly string[] | null): RootCheck {
  const checked = sorted(plans.map((p) => planRoot(p)));
  const have = new Set(checked);
  const candidates = sorted([...(known ?? []), ...checked]);
  const missing: string[] = [];
  const wanted = new Set<string>();
  for (const entry of expected) {
    const glob = globOf(entry);
    const roots = glob.hasMagic() ? candidates.filter((r) => glob.match(r)) : [entry];
    if (roots.length === 0) missing.push(entry);
    for (const root of roots) {
      wanted.add(root);
      if (!have.has(root) && !missing.includes(root)) missing.push(root);
    }
  }
  const untouched = (known ?? []).filter((r) => !have.has(r) && !wanted.has(r));
  return { checked, untouched: sorted(untouched), missing };
}

/** Why an entry of expect-roots has no report: a root whose analyze job uploaded none, or a glob that matches no root at all. */
export function missingRootReason(entry: string): string {
  return globOf(entry).hasMagic() ? 'it matches no root of the repository' : 'its analyze job did not upload one';
}

/** An entry of expect-roots that no report covers, as the summaries and the status name it. */
export function missingRoot(entry: string): UnreadReport {
  return { file: entry, problem: `${missingRootReason(entry)} (expect-roots names it)`, missingRoot: true };
}

function names(list: readonly string[], max: number): string {
  const shown = list.slice(0, max).map((r) => inlineCode(cap(r, MAX_NAME)));
  return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}

/**
 * The summary's line about the roots: which were checked, and which were not
 * because the pull request does not touch them; a small fold when the names
 * are many. '' for one root or none (a repository of one root needs no line).
 */
export function rootsSection(roots: RootCoverage): string {
  const { checked, untouched } = roots;
  if (checked.length + untouched.length <= 1) return '';
  const notTouched = 'not touched by this pull request, so not checked';
  if (checked.length + untouched.length <= MAX_INLINE_NAMES) {
    if (checked.length === 0) return `**Roots:** none checked: this pull request touches none of the ${plural(untouched.length, 'root')} (${names(untouched, MAX_INLINE_NAMES)}).`;
    const parts = [`checked ${names(checked, MAX_INLINE_NAMES)}`, ...(untouched.length > 0 ? [`${notTouched}: ${names(untouched, MAX_INLINE_NAMES)}`] : [])];
    return `**Roots:** ${parts.join('; ')}.`;
  }
  const head = checked.length === 0 ? `none checked: this pull request touches none of the ${plural(untouched.length, 'root')}` : `${checked.length} checked${untouched.length > 0 ? `, ${untouched.length} ${notTouched}` : ''}`;
  const body = [...(checked.length > 0 ? [`Checked: ${names(checked, MAX_LISTED)}.`] : []), ...(untouched.length > 0 ? [`Not touched by this pull request: ${names(untouched, MAX_LISTED)}.`] : [])];
  return ['<details>', `<summary><strong>Roots:</strong> ${head}</summary>`, '', body.join('\n\n'), '', '</details>'].join('\n');
}
