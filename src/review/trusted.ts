/**
 * The publish job's verdict, decided with trusted inputs only. The reports it
 * posts come from analyze jobs that ran the pull request's code, so nothing a
 * report says may lower the verdict: with the plans (the JSON the analyze jobs
 * also uploaded), the publish job evaluates them again with its own policy,
 * and a report only lends what cannot change the verdict (where a finding is
 * written in the .tf files). No waiver a report claims is granted: the policy
 * here and the maintainers' commands on the pull request decide. Pure.
 */
import { summarise } from '../engine.js';
import type { FailOnScope, Finding, Report, Threshold } from '../findings/types.js';
import { applySuppressions, type Exception } from '../waivers/apply.js';
import { reviewInlineWaivers } from '../waivers/review.js';

interface Reconciled {
  /** The trusted report, with locations from the untrusted one. */
  report: Report;
  /** Where the untrusted report says something else, in words (empty when it agrees). */
  disagreements: string[];
}

/** Disagreements listed by name, at most; the rest are counted. */
const MAX_NAMED = 10;

function named(ids: readonly string[], what: string): string {
  const shown = ids.slice(0, MAX_NAMED).join(', ');
  return `${ids.length} ${what}${ids.length === 1 ? '' : 's'} (${shown}${ids.length > MAX_NAMED ? `, and ${ids.length - MAX_NAMED} more` : ''})`;
}

/**
 * The trusted evaluation of the plans, with each finding's `location` (and
 * `places`) taken from the finding of the same id in the untrusted report,
 * and its in-code ignore, as an `inline` suppression for claimsToRequests to
 * turn into a request. What the report says about severity, change, fail-on
 * and other suppressions is only compared.
 */
export function reconcileReports(trusted: Report, untrusted: Report): Reconciled {
  const claimed = new Map<string, Finding>();
  for (const f of untrusted.findings) if (!claimed.has(f.id)) claimed.set(f.id, f);
  const findings = trusted.findings.map((f): Finding => {
    const c = claimed.get(f.id);
    if (!c) return f;
    const located: Finding = { ...f, location: f.location ?? c.location };
    if (c.places && !f.places) located.places = c.places;
    // A claimed in-code ignore: kept only for claimsToRequests to turn into a request.
    if (!f.suppression && c.suppression?.kind === 'inline') located.suppression = { ...c.suppression };
    return located;
  });

  const disagreements: string[] = [];
  if (untrusted.failOn !== trusted.failOn) disagreements.push(`it says fail-on ${untrusted.failOn}; the policy here says ${trusted.failOn}`);
  if (untrusted.failOnScope !== trusted.failOnScope) disagreements.push(`it says fail-on-scope ${untrusted.failOnScope}; the policy here says ${trusted.failOnScope}`);
  const trustedIds = new Map(trusted.findings.map((f) => [f.id, f]));
  const missing = trusted.findings.filter((f) => !claimed.has(f.id)).map((f) => f.id);
  if (missing.length > 0) disagreements.push(`it leaves out ${named(missing, 'finding')}`);
  const extra = untrusted.findings.filter((f) => !trustedIds.has(f.id)).map((f) => f.id);
  if (extra.length > 0) disagreements.push(`it has ${named(extra, 'finding')} that the plans do not give`);
  const severity: string[] = [];
  const change: string[] = [];
  const suppressed: string[] = [];
  for (const c of claimed.values()) {
    const t = trustedIds.get(c.id);
    if (!t) continue;
    if (c.severity !== t.severity) severity.push(c.id);
    if (c.change !== t.change) change.push(c.id);
    if (c.suppression && c.suppression.kind !== 'inline' && !t.suppression) suppressed.push(c.id);
  }
  if (severity.length > 0) disagreements.push(`it gives another severity to ${named(severity, 'finding')}`);
  if (change.length > 0) disagreements.push(`it says another change (added, unchanged, removed) for ${named(change, 'finding')}`);
  if (suppressed.length > 0) disagreements.push(`it marks ${named(suppressed, 'finding')} as waived, which the policy here does not`);
  return { report: { ...trusted, findings, summary: summarise(findings, trusted.failOn, trusted.failOnScope) }, disagreements };
}

/**
 * What a publish job without the plans can still refuse to take from the
 * reports: their fail-on and scope (this job's policy decides), and every
 * waiver they claim. Exceptions are this job's own, applied again; a claimed
 * in-code ignore becomes a request a maintainer approves. Severities and what
 * the plan adds come from the reports: only the plans could check them.
 */
export function hardenReport(report: Report, policy: { failOn: Threshold; failOnScope: FailOnScope; exceptions: readonly Exception[]; today: Date; inlineIgnores: 'review' | 'trust' | 'off' }): Report {
  const findings = report.findings.map((f): Finding => (f.suppression && f.suppression.kind !== 'inline' ? { ...f, suppression: null } : f));
  const base: Report = { ...report, failOn: policy.failOn, failOnScope: policy.failOnScope, findings, summary: summarise(findings, policy.failOn, policy.failOnScope) };
  return claimsToRequests(applySuppressions(base, { exceptions: policy.exceptions, today: policy.today }), policy);
}

/** Every in-code ignore a report claims, as a request for a maintainer (or nothing, with inline-ignores off). */
export function claimsToRequests(report: Report, policy: { exceptions: readonly Exception[]; today: Date; inlineIgnores: 'review' | 'trust' | 'off' }): Report {
  return reviewInlineWaivers(report, { mode: policy.inlineIgnores === 'off' ? 'off' : 'review', isAddedLine: () => true, author: null, approvals: [], today: policy.today, exceptions: policy.exceptions });
}
