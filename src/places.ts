/**
 * One finding per place in the code: when several plans (Terraform roots)
 * instantiate the same module, the same block yields the same finding in each.
 * Reviewers want it once, with every root it appears in.
 */
import type { Finding } from './rules/types.js';

/** Where else a merged finding stands: each plan and the resource address there. */
export interface Place {
  plan: string;
  resource: string;
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

/**
 * Findings of several plans merged where they are the same block of the same
 * module: the first (in report order) stands for all, with `places` naming
 * every plan and resource address, itself first. Findings of one plan, and
 * findings without a location, are never merged.
 */
export function mergeAcrossPlans(findings: readonly Finding[]): Array<Finding & { places?: Place[] }> {
  const out: Array<Finding & { places?: Place[] }> = [];
  const byKey = new Map<string, Finding & { places?: Place[] }>();
  for (const f of findings) {
    const k = key(f);
    const first = k === null ? undefined : byKey.get(k);
    if (first && first.plan !== f.plan && !(first.places ?? []).some((p) => p.plan === f.plan)) {
      first.places = [...(first.places ?? [{ plan: first.plan, resource: first.resource }]), { plan: f.plan, resource: f.resource }];
      continue;
    }
    const copy = { ...f };
    if (k !== null && !first) byKey.set(k, copy);
    out.push(copy);
  }
  return out;
}
