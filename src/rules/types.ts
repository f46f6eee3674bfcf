import type { Direction, Model, Permission, Protocol } from '../model/types.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A fail-on threshold: a severity, or 'never' to never block. */
export type Threshold = Severity | 'never';

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: Threshold): boolean {
  return threshold !== 'never' && severityRank(s) >= severityRank(threshold);
}

export interface Reference {
  title: string;
  url: string;
}

export interface RuleMeta {
  /** kebab-case; equals the file name under src/rules and docs/rules. */
  name: string;
  severity: Severity;
  /** One line, e.g. "SSH open to the internet". */
  title: string;
  /** What the rule looks for, one or two sentences. */
  description: string;
  /** Why it matters. */
  why: string;
  /** How to fix it. */
  fix: string;
  references: Reference[];
  /** Message templates keyed by id; `{{name}}` placeholders are filled from report data. */
  messages: Record<string, string>;
  /**
   * Broader rules that, when any of them reports the same permission, make
   * this rule's finding redundant (one all-traffic rule, not four findings).
   */
  supersededBy?: string | readonly string[];
}

/** What a rule reports: a permission (or a group, for group-level rules) and a message. */
export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  permission?: Permission;
  /** For group-level findings without a single permission. */
  securityGroup?: string | null;
  resource?: string;
  path?: string;
}

export interface RuleOptions {
  [key: string]: unknown;
}

export interface RuleContext {
  model: Model;
  options: RuleOptions;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Where a finding is written in the Terraform sources (paths relative to the repository root). */
export interface SourceLocation {
  file: string;
  line: number;
  endLine: number;
}

export interface Finding {
  /** Stable fingerprint: the same finding has the same id across runs. */
  id: string;
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  messageId: string;
  /** Label of the plan the finding came from (its path). */
  plan: string;
  securityGroup: string | null;
  resource: string;
  resourceType: string | null;
  path: string;
  direction: Direction | null;
  protocol: Protocol | null;
  fromPort: number | null;
  toPort: number | null;
  /** The peer in words: a CIDR, `pl-…`, a group address or id, `self`, or `unknown (attribute)`. */
  peer: string | null;
  peerKind: 'cidr' | 'prefix-list' | 'security-group' | 'self' | 'unknown' | null;
  /** The .tf lines that grant it; null until located, or when the source cannot be found. */
  location: SourceLocation | null;
}

export interface Summary {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  /** Findings at or above the fail-on threshold. */
  blocking: number;
}

export interface PlanEntry {
  path: string;
  kind: 'plan' | 'state';
  terraformVersion: string | null;
  formatVersion: string | null;
  /** The directory whose .tf files were read to locate findings (null: not read). */
  sourceRoot: string | null;
  /** Source files that could not be read or parsed; their findings keep location null. */
  sourceErrors: Array<{ file: string; reason: string }>;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  failOn: Threshold;
  plans: PlanEntry[];
  findings: Finding[];
  summary: Summary;
}
