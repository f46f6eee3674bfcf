/**
 * One finding per place in the code: when several plans (Terraform roots)
 * instantiate the same module, the same block yields the same finding in each.
 * Reviewers want it once, with every root it appears in. Plans are told apart
 * by their path; reports show their label (the root directory).
 */
import { createHash } from 'node:crypto';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Finding, PlanEntry, Place } from './findings/types.js';
import { moreExposed } from './findings/order.js';

/**
 * A plan's default label: its root directory, the plan file's directory
 * relative to `cwd` ('.' for `cwd` itself, and for stdin). A relative path
 * needs no `cwd`; an absolute one without it keeps its absolute directory.
 */
export function planLabel(path: string, cwd?: string): string {
  if (path === '-') return '.';
  const slashed = path.replace(/\\/g, '/');
  if (isAbsolute(path) || slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) {
    if (cwd === undefined) return posix.dirname(slashed);
    return relative(cwd, dirname(resolve(cwd, path))).split(sep).join('/') || '.';
  }
  return posix.normalize(posix.dirname(slashed));
}

/**
 * The Terraform root a plan belongs to, as per-root settings (expect-roots,
 * an exception's or a rule override's `roots`) name it: the directory its
 * sources were read from, relative to the repository root, when they were
 * read; otherwise its label (the plan file's directory).
 */
export function planRoot(plan: Pick<PlanEntry, 'path' | 'label' | 'sourceRoot'>): string {
  return plan.sourceRoot ?? (plan.label || planLabel(plan.path));
}

/**
 * What each plan is called in a report, by path: its label, or its path
 * when another plan of the report has the same label (two plans of one root).
 */
export function planNames(plans: ReadonlyArray<Pick<PlanEntry, 'path' | 'label'>>): Map<string, string> {
  const paths = new Map<string, Set<string>>();
  for (const p of plans) paths.set(p.label, (paths.get(p.label) ?? new Set()).add(p.path));
  return new Map(plans.map((p) => [p.path, (paths.get(p.label)?.size ?? 0) > 1 ? p.path : p.label]));
}

/** The name of the plan at `path` in `names` (planNames), or its default label when the report does not list it. */
export function planName(names: ReadonlyMap<string, string>, path: string): string {
  return names.get(path) ?? planLabel(path);
}

/** The places of a merged finding other than its own plan and resource; [] for any other finding. */
export function otherPlaces(f: Finding): Place[] {
  return (f.places ?? []).filter((p) => !(p.plan === f.plan && p.resource === f.resource));
}

function key(f: Finding): string | null {
  // Only located findings can be told to be the same code; the change and the
  // suppression must agree too, or merging would hide a difference.
  if (!f.location) return null;
  const l = f.location;
  return JSON.stringify([
    f.rule, f.messageId, l.file, l.line, l.endLine, f.path, f.direction, f.protocol, f.fromPort, f.toPort, f.peer, f.change,
    f.suppression ? [f.suppression.kind, f.suppression.reason, f.suppression.source] : null,
  ]);
}

function placesOf(f: Finding): Place[] {
  return f.places ?? [{ plan: f.plan, resource: f.resource }];
}

/**
 * Findings of several plans merged where they are the same block of the same
 * module: the first (in the order given) stands for all, with `places` naming
 * every plan and resource address, itself first, and the most exposed
 * `reachability` of them. A finding that was merged
 * before (from another report) brings all its places. Findings of one plan,
 * and findings without a location, are never merged.
 */
export function mergeAcrossPlans(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const k = key(f);
    const first = k === null ? undefined : byKey.get(k);
    if (first) {
      const theirs = placesOf(first);
      const mine = placesOf(f);
      if (mine.every((p) => !theirs.some((q) => q.plan === p.plan))) {
        first.places = [...theirs, ...mine.map((p) => ({ ...p }))];
        // The block is as exposed as its most exposed place (the first on a tie).
        const reach = moreExposed(first.reachability, f.reachability);
        if (reach) first.reachability = reach;
        continue;
      }
    }
    const copy: Finding = { ...f };
    if (f.places) copy.places = f.places.map((p) => ({ ...p }));
    if (k !== null && !first) byKey.set(k, copy);
    out.push(copy);
  }
  return out;
}

/**
 * The findings with distinct ids. A finding id is a fingerprint of what is
 * exposed (rule, resource address, permission), so two plans that declare the
 * same address in different files (each root its own `aws_security_group.web`),
 * or the same module block with a different change, give the same id. The
 * first keeps it; each later one gets a new id derived from the id and its
 * plan's path, so it stays the same from run to run for the same plans, and
 * comments, commands and code scanning can tell them apart.
 */
export function uniqueIds(findings: readonly Finding[]): Finding[] {
  const used = new Set<string>();
  return findings.map((f) => {
    if (!used.has(f.id)) {
      used.add(f.id);
      return f;
    }
    let id = f.id;
    for (let n = 0; used.has(id); n++) {
      id = createHash('sha256')
        .update(JSON.stringify(n === 0 ? [f.id, f.plan] : [f.id, f.plan, n]))
        .digest('hex')
        .slice(0, 12);
    }
    used.add(id);
    return { ...f, id };
  });
}
