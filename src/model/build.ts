import type { LoadedPlan } from '../plan/types.js';
import { collectAttachments } from './attachments.js';
import { ConfigIndex } from './config.js';
import { collectInstances, priorResources, type Instance } from './instances.js';
import { collectNetwork } from './network.js';
import { referencedAddresses, valueIndex } from './references.js';
import { GROUP_TYPES, RULE_TYPES, inlinePermissions, ruleOwner, rulePermissions, type ExtractContext } from './permissions.js';
import type { Model, Peer, Permission, RuleResource, SecurityGroup, Side } from './types.js';

function peerKey(p: Peer): string {
  switch (p.kind) {
    case 'cidr':
      return `cidr:${p.cidr}`;
    case 'prefix-list':
      return `pl:${p.id}`;
    case 'security-group':
      return `sg:${p.id ?? p.address ?? ''}`;
    case 'self':
      return 'self';
    case 'unknown':
      return `unknown:${p.attribute}`;
  }
}

/** What a permission allows, ignoring where it is written: to match echoes. */
export function permissionKey(p: Permission): string {
  return [p.securityGroup ?? p.securityGroupId ?? '', p.direction, p.protocol, p.fromPort, p.toPort, p.icmpType, p.icmpCode, peerKey(p.peer)].join('|');
}

function groupIdMap(plan: LoadedPlan, instances: readonly Instance[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of priorResources(plan)) {
    const id = r.values?.id;
    if (GROUP_TYPES.has(r.type) && typeof id === 'string' && id) map.set(id, r.address);
  }
  for (const inst of instances) {
    if (!GROUP_TYPES.has(inst.type)) continue;
    for (const v of [inst.before?.id, inst.after?.id]) if (typeof v === 'string' && v) map.set(v, inst.address);
  }
  return map;
}

/**
 * Normalises a loaded plan or state into the security-group model: every
 * group, every permission on each side, and which resources use each group.
 */
export function buildModel(plan: LoadedPlan): Model {
  const everything = collectInstances(plan);
  const instances = everything.filter((i) => i.mode === 'managed');
  const config = new ConfigIndex(plan.json.configuration?.root_module, everything);
  const groupIdToAddress = groupIdMap(plan, instances);
  const ctx: ExtractContext = { config, groupIdToAddress };

  const groupInstances = new Map<string, Instance>();
  const ruleInstances: Instance[] = [];
  for (const inst of instances) {
    if (GROUP_TYPES.has(inst.type)) groupInstances.set(inst.address, inst);
    else if (RULE_TYPES.has(inst.type)) ruleInstances.push(inst);
  }

  const sides: Record<Side, Permission[]> = { before: [], after: [] };
  // Every standalone permission on either side: a group's own ingress/egress
  // attributes echo these in an existing stack, and must not count twice.
  const standaloneKeys = new Set<string>();
  for (const side of ['before', 'after'] as const) {
    for (const inst of ruleInstances) {
      for (const p of rulePermissions(inst, side, ctx)) {
        sides[side].push(p);
        standaloneKeys.add(permissionKey(p));
      }
    }
  }
  for (const side of ['before', 'after'] as const) {
    for (const inst of groupInstances.values()) {
      const declares = config.resourceOf(inst)?.expressions;
      for (const p of inlinePermissions(inst, side, ctx)) {
        const declared = declares?.[p.direction] !== undefined;
        const echo = !declared && standaloneKeys.has(permissionKey({ ...p, peer: p.peer.kind === 'security-group' && p.peer.address === inst.address ? { kind: 'self' } : p.peer }));
        if (!echo) sides[side].push(p);
      }
    }
  }

  const attachments = collectAttachments(instances, groupInstances, groupIdToAddress, config);
  const VPC = new Set(['aws_vpc']);
  const vpcIndex = valueIndex(everything, VPC, ['id']);
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  /** The groups that exist on one side: what the plan deletes is only before, what it creates only after. */
  const groupsOn = (side: Side): SecurityGroup[] =>
    [...groupInstances.values()]
      .filter((inst) => inst[side] !== null)
      .map((inst) => {
        const values = inst[side] ?? {};
        const expressions = config.resourceOf(inst)?.expressions;
        return {
          address: inst.address,
          type: inst.type as SecurityGroup['type'],
          module: inst.modulePath,
          name: str(values.name),
          id: str(values.id),
          vpcId: str(values.vpc_id),
          vpc: referencedAddresses(inst, ['vpc_id'], VPC, (v) => vpcIndex.get(v), config)[0] ?? str(values.vpc_id),
          description: str(values.description),
          // The before side is what exists: nothing there is being changed.
          action: side === 'after' ? inst.action : 'no-op',
          declaresInline: config.present
            ? { ingress: expressions?.ingress !== undefined, egress: expressions?.egress !== undefined }
            : { ingress: null, egress: null },
          attachments: attachments.byGroup.get(inst.address) ?? [],
        };
      });

  const ruleResourcesOn = (side: Side): RuleResource[] =>
    ruleInstances
      .filter((inst) => inst[side] !== null)
      .map((inst) => {
        const values = inst[side] ?? {};
        const unknown = side === 'after' ? inst.afterUnknown : {};
        return { address: inst.address, type: inst.type, action: side === 'after' ? inst.action : 'no-op', securityGroup: ruleOwner(inst, values, unknown, ctx).address };
      });

  return {
    plan: { path: plan.path, kind: plan.kind, terraformVersion: plan.terraformVersion, formatVersion: plan.formatVersion },
    network: collectNetwork(everything, config),
    groups: groupsOn('after'),
    ruleResources: ruleResourcesOn('after'),
    permissions: sides.after,
    beforeGroups: groupsOn('before'),
    beforeRuleResources: ruleResourcesOn('before'),
    beforePermissions: sides.before,
  };
}
