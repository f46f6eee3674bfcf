import type { Model, Permission } from '../model/types.js';
import type { Severity } from '../findings/types.js';
import type { NetModel } from '../reach/types.js';

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
  /** Defined in the team's configuration (custom-rules): no page under docs/rules. */
  custom?: boolean;
  /**
   * Broader rules that, when any of them reports the same permission, make
   * this rule's finding redundant (one all-traffic rule, not four findings).
   */
  supersededBy?: string | readonly string[];
  /**
   * false: the rule runs only when the configuration turns it on (`rules:
   * {name: on}` or a severity). For checks most teams do not want on every
   * pull request; the docs page says how to turn it on.
   */
  enabledByDefault?: false;
  /**
   * true: the rule reads `context.net`. When a plan changes the network but no
   * group, the engine runs only such rules on the before side (the others
   * would report the same on both sides).
   */
  readsNetwork?: true;
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
  /** This finding's severity when it differs from the rule's (e.g. by peer); the configuration's severity still wins. */
  severity?: Severity;
  /** For network ACL findings: the ACL's address (its id when it lies outside the plan). */
  networkAcl?: string;
  /**
   * For findings about one network ACL rule (they have no permission): its
   * number and the traffic it matches. They fill the finding's direction,
   * protocol, ports and peer (so that it is located like an inline group
   * rule) and, with the ACL, its id (the rule's place in a set is no part of it).
   */
  aclRule?: AclRuleReport;
  /**
   * Permissions that each had a finding of this rule of their own before
   * findings were merged (the representative of each rule block a group-level
   * report now stands for): their ids become the finding's `aliases`.
   */
  formerly?: readonly Permission[];
}

/** One network ACL rule as a finding shows it. */
export interface AclRuleReport extends Pick<Permission, 'direction' | 'protocol' | 'fromPort' | 'toPort' | 'peer'> {
  ruleNumber: number;
}

export interface RuleOptions {
  [key: string]: unknown;
}

export interface RuleContext {
  model: Model;
  /**
   * The network of the same side of the plan as `model` (subnets, routes,
   * gateways, network ACLs, public addresses; src/reach). Empty when the
   * caller has none: every reachability question is then unknown.
   */
  net: NetModel;
  options: RuleOptions;
  /** A report is read after the rule has run (its finding is made only if it is kept): never change one once made. */
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Rule names are kebab-case words (at most 21): anything else, from a hand-made report or a comment, is no rule name. */
export function isRuleName(name: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/.test(name);
}
