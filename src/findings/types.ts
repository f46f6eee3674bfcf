/**
 * The report model: findings, their severity and change, the summary and the
 * report every renderer and publisher reads. The engine (src/engine.ts) makes
 * it from what rules report; nothing here knows a rule.
 */
import type { Direction, Protocol } from '../model/types.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A fail-on threshold: a severity, or 'never' to never block. */
export type Threshold = Severity | 'never';

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** A finding's id and then its aliases (the ids it had before findings merged). */
export function idsOf(f: Pick<Finding, 'id' | 'aliases'>): string[] {
  return f.aliases && f.aliases.length > 0 ? [f.id, ...f.aliases] : [f.id];
}

/** What `byId` holds for the finding: under its id first, else under one of its aliases. */
export function lookupFinding<T>(byId: ReadonlyMap<string, T>, f: Pick<Finding, 'id' | 'aliases'>): T | undefined {
  for (const id of idsOf(f)) {
    const found = byId.get(id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first line of the block a location is in: its `blockLine`, else its `line`. */
export function blockStart(location: Pick<SourceLocation, 'line' | 'blockLine'>): number {
  return location.blockLine ?? location.line;
}

export function atLeast(s: Severity, threshold: Threshold): boolean {
  return threshold !== 'never' && severityRank(s) >= severityRank(threshold);
}

/**
 * Where a finding is written in the Terraform sources (paths relative to the
 * repository root): the block that grants it, from `blockLine` to `endLine`,
 * and the line to point at, `line`.
 */
export interface SourceLocation {
  file: string;
  /** The offending value's line (`cidr_blocks = ["0.0.0.0/0"]`) when the source tells it, else the block's first line. */
  line: number;
  /** The block's last line. */
  endLine: number;
  /** The block's first line, when `line` is a line inside it (the offending value's); absent when `line` is the block's first. */
  blockLine?: number;
  /**
   * Set when the finding is in a module whose source is not in the repository
   * (a registry or git module, or a local path with no files): the location is
   * then the `module` block that calls it.
   */
  module?: { source: string | null; kind: 'remote' | 'missing' };
}

export interface Finding {
  /** Stable fingerprint: the same finding has the same id across runs. */
  id: string;
  /**
   * The ids of the findings this one stands for since findings of one rule
   * block merged across its peers (one per peer) and missing-description went
   * per group: an ignore, approval or inline comment given under one of them
   * applies to this finding. Absent when there are none.
   */
  aliases?: string[];
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  messageId: string;
  /** The path of the plan the finding came from (its label is in the report's plan entry). */
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
  /**
   * For network ACL findings: the ACL's address (its id when it lies outside
   * the plan); `resource` is then the resource that writes the rule (the ACL
   * itself for inline rules, else the aws_network_acl_rule). Absent otherwise.
   */
  networkAcl?: string;
  /**
   * The attribute path of the peer value in the resource, e.g.
   * `ingress[1].cidr_blocks[0]` (of its first peer, for a finding that lists
   * several): locating uses it to find the value's line. Absent on a finding
   * about no one permission (a group, a resource).
   */
  peerPath?: string;
  /** The .tf lines that grant it; null until located, or when the source cannot be found. */
  location: SourceLocation | null;
  /**
   * Whether the finding is silenced, and how and why: null when it is active.
   * The engine sets null; applySuppressions (src/waivers/apply.ts) fills it in.
   */
  suppression: FindingSuppression | null;
  /**
   * Set on a finding that stays active because the `sg-guard:ignore` comment
   * meant for it was added by this pull request and no maintainer has approved
   * it yet (reviewInlineWaivers, src/waivers/review.ts). Absent otherwise.
   */
  waiverRequest?: WaiverRequest;
  /**
   * What this plan does to it: `added` (the plan introduces it), `unchanged`
   * (already true before the plan), `removed` (the plan fixes it; listed, never
   * counted or blocking). A state has no before side: everything is unchanged.
   */
  change: FindingChange;
  /**
   * Set on a finding that stands for the same block of a module used by
   * several plans (Terraform roots): every plan and the resource address
   * there, this finding's own first (src/places.ts). Absent otherwise.
   */
  places?: Place[];
  /**
   * On an ingress finding whose peer includes the internet (a /0, or CIDRs
   * that cover it together): whether the internet can really reach a resource
   * that uses the group, through subnets, routes, gateways, public addresses
   * and network ACLs (src/reach). Absent on every other finding.
   */
  reachability?: FindingReachability;
}

/** A hop of an exposed path, from the internet to the resource. */
export interface ReachabilityHop {
  kind: 'internet' | 'internet-gateway' | 'route-table' | 'subnet' | 'network-acl' | 'load-balancer' | 'security-group' | 'resource';
  /** A resource address (or, for `internet`, `0.0.0.0/0` or `::/0`): from the plan, untrusted. */
  address: string;
}

/** Something that stops the internet on the way: what it is and why, in words (plan text inside: untrusted). */
export interface ReachabilityBlock {
  kind: ReachabilityHop['kind'] | 'public-address';
  address: string;
  why: string;
}

/**
 * Whether the internet reaches what the group is on: `exposed` with one path
 * (and what gives the resource its public address), `not-exposed` with every
 * block, or `unknown` with why. Unknown is never safe.
 */
export type FindingReachability =
  | { status: 'exposed'; path: ReachabilityHop[]; publicAddress: string }
  | { status: 'not-exposed'; blockedBy: ReachabilityBlock[] }
  | { status: 'unknown'; unknownBecause: string[] };

export const REACHABILITY_STATUSES = ['exposed', 'unknown', 'not-exposed'] as const;

/** One place a merged finding stands: a plan (its path) and the resource address in it. */
export interface Place {
  plan: string;
  resource: string;
}

export type FindingChange = 'added' | 'unchanged' | 'removed';

/** An in-code waiver a pull request asks for: its `sg-guard:ignore` comment, waiting for a maintainer's approval. */
export interface WaiverRequest {
  /** The comment's reason (text from the pull request: untrusted). */
  reason: string;
  /** `file:line` of the sg-guard:ignore comment, the file relative to the repository root. */
  source: string;
  /** The pull request author's login; null when unknown. */
  by: string | null;
}

/** Which findings can block: all of them, or only those the plan adds. */
export type FailOnScope = 'all' | 'added';
export const FAIL_ON_SCOPES: readonly FailOnScope[] = ['all', 'added'];

/**
 * How a finding is silenced. `exception`: an entry of `exceptions` in the
 * configuration file; `inline`: a `# sg-guard:ignore <rule> <reason>` comment
 * before the block in the Terraform sources; `comment`: a maintainer's
 * `/sg-guard ignore` command on the pull request (docs/commands.md);
 * `approved`: an sg-guard:ignore comment this pull request added, approved by
 * a maintainer with `/sg-guard approve`.
 */
export interface FindingSuppression {
  kind: 'exception' | 'inline' | 'comment' | 'approved';
  /** Why, as the exception or the comment says it. Never empty. */
  reason: string;
  /** For an exception or a command, its last day (YYYY-MM-DD, UTC); null when it never expires or for an inline comment. */
  expires: string | null;
  /**
   * Where it is written: the configuration file (`.github/sg-guard.yml`),
   * `file:line` of the inline comment (for `approved` too), or the URL of the
   * pull request comment that gave the command.
   */
  source: string;
  /** For a command or an approval: the GitHub login of who gave it. */
  by?: string;
  /** For a command or an approval: when it was given (ISO 8601, UTC). */
  at?: string;
  /** For `approved`: the URL of the comment that approved the request. */
  approvedIn?: string;
}

/** Counts of active findings by severity (suppressed ones are counted apart). */
export interface Summary {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  /** Active findings at or above the fail-on threshold. */
  blocking: number;
  /** Findings silenced by an exception or an sg-guard:ignore comment; not in the counts above. */
  suppressed: number;
  /** Active findings this plan adds (the rest were already true before it). */
  added: number;
  /** Findings this plan fixes; not in the counts above. */
  removed: number;
}

export interface PlanEntry {
  path: string;
  /**
   * What the plan is called in reports: its root directory (the plan file's
   * directory relative to the working directory, '.' for the top) by default.
   */
  label: string;
  kind: 'plan' | 'state';
  terraformVersion: string | null;
  formatVersion: string | null;
  /** The directory whose .tf files were read to locate findings (null: not read). */
  sourceRoot: string | null;
  /** Source files that could not be read or parsed; their findings keep location null. */
  sourceErrors: Array<{ file: string; reason: string }>;
  /**
   * What the plan changes in who reaches whom, in words, internet first
   * ("aws_security_group.db: 5432/tcp now reachable from aws_security_group.alb").
   */
  exposureChanges: string[];
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  failOn: Threshold;
  failOnScope: FailOnScope;
  plans: PlanEntry[];
  findings: Finding[];
  summary: Summary;
  /**
   * The policy the report was made under: where the configuration was read
   * from, what in it differs from the defaults, and what the pull request
   * would change in it (src/config/policy.ts). Absent when not known.
   */
  policy?: ReportPolicy;
}

/** Where the configuration in force comes from and what it says; phrases are plain text with config-sourced parts (escape them to render). */
export interface ReportPolicy {
  /** `base`: the pull request's base commit; `head`: its own checkout; `file`: a file named on the command line or by input; `defaults`: none was found. */
  source: 'base' | 'head' | 'file' | 'defaults';
  /** The configuration file read; null for the defaults. */
  file: string | null;
  /** What differs from the defaults, one phrase each (policyInForce). */
  inForce: string[];
  /** What the pull request's own configuration would change, one phrase each (describePolicyChange); takes effect after merge. */
  pendingChange: string[];
}
