import type { ConfigIndex } from './expressions.js';
import type { Instance, InstancesByType } from './instances.js';
import { referencedAddresses, valueIndex } from './references.js';
import type { LbTarget, Network, NetworkVpc } from './types.js';

const LB_TYPES: ReadonlySet<string> = new Set(['aws_lb', 'aws_alb', 'aws_elb']);
const TG_TYPES: ReadonlySet<string> = new Set(['aws_lb_target_group', 'aws_alb_target_group']);
const LISTENER_TYPES: ReadonlySet<string> = new Set(['aws_lb_listener', 'aws_alb_listener']);
const LISTENER_RULE_TYPES: ReadonlySet<string> = new Set(['aws_lb_listener_rule', 'aws_alb_listener_rule']);
const VPC_TYPES: ReadonlySet<string> = new Set(['aws_vpc']);
const ASG_TYPES: ReadonlySet<string> = new Set(['aws_autoscaling_group']);
const TARGET_TYPES: ReadonlySet<string> = new Set(['aws_instance', 'aws_lambda_function']);

/** Where each resource type names target groups (or, for classic ELBs, load balancers by name). */
const TARGET_GROUP_PATHS: Record<string, string[][]> = {
  aws_autoscaling_group: [['target_group_arns']],
  aws_ecs_service: [['load_balancer', '*', 'target_group_arn']],
};
const CLASSIC_ELB_PATHS: Record<string, string[][]> = {
  aws_autoscaling_group: [['load_balancers']],
  aws_ecs_service: [['load_balancer', '*', 'elb_name']],
};

/** The types the network view reads, beside groups, rules and attachments. */
export const NETWORK_TYPES: ReadonlySet<string> = new Set([
  ...LB_TYPES, ...TG_TYPES, ...LISTENER_TYPES, ...LISTENER_RULE_TYPES, ...VPC_TYPES,
  'aws_vpc_ipv4_cidr_block_association', 'aws_vpc_peering_connection', 'aws_lb_target_group_attachment',
  'aws_alb_target_group_attachment', 'aws_autoscaling_attachment', 'aws_autoscaling_group', 'aws_ecs_service',
]);

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * The network around the groups (after side): VPCs with their CIDRs, peering
 * connections, load balancers, and which resources are load-balancer targets.
 */
export function collectNetwork(byType: InstancesByType, config: ConfigIndex): Network {
  /** The instances of some types that exist after the plan, in plan order. */
  const ofTypes = (types: Iterable<string>): Instance[] => byType.of(types).filter((i) => i.after !== null);
  const refs = (inst: Instance, path: string[], types: ReadonlySet<string>, index: Map<string, string>): string[] =>
    referencedAddresses(inst, path, types, (v) => index.get(v), config);

  // VPCs and their CIDRs (secondary blocks included).
  const vpcIndex = valueIndex(ofTypes(VPC_TYPES), ['id']);
  const vpcs = new Map<string, NetworkVpc>();
  for (const v of ofTypes(VPC_TYPES)) {
    const cidrs = [str(v.after?.cidr_block), str(v.after?.ipv6_cidr_block)].filter((c): c is string => c !== null);
    vpcs.set(v.address, { address: v.address, id: str(v.after?.id), cidrs });
  }
  for (const a of ofTypes(['aws_vpc_ipv4_cidr_block_association'])) {
    const cidr = str(a.after?.cidr_block);
    for (const vpc of refs(a, ['vpc_id'], VPC_TYPES, vpcIndex)) if (cidr) vpcs.get(vpc)?.cidrs.push(cidr);
  }

  // Peering connections: each side by address when the VPC is in the plan, else by id.
  const peerings = ofTypes(['aws_vpc_peering_connection'])
    .map((p) => ({
      address: p.address,
      vpcs: (['vpc_id', 'peer_vpc_id'] as const).flatMap((k) => {
        const found = refs(p, [k], VPC_TYPES, vpcIndex);
        if (found.length > 0) return found;
        const id = str(p.after?.[k]);
        return id ? [id] : [];
      }),
    }));

  // Load balancers, and target groups to the load balancers whose listeners forward to them.
  const loadBalancers = ofTypes(LB_TYPES).map((lb) => ({
    address: lb.address,
    type: lb.type,
    internal: typeof lb.after?.internal === 'boolean' ? lb.after.internal : null,
  }));
  const lbIndex = valueIndex(ofTypes(LB_TYPES), ['arn', 'id', 'name']);
  const tgIndex = valueIndex(ofTypes(TG_TYPES), ['arn', 'id']);
  const listenerIndex = valueIndex(ofTypes(LISTENER_TYPES), ['arn', 'id']);
  const tgToLbs = new Map<string, Set<string>>();
  const forward = (tgs: string[], lbs: string[]): void => {
    for (const tg of tgs) {
      const set = tgToLbs.get(tg) ?? new Set<string>();
      for (const lb of lbs) set.add(lb);
      tgToLbs.set(tg, set);
    }
  };
  const listenerLbs = new Map<string, string[]>();
  for (const l of ofTypes(LISTENER_TYPES)) {
    const lbs = refs(l, ['load_balancer_arn'], LB_TYPES, lbIndex);
    listenerLbs.set(l.address, lbs);
    forward([...refs(l, ['default_action', '*', 'target_group_arn'], TG_TYPES, tgIndex), ...refs(l, ['default_action', '*', 'forward', '*', 'target_group', '*', 'arn'], TG_TYPES, tgIndex)], lbs);
  }
  for (const r of ofTypes(LISTENER_RULE_TYPES)) {
    const lbs = refs(r, ['listener_arn'], LISTENER_TYPES, listenerIndex).flatMap((l) => listenerLbs.get(l) ?? []);
    forward([...refs(r, ['action', '*', 'target_group_arn'], TG_TYPES, tgIndex), ...refs(r, ['action', '*', 'forward', '*', 'target_group', '*', 'arn'], TG_TYPES, tgIndex)], lbs);
  }

  // Targets: what sits behind a target group or a classic load balancer.
  const targets = new Map<string, LbTarget>();
  const addTarget = (target: string, via: string, lbs: Iterable<string>): void => {
    const t = targets.get(target) ?? { target, via, loadBalancers: [] };
    for (const lb of lbs) if (!t.loadBalancers.includes(lb)) t.loadBalancers.push(lb);
    targets.set(target, t);
  };
  const targetIndex = valueIndex(ofTypes(TARGET_TYPES), ['id', 'arn', 'private_ip']);
  const asgIndex = valueIndex(ofTypes(ASG_TYPES), ['name', 'id']);
  for (const a of ofTypes(['aws_lb_target_group_attachment', 'aws_alb_target_group_attachment'])) {
    const lbs = refs(a, ['target_group_arn'], TG_TYPES, tgIndex).flatMap((tg) => [...(tgToLbs.get(tg) ?? [])]);
    for (const t of refs(a, ['target_id'], TARGET_TYPES, targetIndex)) addTarget(t, a.address, lbs);
  }
  for (const a of ofTypes(['aws_autoscaling_attachment'])) {
    const lbs = [
      ...refs(a, ['lb_target_group_arn'], TG_TYPES, tgIndex).flatMap((tg) => [...(tgToLbs.get(tg) ?? [])]),
      ...refs(a, ['elb'], LB_TYPES, lbIndex),
    ];
    for (const asg of refs(a, ['autoscaling_group_name'], ASG_TYPES, asgIndex)) addTarget(asg, a.address, lbs);
  }
  for (const inst of ofTypes(Object.keys(TARGET_GROUP_PATHS))) {
    const tgPaths = TARGET_GROUP_PATHS[inst.type];
    if (!tgPaths) continue;
    const tgs = tgPaths.flatMap((p) => refs(inst, p, TG_TYPES, tgIndex));
    const elbs = (CLASSIC_ELB_PATHS[inst.type] ?? []).flatMap((p) => refs(inst, p, LB_TYPES, lbIndex));
    if (tgs.length > 0 || elbs.length > 0) addTarget(inst.address, inst.address, [...tgs.flatMap((tg) => [...(tgToLbs.get(tg) ?? [])]), ...elbs]);
  }
  for (const elb of ofTypes(['aws_elb'])) {
    for (const t of refs(elb, ['instances'], TARGET_TYPES, targetIndex)) addTarget(t, elb.address, [elb.address]);
  }

  return { vpcs: [...vpcs.values()], peerings, loadBalancers, lbTargets: [...targets.values()] };
}
