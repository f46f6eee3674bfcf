import { evaluate, type RuleSetting } from '../../src/engine.js';
import type { Attachment, Permission, RuleResource, SecurityGroup } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/findings/types.js';
import { modelOf } from '../support/permissions.js';

/** An attachment, so a group under test is not also an unused group. */
export const ATTACHED: Attachment[] = [{ resource: 'aws_instance.app', resourceType: 'aws_instance', attribute: 'vpc_security_group_ids', internal: null }];

export interface Setup {
  groups?: Partial<SecurityGroup>[];
  ruleResources?: RuleResource[];
  settings?: Record<string, RuleSetting>;
}

/** Every finding of every registered rule for these permissions, through the real engine. */
export function findings(permissions: Permission[], setup: Setup = {}): Finding[] {
  const model = { ...modelOf(permissions, setup.groups ?? []), ...(setup.ruleResources ? { ruleResources: setup.ruleResources } : {}) };
  return evaluate([model], { failOn: 'high', rules: RULES, ...(setup.settings ? { settings: setup.settings } : {}) }).findings;
}

/** Findings of one rule, as `resource messageId`. */
export function reported(rule: string, permissions: Permission[], setup: Setup = {}): string[] {
  return findings(permissions, setup)
    .filter((f) => f.rule === rule)
    .map((f) => `${f.resource} ${f.messageId}`)
    .sort();
}

/** Options for one rule, as the config loader passes them. */
export function withOptions(rule: string, options: Record<string, unknown>): Record<string, RuleSetting> {
  return { [rule]: { enabled: true, options } };
}
