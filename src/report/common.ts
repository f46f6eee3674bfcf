/** Helpers shared by the renderers. Pure functions only. */
import { compareFindings } from '../findings/order.js';
import { ruleByName } from '../rules/index.js';
import { type RuleMeta } from '../rules/types.js';
import { SEVERITIES, type Finding, type Report, type Severity, type Summary } from '../findings/types.js';
import { escapeMarkdown } from '../lib/escape.js';
import { TOOL_URI } from '../version.js';

/** Where a rule's documentation lives: `${TOOL_URI}/blob/main/docs/rules/<name>.md`. */
export function ruleDocsUrl(ruleName: string): string {
  return `${TOOL_URI}/blob/main/docs/rules/${encodeURIComponent(ruleName)}.md`;
}

/** A rule's own words for Markdown: a custom rule's come from the configuration, which a pull request can write. */
export function ruleText(rule: Pick<RuleMeta, 'custom'>, text: string): string {
  return rule.custom ? escapeMarkdown(text) : text;
}

/** Whether the rule has a page under docs/rules: built-in rules do, custom rules (and unknown names) do not. */
export function hasRulePage(name: string): boolean {
  return ruleByName(name) !== undefined;
}


/** What holds a finding, in words: its security group, else the network ACL of an ACL finding; null when neither is known. */
export function findingHolder(f: Pick<Finding, 'securityGroup' | 'networkAcl'>): string | null {
  return f.securityGroup ?? (f.networkAcl !== undefined ? `network ACL ${f.networkAcl}` : null);
}

/** A report a publish run could not use, or (`missingRoot`) a root expect-roots names that no report covers. */
export interface IncompleteInput {
  file: string;
  problem: string;
  missingRoot?: true;
}

/**
 * What a publish run lacks, in a few words for a heading or a status:
 * `2 reports could not be read and live/uat has no report`. `name` writes a
 * root's name (inline code in Markdown, cut in a status); '' when nothing lacks.
 */
export function incompleteWords(unread: readonly IncompleteInput[], reportsWords: (count: number) => string, name: (root: string) => string): string {
  const reports = unread.filter((u) => !u.missingRoot).length;
  const roots = unread.filter((u) => u.missingRoot);
  const parts: string[] = [];
  if (reports > 0) parts.push(reportsWords(reports));
  if (roots.length === 1) parts.push(`${name(roots[0]?.file ?? '')} has no report`);
  else if (roots.length > 1) parts.push(`${roots.length} roots have no report`);
  return parts.join(' and ');
}

/** Whether the findings block the merge at the report's fail-on. */
export function isBlocking(report: Report): boolean {
  return report.failOn !== 'never' && report.summary.blocking > 0;
}

/** A value from a plan or a report cut to `max` code points, with an ellipsis. */
export function cap(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** `aws_security_group.web.ingress[0]`: the resource address and the attribute path inside it. */
export function findingLocation(finding: Pick<Finding, 'resource' | 'path'>): string {
  return finding.path ? `${finding.resource}.${finding.path}` : finding.resource;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `2 critical, 1 info`; `no findings` when every count is zero. */
export function formatCounts(summary: Summary): string {
  const parts = SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

export function totalFindings(summary: Summary): number {
  return SEVERITIES.reduce((sum, s) => sum + summary[s], 0);
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};
