import type { LoadedPlan } from '../plan/types.js';
import { collectAttachments } from './attachments.js';
import { ConfigIndex } from './expressions.js';
import { InstancesByType, collectInstances, priorResources, type Instance } from './instances.js';
import { collectNetwork } from './network.js';
import { referencedAddresses, valueIndex } from './references.js';
import { GROUP_TYPES, RULE_TYPES, asBeforeSide, inlinePermissions, peerCache, ruleOwnerOn, rulePermissions, sameOnBothSides, type ExtractContext } from './permissions.js';
import type { Model, Peer, Permission, RuleResource, SecurityGroup, Side } from './types.js';

/**
 * The peer as an echo of a standalone rule shows it: a group by id before
 * address, since the inline echo in the group's state names it by id. Not
 * lib/peer.ts's peerKey, which names a peer for finding ids and prefers the address.
 */
function echoPeerKey(p: Peer): string {
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

/** What a permission allows, ignoring where it is written: to match echoes. `peer` stands in for the permission's own. */
function permissionKey(p: Permission, peer: Peer = p.peer): string {
  return `${p.securityGroup ?? p.securityGroupId ?? ''}|${p.direction}|${p.protocol}|${p.fromPort ?? ''}|${p.toPort ?? ''}|${p.icmpType ?? ''}|${p.icmpCode ?? ''}|${echoPeerKey(peer)}`;
}

const SELF: Peer = { kind: 'self' };

/** Appends `items` to `to` (an index loop: for...of allocates an iterator result per item in cold code). */
function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i] as T);
}

/** Group ids to addresses: from the prior state, then from the groups of the plan (managed, in plan order). */
function groupIdMap(plan: LoadedPlan, groups: Iterable<Instance>): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of priorResources(plan)) {
    const id = r.values?.id;
    if (GROUP_TYPES.has(r.type) && typeof id === 'string' && id) map.set(id, r.address);
  }
  for (const inst of groups) {
    const before = inst.before?.id;
    if (typeof before === 'string' && before) map.set(before, inst.address);
    const after = inst.after?.id;
    if (typeof after === 'string' && after) map.set(after, inst.address);
  }
  return map;
}

/**
 * Normalises a loaded plan or state into the security-group model: every
 * group, every permission on each side, and which resources use each group.
 */
/**
 * A plan's resource instances, by type, and its configuration's index: read
 * once per plan and shared by the model and the network (src/reach), so a
 * large plan's instances are not walked and held three times.
 */
export interface PlanIndex {
  everything: Instance[];
  byType: InstancesByType;
  config: ConfigIndex;
}

export function indexPlan(plan: LoadedPlan): PlanIndex {
  const everything = collectInstances(plan);
  return { everything, byType: new InstancesByType(everything), config: new ConfigIndex(plan.json.configuration?.root_module, everything) };
}

export function buildModel(plan: LoadedPlan): Model {
  return modelOf(plan, indexPlan(plan));
}

/** buildModel over an index read once (indexPlan), which the network reads too. */
export function modelOf(plan: LoadedPlan, index: PlanIndex): Model {
  const { byType, config } = index;

  const groupInstances = new Map<string, Instance>();
  for (const inst of byType.of(GROUP_TYPES)) if (inst.mode === 'managed') groupInstances.set(inst.address, inst);
  const ruleInstances = byType.of(RULE_TYPES).filter((i) => i.mode === 'managed');
  const groupIdToAddress = groupIdMap(plan, groupInstances.values());
  const ctx: ExtractContext = { config, groupIdToAddress, peers: peerCache(), owners: { before: new Map(), after: new Map() }, file: plan.path === '-' ? 'stdin' : plan.path };

  const sides: Record<Side, Permission[]> = { before: [], after: [] };
  for (let i = 0; i < ruleInstances.length; i++) {
    const inst = ruleInstances[i] as Instance;
    const after = rulePermissions(inst, 'after', ctx);
    append(sides.after, after);
    if (sameOnBothSides(inst)) {
      ctx.owners.before.set(inst, ruleOwnerOn(inst, 'after', ctx));
      append(sides.before, asBeforeSide(after));
    } else {
      append(sides.before, rulePermissions(inst, 'before', ctx));
    }
  }
  // Every standalone permission on either side: a group's own ingress/egress
  // attributes echo these in an existing stack, and must not count twice.
  // Built when the first undeclared inline permission asks (most plans have none).
  const standalone = { before: sides.before.length, after: sides.after.length };
  let standaloneKeys: Set<string> | undefined;
  const isEcho = (p: Permission, group: string): boolean => {
    standaloneKeys ??= new Set([...sides.before.slice(0, standalone.before), ...sides.after.slice(0, standalone.after)].map((q) => permissionKey(q)));
    return standaloneKeys.has(permissionKey(p, p.peer.kind === 'security-group' && p.peer.address === group ? SELF : p.peer));
  };
  const keepInline = (inline: readonly Permission[], inst: Instance, out: Permission[]): void => {
    if (inline.length === 0) return;
    const declares = config.resourceOf(inst)?.expressions;
    for (const p of inline) {
      const declared = declares?.[p.direction] !== undefined;
      if (declared || !isEcho(p, inst.address)) out.push(p);
    }
  };
  for (const inst of groupInstances.values()) {
    const after = inlinePermissions(inst, 'after', ctx);
    keepInline(sameOnBothSides(inst) ? asBeforeSide(after) : inlinePermissions(inst, 'before', ctx), inst, sides.before);
    keepInline(after, inst, sides.after);
  }

  const attachments = collectAttachments(byType, groupInstances, groupIdToAddress, config);
  const VPC = new Set(['aws_vpc']);
  const vpcIndex = valueIndex(byType.of(VPC), ['id']);
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  /**
   * The groups that exist on each side: what the plan deletes is only before,
   * what it creates only after. One pass for both sides: what a group's
   * configuration and VPC reference say is the same on each.
   */
  const groupSides = (): Record<Side, SecurityGroup[]> => {
    const out: Record<Side, SecurityGroup[]> = { before: [], after: [] };
    for (const inst of groupInstances.values()) {
      const expressions = config.resourceOf(inst)?.expressions;
      const declaresIngress = config.present ? expressions?.ingress !== undefined : null;
      const declaresEgress = config.present ? expressions?.egress !== undefined : null;
      // The VPC is looked up on the after side's values for both sides.
      const vpc = referencedAddresses(inst, ['vpc_id'], VPC, (v) => vpcIndex.get(v), config)[0];
      for (const side of ['after', 'before'] as const) {
        const values = inst[side];
        if (values === null) continue;
        out[side].push({
          address: inst.address,
          type: inst.type as SecurityGroup['type'],
          module: inst.modulePath,
          name: str(values.name),
          id: str(values.id),
          vpcId: str(values.vpc_id),
          vpc: vpc ?? str(values.vpc_id),
          description: str(values.description),
          // The before side is what exists: nothing there is being changed.
          action: side === 'after' ? inst.action : 'no-op',
          declaresInline: { ingress: declaresIngress, egress: declaresEgress },
          attachments: attachments.byGroup.get(inst.address) ?? [],
        });
      }
    }
    return out;
  };

  const ruleResourcesOn = (side: Side): RuleResource[] => {
    const out: RuleResource[] = [];
    for (let i = 0; i < ruleInstances.length; i++) {
      const inst = ruleInstances[i] as Instance;
      if (inst[side] === null) continue;
      out.push({ address: inst.address, type: inst.type, action: side === 'after' ? inst.action : 'no-op', securityGroup: ruleOwnerOn(inst, side, ctx).address });
    }
    return out;
  };

  const groups = groupSides();
  return {
    plan: { path: plan.path, kind: plan.kind, terraformVersion: plan.terraformVersion, formatVersion: plan.formatVersion },
    network: collectNetwork(byType, config),
    groups: groups.after,
    ruleResources: ruleResourcesOn('after'),
    permissions: sides.after,
    beforeGroups: groups.before,
    beforeRuleResources: ruleResourcesOn('before'),
    beforePermissions: sides.before,
  };
}
