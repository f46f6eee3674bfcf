import type { Model } from './types.js';

/**
 * The model as it stands before the plan: what exists now, for change analysis.
 * The network (attachments, load balancers, VPCs) is the after side's: close
 * enough to judge what a finding was before.
 */
export function beforeModel(model: Model): Model {
  // One before-side model per model: the engine and the exposure diff both ask for it, and
  // per-model caches (exposure, tiers) then serve both.
  const cached = BEFORE.get(model);
  if (cached) return cached;
  const before: Model = {
    ...model,
    groups: model.beforeGroups,
    ruleResources: model.beforeRuleResources,
    permissions: model.beforePermissions,
    beforeGroups: [],
    beforeRuleResources: [],
    beforePermissions: [],
  };
  BEFORE.set(model, before);
  return before;
}

const BEFORE = new WeakMap<Model, Model>();

/**
 * Whether the plan creates, changes or deletes any group or rule (reads of
 * data sources aside). When it does not, the before side is the after side.
 */
export function touchesSecurityGroups(model: Model): boolean {
  const still = (a: string): boolean => a === 'no-op' || a === 'read';
  return (
    model.groups.length !== model.beforeGroups.length ||
    model.ruleResources.length !== model.beforeRuleResources.length ||
    !model.groups.every((g) => still(g.action)) ||
    !model.ruleResources.every((r) => still(r.action))
  );
}
