import type { Model } from './types.js';

/**
 * The model as it stands before the plan: what exists now, for change analysis.
 * The network (attachments, load balancers, VPCs) is the after side's: close
 * enough to judge what a finding was before.
 */
export function beforeModel(model: Model): Model {
  return {
    ...model,
    groups: model.beforeGroups,
    ruleResources: model.beforeRuleResources,
    permissions: model.beforePermissions,
    beforeGroups: [],
    beforeRuleResources: [],
    beforePermissions: [],
  };
}
