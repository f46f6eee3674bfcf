/**
 * Reads the network that decides internet reachability out of one side of a
 * plan (see types.ts). References are resolved the way the model resolves a
 * group's: known ids through the plan's own values, values unknown until
 * apply through the configuration's references; what neither says stays
 * unknown, with the attribute that is.
 */
import { isJsonObject, type JsonObject, type JsonValue, type LoadedPlan } from '../plan/types.js';
import { expressionsAt } from '../model/expressions.js';
import { indexPlan, type PlanIndex } from '../model/build.js';
import type { Instance } from '../model/instances.js';
import { stringsAt, valueIndex } from '../model/references.js';
import type { Side } from '../model/types.js';
import { normaliseProtocol } from '../lib/protocol.js';
import type {
  AclRule,
  EndpointKind,
  Flag,
  Link,
  NetModel,
  PlanNetworks,
  PublicAddress,
  ReachAcl,
  ReachEndpoint,
  ReachRoute,
  ReachRouteTable,
  RouteTarget,
  RouteTargetKind,
  Unknown,
  UnknownAclRule,
} from './types.js';
import { isUnknown } from './types.js';

const set = (...types: string[]): ReadonlySet<string> => new Set(types);
const VPC = set('aws_vpc', 'aws_default_vpc');
const SUBNET = set('aws_subnet', 'aws_default_subnet');
const ROUTE_TABLE = set('aws_route_table', 'aws_default_route_table');
const IGW = set('aws_internet_gateway');
const EIGW = set('aws_egress_only_internet_gateway');
const NAT = set('aws_nat_gateway');
const ACL = set('aws_network_acl', 'aws_default_network_acl');
const ENI = set('aws_network_interface');
const SG_ATTACHMENT = set('aws_network_interface_sg_attachment');
/** What an aws_network_interface_sg_attachment's network_interface_id names: an interface, or an instance's primary one. */
const INTERFACE_HOLDERS = set('aws_network_interface', 'aws_instance');
const EC2 = set('aws_instance');
const LT = set('aws_launch_template');
const DB_SUBNET_GROUP = set('aws_db_subnet_group');
const RDS_CLUSTER = set('aws_rds_cluster');

/** Resource types with no public address in a VPC, and why (AWS gives them none). */
const NEVER_PUBLIC: Record<string, string> = {
  aws_lambda_function: 'a Lambda function in a VPC gets no public address',
  aws_elasticache_cluster: 'ElastiCache nodes get no public address',
  aws_elasticache_replication_group: 'ElastiCache nodes get no public address',
  aws_elasticache_serverless_cache: 'ElastiCache endpoints get no public address',
  aws_memorydb_cluster: 'MemoryDB nodes get no public address',
  aws_efs_mount_target: 'an EFS mount target gets no public address',
  aws_docdb_cluster: 'DocumentDB clusters get no public address',
  aws_neptune_cluster: 'Neptune clusters get no public address',
  aws_vpc_endpoint: 'an interface endpoint gets no public address',
};

/** The types this reader reads: the scanner must keep them (src/model/resource-types.ts). */
export const REACH_READ_TYPES: ReadonlySet<string> = new Set([
  ...VPC, ...SUBNET, ...ROUTE_TABLE, ...IGW, ...EIGW, ...NAT, ...ACL, ...ENI, ...SG_ATTACHMENT, ...EC2, ...LT, ...DB_SUBNET_GROUP, ...RDS_CLUSTER,
  'aws_route', 'aws_vpc_ipv4_cidr_block_association', 'aws_route_table_association', 'aws_main_route_table_association', 'aws_internet_gateway_attachment',
  'aws_network_acl_rule', 'aws_network_acl_association', 'aws_eip', 'aws_eip_association',
  'aws_lb', 'aws_alb', 'aws_elb', 'aws_db_instance', 'aws_rds_cluster_instance', 'aws_autoscaling_group', 'aws_ecs_service',
  ...Object.keys(NEVER_PUBLIC),
]);

/** Route fields and the target each names. */
const ROUTE_TARGETS: ReadonlyArray<{ field: string; kind: RouteTargetKind; types: ReadonlySet<string> }> = [
  { field: 'gateway_id', kind: 'internet-gateway', types: set('aws_internet_gateway', 'aws_vpn_gateway') },
  { field: 'egress_only_gateway_id', kind: 'egress-only-internet-gateway', types: EIGW },
  { field: 'nat_gateway_id', kind: 'nat-gateway', types: NAT },
  { field: 'vpc_peering_connection_id', kind: 'vpc-peering', types: set('aws_vpc_peering_connection') },
  { field: 'transit_gateway_id', kind: 'transit-gateway', types: set('aws_ec2_transit_gateway') },
  { field: 'vpc_endpoint_id', kind: 'vpc-endpoint', types: set('aws_vpc_endpoint') },
  { field: 'network_interface_id', kind: 'network-interface', types: ENI },
  { field: 'instance_id', kind: 'network-interface', types: EC2 },
  { field: 'carrier_gateway_id', kind: 'other', types: set() },
  { field: 'local_gateway_id', kind: 'other', types: set() },
  { field: 'core_network_arn', kind: 'other', types: set() },
];

/** What an id's prefix says its target is, for gateways outside the plan. */
function kindOfId(id: string, fallback: RouteTargetKind): RouteTargetKind {
  if (id === 'local') return 'local';
  const prefix = /^([a-z]+)-/.exec(id)?.[1];
  const byPrefix: Record<string, RouteTargetKind> = { igw: 'internet-gateway', eigw: 'egress-only-internet-gateway', nat: 'nat-gateway', pcx: 'vpc-peering', tgw: 'transit-gateway', vpce: 'vpc-endpoint', vgw: 'virtual-private-gateway', eni: 'network-interface', i: 'network-interface' };
  return (prefix && byPrefix[prefix]) || fallback;
}

const KIND_OF_TYPE: Record<string, RouteTargetKind> = {
  aws_internet_gateway: 'internet-gateway',
  aws_vpn_gateway: 'virtual-private-gateway',
  aws_egress_only_internet_gateway: 'egress-only-internet-gateway',
  aws_nat_gateway: 'nat-gateway',
};

function linkKey(l: Link): string {
  return 'address' in l ? `a:${l.address}` : 'id' in l ? `i:${l.id}` : `u:${l.unknown}`;
}

/** The instance as one side of the plan shows it: `after` holds that side's values. */
function onSide(inst: Instance, side: Side): Instance | null {
  if (side === 'after') return inst.after === null ? null : inst;
  return inst.before === null ? null : { ...inst, after: inst.before, afterUnknown: {} };
}

/** A network that holds nothing: every reachability question about it is unknown. */
export function emptyNetModel(): NetModel {
  return {
    vpcs: new Map(),
    subnets: new Map(),
    routeTables: new Map(),
    routeAssociations: new Map(),
    unresolvedRouteAssociations: [],
    gateways: new Map(),
    acls: new Map(),
    aclAssociations: new Map(),
    unresolvedAclAssociations: [],
    endpoints: new Map(),
  };
}

/** Both sides of a plan's network: what it leaves in place, and what exists now. */
export function planNetworks(plan: LoadedPlan, index: PlanIndex = indexPlan(plan)): PlanNetworks {
  return { after: buildNetModel(plan, 'after', index), before: buildNetModel(plan, 'before', index), changed: changesNetwork(plan) };
}

/**
 * Whether the plan creates, changes or deletes a managed resource of a type
 * the network reads: one pass over resource_changes, no instance built.
 */
export function changesNetwork(plan: LoadedPlan): boolean {
  if (plan.kind === 'state') return false;
  for (const rc of plan.json.resource_changes ?? []) {
    if (!rc || rc.mode === 'data' || !REACH_READ_TYPES.has(rc.type)) continue;
    const actions: readonly unknown[] = Array.isArray(rc.change?.actions) ? rc.change.actions : [];
    if (actions.some((a) => a !== 'no-op' && a !== 'read')) return true;
  }
  return false;
}

/**
 * Reads the reachability network of one side of a plan (the after side by
 * default; the before side is what exists now, for the exposure diff).
 */
export function buildNetModel(plan: LoadedPlan, side: Side = 'after', index: PlanIndex = indexPlan(plan)): NetModel {
  const { everything, byType, config } = index;
  const of = (types: ReadonlySet<string>): Instance[] => {
    const out: Instance[] = [];
    for (const i of byType.of(types)) {
      if (i.mode !== 'managed') continue;
      const s = onSide(i, side);
      if (s) out.push(s);
    }
    return out;
  };
  const unknownAt = (inst: Instance, attribute: string): Unknown => ({ unknown: `${inst.address}: ${attribute} is unknown until apply` });
  const declared = (inst: Instance, key: string): boolean | null => {
    if (!config.present) return null;
    return config.resourceOf(inst)?.expressions?.[key] !== undefined;
  };

  /**
   * The resources an attribute (at `path` inside `values`, which sits at
   * `configPath` of the instance) links to: by address, by id, or unknown.
   */
  const linksIn = (inst: Instance, values: JsonValue | undefined, unknown: JsonValue | undefined, path: readonly string[], configPath: readonly string[], types: ReadonlySet<string>, index: ReadonlyMap<string, string>): { links: Link[]; unknown: Unknown | null } => {
    const found: string[] = [];
    const someUnknown = stringsAt(values ?? null, unknown, path, 0, found);
    const links = new Map<string, Link>();
    const add = (l: Link): void => {
      links.set(linkKey(l), l);
    };
    for (const v of found) {
      if (v === '') continue;
      const a = index.get(v);
      add(a ? { address: a } : { id: v });
    }
    let why: Unknown | null = null;
    if (someUnknown) {
      const refs = expressionsAt(config.resourceOf(inst)?.expressions, configPath).flatMap((e) => e.references ?? []);
      const targets = config.resolve(refs, inst.modules, inst.key, types);
      for (const t of targets) {
        if ('address' in t) add({ address: t.address });
        else add(index.get(t.id) ? { address: index.get(t.id) as string } : { id: t.id });
      }
      if (targets.length === 0) why = unknownAt(inst, configPath.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'));
    }
    return { links: [...links.values()], unknown: why };
  };
  const links = (inst: Instance, path: readonly string[], types: ReadonlySet<string>, index: ReadonlyMap<string, string>) => linksIn(inst, inst.after, inst.afterUnknown, path, path, types, index);
  /** One link: the first found, or the reason it is unknown, or null when the attribute is empty. */
  const link = (inst: Instance, path: readonly string[], types: ReadonlySet<string>, index: ReadonlyMap<string, string>): Link | null => {
    const r = links(inst, path, types, index);
    return r.links[0] ?? r.unknown;
  };
  const flag = (inst: Instance, key: string, values: JsonObject | null = inst.after, unknown: JsonValue = inst.afterUnknown, attribute = key): Flag | undefined => {
    const v = values?.[key];
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    if (isJsonObject(unknown) && unknown[key] === true) return unknownAt(inst, attribute);
    return undefined;
  };

  // VPCs: ids and the ids of their default tables and ACLs.
  const vpcList = of(VPC);
  const vpcIndex = valueIndex(vpcList, ['id']);
  const vpcDefaultRt = valueIndex(vpcList, ['default_route_table_id', 'main_route_table_id']);
  const vpcDefaultAcl = valueIndex(vpcList, ['default_network_acl_id']);
  const defaultRtOf = new Map<string, string>();
  const defaultAclOf = new Map<string, string>();
  for (const t of of(set('aws_default_route_table'))) {
    const v = link(t, ['default_route_table_id'], VPC, vpcDefaultRt);
    if (v && 'address' in v) defaultRtOf.set(v.address, t.address);
  }
  for (const a of of(set('aws_default_network_acl'))) {
    const v = link(a, ['default_network_acl_id'], VPC, vpcDefaultAcl);
    if (v && 'address' in v) defaultAclOf.set(v.address, a.address);
  }
  const net = emptyNetModel();
  const str = (v: JsonValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
  for (const v of vpcList) {
    const cidrs = [str(v.after?.cidr_block), str(v.after?.ipv6_cidr_block)].filter((c): c is string => c !== null);
    const implicitRt = `${v.address}.default_route_table_id`;
    const implicitAcl = `${v.address}.default_network_acl_id`;
    const mainRt = defaultRtOf.get(v.address) ?? implicitRt;
    const acl = defaultAclOf.get(v.address) ?? implicitAcl;
    net.vpcs.set(v.address, { address: v.address, id: str(v.after?.id), cidrs, mainRouteTable: mainRt, defaultAcl: acl });
    if (mainRt === implicitRt) net.routeTables.set(implicitRt, { address: implicitRt, vpc: { address: v.address }, routes: [], implicit: true, routesUnknown: null });
    if (acl === implicitAcl) {
      const all = (egress: boolean, n: number, cidr: string): AclRule => ({ resource: implicitAcl, egress, ruleNumber: n, action: 'allow', protocol: 'all', cidr, fromPort: 0, toPort: 65535 });
      net.acls.set(implicitAcl, { address: implicitAcl, vpc: { address: v.address }, isDefault: true, implicit: true, rules: [all(false, 100, '0.0.0.0/0'), all(false, 101, '::/0'), all(true, 100, '0.0.0.0/0'), all(true, 101, '::/0')], unknownRules: [] });
    }
  }
  for (const a of of(set('aws_vpc_ipv4_cidr_block_association'))) {
    const v = link(a, ['vpc_id'], VPC, vpcIndex);
    const cidr = str(a.after?.cidr_block);
    if (v && 'address' in v && cidr) net.vpcs.get(v.address)?.cidrs.push(cidr);
  }
  const vpcOf = (inst: Instance): Link => link(inst, ['vpc_id'], VPC, vpcIndex) ?? { unknown: `${inst.address} names no VPC` };

  // Subnets.
  const subnetList = of(SUBNET);
  const subnetIndex = valueIndex(subnetList, ['id']);
  for (const s of subnetList) {
    net.subnets.set(s.address, {
      address: s.address,
      id: str(s.after?.id),
      vpc: vpcOf(s),
      mapPublicIp: flag(s, 'map_public_ip_on_launch') ?? s.type === 'aws_default_subnet',
      assignIpv6: flag(s, 'assign_ipv6_address_on_creation') ?? false,
    });
  }

  // Gateways.
  const igwList = of(IGW);
  const igwIndex = valueIndex(igwList, ['id']);
  const attachedVpc = new Map<string, Link>();
  for (const a of of(set('aws_internet_gateway_attachment'))) {
    const g = link(a, ['internet_gateway_id'], IGW, igwIndex);
    if (g && 'address' in g) attachedVpc.set(g.address, vpcOf(a));
  }
  for (const g of igwList) {
    const vpc = link(g, ['vpc_id'], VPC, vpcIndex) ?? attachedVpc.get(g.address) ?? null;
    net.gateways.set(g.address, { address: g.address, kind: 'internet-gateway', vpc });
  }
  for (const g of of(EIGW)) net.gateways.set(g.address, { address: g.address, kind: 'egress-only-internet-gateway', vpc: vpcOf(g) });
  for (const g of of(NAT)) net.gateways.set(g.address, { address: g.address, kind: 'nat-gateway', vpc: null });

  // Route tables and their routes: inline ones, then aws_route (which wins over an inline echo of itself).
  const rtList = of(ROUTE_TABLE);
  const rtIndex = new Map<string, string>([...valueIndex(rtList, ['id'])]);
  for (const [id, vpc] of vpcDefaultRt) {
    const v = net.vpcs.get(vpc);
    if (v && !rtIndex.has(id)) rtIndex.set(id, v.mainRouteTable);
  }
  const targetIndexes = new Map<string, Map<string, string>>();
  const targetIndex = (types: ReadonlySet<string>): Map<string, string> => {
    const key = [...types].join(',');
    let index = targetIndexes.get(key);
    if (!index) {
      index = valueIndex(of(types), ['id', 'arn']);
      targetIndexes.set(key, index);
    }
    return index;
  };
  const instIndex = new Map(everything.map((i) => [i.address, i] as const));
  const readRoute = (inst: Instance, values: JsonObject, unknown: JsonValue | undefined, configPrefix: string[], fields: { v4: string; v6: string; pl: string }): ReachRoute => {
    const u = isJsonObject(unknown) ? unknown : {};
    let destination: string | Unknown = { unknown: `${inst.address}: the route's destination is unknown until apply` };
    for (const f of [fields.v4, fields.v6]) {
      const d = str(values[f]);
      if (d) destination = d;
    }
    const pl = str(values[fields.pl]);
    if (typeof destination !== 'string' && pl) destination = { unknown: `${inst.address}: the route goes to prefix list ${pl}, whose addresses the plan does not hold` };
    let target: RouteTarget = { kind: 'unknown', link: { unknown: `${inst.address}: the route's target is unknown until apply` } };
    for (const t of ROUTE_TARGETS) {
      const value = str(values[t.field]);
      if (!value && u[t.field] !== true) continue;
      const r = linksIn(inst, values, unknown, [t.field], [...configPrefix, t.field], t.types, targetIndex(t.types));
      const l = r.links[0] ?? r.unknown ?? { unknown: `${inst.address}: ${t.field}` };
      let kind: RouteTargetKind | 'unknown' = t.kind;
      if ('address' in l) kind = KIND_OF_TYPE[instIndex.get(l.address)?.type ?? ''] ?? t.kind;
      else if ('id' in l) kind = kindOfId(l.id, t.kind);
      else kind = t.field === 'gateway_id' ? 'unknown' : t.kind;
      target = { kind, link: l };
      break;
    }
    return { resource: inst.address, destination, target };
  };
  const destKey = (r: ReachRoute): string | null => (typeof r.destination === 'string' ? r.destination : null);
  for (const t of rtList) {
    const vpc = t.type === 'aws_default_route_table' ? ([...defaultRtOf].find(([, rt]) => rt === t.address)?.[0] ?? null) : null;
    const table: ReachRouteTable = { address: t.address, vpc: vpc ? { address: vpc } : vpcOf(t), routes: [], implicit: false, routesUnknown: null };
    const routes = t.after?.route;
    const unknown = isJsonObject(t.afterUnknown) ? t.afterUnknown.route : undefined;
    if (Array.isArray(routes)) {
      routes.forEach((r, i) => {
        if (isJsonObject(r)) table.routes.push(readRoute(t, r, Array.isArray(unknown) ? unknown[i] : undefined, ['route', String(i)], { v4: 'cidr_block', v6: 'ipv6_cidr_block', pl: 'destination_prefix_list_id' }));
      });
    } else if (unknown === true && declared(t, 'route') !== false) {
      table.routesUnknown = unknownAt(t, 'route');
    }
    net.routeTables.set(t.address, table);
  }
  for (const r of of(set('aws_route'))) {
    const rt = link(r, ['route_table_id'], new Set([...ROUTE_TABLE, ...VPC]), rtIndex);
    const route = readRoute(r, r.after ?? {}, r.afterUnknown, [], { v4: 'destination_cidr_block', v6: 'destination_ipv6_cidr_block', pl: 'destination_prefix_list_id' });
    let address = rt && 'address' in rt ? rt.address : null;
    if (address && VPC.has(instIndex.get(address)?.type ?? '')) address = net.vpcs.get(address)?.mainRouteTable ?? null;
    const table = address ? net.routeTables.get(address) : undefined;
    if (!table) continue;
    const key = destKey(route);
    table.routes = table.routes.filter((x) => key === null || destKey(x) !== key || x.resource !== table.address);
    table.routes.push(route);
  }

  // Which table each subnet uses: explicit associations, then the VPC's main table.
  for (const a of of(set('aws_route_table_association'))) {
    const subnet = links(a, ['subnet_id'], SUBNET, subnetIndex);
    const rt = link(a, ['route_table_id'], ROUTE_TABLE, rtIndex) ?? { unknown: `${a.address} names no route table` };
    if (str(a.after?.gateway_id)) continue; // an edge association: ingress routing for a gateway (assumed absent)
    for (const s of subnet.links) if ('address' in s) net.routeAssociations.set(s.address, rt);
    if (subnet.links.length === 0 && subnet.unknown) net.unresolvedRouteAssociations.push(a.address);
  }
  for (const a of of(set('aws_main_route_table_association'))) {
    const vpc = vpcOf(a);
    const rt = link(a, ['route_table_id'], ROUTE_TABLE, rtIndex);
    const v = 'address' in vpc ? net.vpcs.get(vpc.address) : undefined;
    if (v && rt && 'address' in rt) v.mainRouteTable = rt.address;
  }

  // Network ACLs: inline rules, then aws_network_acl_rule (which wins over an inline echo of itself).
  const aclList = of(ACL);
  const aclIndex = new Map<string, string>([...valueIndex(aclList, ['id'])]);
  for (const [id, vpc] of vpcDefaultAcl) {
    const v = net.vpcs.get(vpc);
    if (v && !aclIndex.has(id)) aclIndex.set(id, v.defaultAcl);
  }
  type Unreadable = { why: string; egress: boolean | null; path: string; known: NonNullable<UnknownAclRule['known']> };
  const readAclRule = (inst: Instance, values: JsonObject, unknown: JsonValue | undefined, egress: boolean | null, numberKey: string, actionKey: string, path: string): AclRule | Unreadable => {
    const u = isJsonObject(unknown) ? unknown : {};
    const missing = [numberKey, actionKey, 'protocol', 'from_port', 'to_port', 'cidr_block', 'ipv6_cidr_block', 'egress'].filter((k) => u[k] === true);
    const protocol = u.protocol === true ? null : normaliseProtocol(values.protocol);
    const action = u[actionKey] === true ? undefined : values[actionKey];
    const n = u[numberKey] === true ? undefined : values[numberKey];
    const cidr = u.cidr_block === true || u.ipv6_cidr_block === true ? null : (str(values.cidr_block) ?? str(values.ipv6_cidr_block));
    const ported = protocol === 'tcp' || protocol === 'udp';
    const from = u.from_port === true ? undefined : typeof values.from_port === 'number' ? values.from_port : 0;
    const to = u.to_port === true ? undefined : typeof values.to_port === 'number' ? values.to_port : 65535;
    // What is known of a rule that cannot be read whole: a rule can then still be shown not to matter.
    const known = (): Unreadable['known'] => ({
      ...(typeof n === 'number' ? { ruleNumber: n } : {}),
      ...(action === 'allow' || action === 'deny' ? { action } : {}),
      ...(protocol && protocol !== 'unknown' ? { protocol } : {}),
      ...(cidr ? { cidr } : {}),
      ...(protocol && protocol !== 'unknown' && !ported ? { fromPort: 0, toPort: 65535 } : { ...(from !== undefined ? { fromPort: from } : {}), ...(to !== undefined ? { toPort: to } : {}) }),
    });
    if (missing.length > 0 || egress === null) return { why: `${inst.address}: ${missing.join(', ') || 'egress'} unknown until apply`, egress, path, known: known() };
    if (!protocol || protocol === 'unknown' || (action !== 'allow' && action !== 'deny') || typeof n !== 'number' || !cidr) return { why: `${inst.address}: a rule sg-guard cannot read`, egress, path, known: known() };
    return { resource: inst.address, path, egress, ruleNumber: n, action, protocol, cidr, fromPort: ported ? (from ?? 0) : 0, toPort: ported ? (to ?? 65535) : 65535 };
  };
  const addRule = (acl: ReachAcl, rule: AclRule | Unreadable, resource: string, replace: boolean): void => {
    if ('why' in rule) {
      acl.unknownRules.push({ resource, egress: rule.egress, why: rule.why, path: rule.path, known: rule.known });
      return;
    }
    if (replace) acl.rules = acl.rules.filter((x) => !(x.resource === acl.address && x.egress === rule.egress && x.ruleNumber === rule.ruleNumber));
    acl.rules.push(rule);
  };
  for (const a of aclList) {
    const vpc = a.type === 'aws_default_network_acl' ? ([...defaultAclOf].find(([, x]) => x === a.address)?.[0] ?? null) : null;
    const acl: ReachAcl = { address: a.address, vpc: vpc ? { address: vpc } : vpcOf(a), isDefault: a.type === 'aws_default_network_acl', implicit: false, rules: [], unknownRules: [] };
    for (const dir of ['ingress', 'egress'] as const) {
      const rules = a.after?.[dir];
      const unknown = isJsonObject(a.afterUnknown) ? a.afterUnknown[dir] : undefined;
      if (Array.isArray(rules)) {
        rules.forEach((r, i) => {
          if (isJsonObject(r)) addRule(acl, readAclRule(a, r, Array.isArray(unknown) ? unknown[i] : undefined, dir === 'egress', 'rule_no', 'action', `${dir}[${i}]`), a.address, false);
        });
      } else if (unknown === true && declared(a, dir) !== false) {
        acl.unknownRules.push({ resource: a.address, egress: dir === 'egress', why: `${a.address}: ${dir} unknown until apply`, path: dir });
      }
    }
    net.acls.set(a.address, acl);
    const subnets = links(a, ['subnet_ids'], SUBNET, subnetIndex);
    for (const s of subnets.links) if ('address' in s) net.aclAssociations.set(s.address, { address: a.address });
    if (subnets.unknown && a.type !== 'aws_default_network_acl' && declared(a, 'subnet_ids') !== false) net.unresolvedAclAssociations.push(a.address);
  }
  for (const r of of(set('aws_network_acl_rule'))) {
    const target = link(r, ['network_acl_id'], new Set([...ACL, ...VPC]), aclIndex);
    let address = target && 'address' in target ? target.address : null;
    if (address && VPC.has(instIndex.get(address)?.type ?? '')) address = net.vpcs.get(address)?.defaultAcl ?? null;
    let acl = address ? net.acls.get(address) : undefined;
    if (!acl && target && 'id' in target) {
      // An ACL outside the plan: the rules the plan writes to it are still rules of an ACL.
      acl = net.acls.get(target.id);
      if (!acl) {
        acl = { address: target.id, vpc: { unknown: `network ACL ${target.id} is not in the plan` }, isDefault: false, implicit: false, outside: true, rules: [], unknownRules: [] };
        net.acls.set(target.id, acl);
      }
    }
    if (!acl) continue;
    const egress = flag(r, 'egress');
    addRule(acl, readAclRule(r, r.after ?? {}, r.afterUnknown, typeof egress === 'boolean' ? egress : egress === undefined ? false : null, 'rule_number', 'rule_action', ''), r.address, true);
  }
  for (const a of of(set('aws_network_acl_association'))) {
    const subnet = links(a, ['subnet_id'], SUBNET, subnetIndex);
    const acl = link(a, ['network_acl_id'], ACL, aclIndex) ?? { unknown: `${a.address} names no network ACL` };
    for (const s of subnet.links) if ('address' in s) net.aclAssociations.set(s.address, acl);
    if (subnet.links.length === 0 && subnet.unknown) net.unresolvedAclAssociations.push(a.address);
  }

  // Endpoints: what may hold a public address, and its subnets.
  const eniList = of(ENI);
  const eniIndex = valueIndex(eniList, ['id']);
  const ec2List = of(EC2);
  const ec2Index = valueIndex(ec2List, ['id']);
  const eipOf = new Map<string, string>();
  for (const e of of(set('aws_eip'))) {
    for (const l of links(e, ['instance'], EC2, ec2Index).links) if ('address' in l) eipOf.set(l.address, e.address);
    for (const l of links(e, ['network_interface'], ENI, eniIndex).links) if ('address' in l) eipOf.set(l.address, e.address);
  }
  for (const e of of(set('aws_eip_association'))) {
    for (const l of links(e, ['instance_id'], EC2, ec2Index).links) if ('address' in l) eipOf.set(l.address, e.address);
    for (const l of links(e, ['network_interface_id'], ENI, eniIndex).links) if ('address' in l) eipOf.set(l.address, e.address);
  }
  const endpoint = (inst: Instance, kind: EndpointKind, subnetPaths: string[][], v4: PublicAddress, v6: PublicAddress, via: string | null, extraSubnets: Link[] = []): ReachEndpoint => {
    const found = new Map<string, Link>();
    let why: Unknown | null = null;
    for (const l of extraSubnets) found.set(linkKey(l), l);
    for (const p of subnetPaths) {
      const r = links(inst, p, SUBNET, subnetIndex);
      for (const l of r.links) found.set(linkKey(l), l);
      why ??= r.unknown;
    }
    const subnets = [...found.values()];
    if (subnets.length === 0 && !why) why = { unknown: `${inst.address}: its subnet is not in the plan (${subnetPaths.map((p) => p.join('.')).join(', ') || 'none set'})` };
    return { address: inst.address, type: inst.type, kind, subnets, subnetsUnknown: subnets.length === 0 ? why : null, publicIpv4: v4, publicIpv6: v6, publicVia: via, neverPublic: null };
  };
  const eniEndpoint = new Map<string, ReachEndpoint>();
  for (const e of eniList) {
    const eip = eipOf.get(e.address);
    const v6 = (typeof e.after?.ipv6_address_count === 'number' && e.after.ipv6_address_count > 0) || (Array.isArray(e.after?.ipv6_addresses) && e.after.ipv6_addresses.length > 0);
    const ep = endpoint(e, 'network-interface', [['subnet_id']], eip ? true : false, v6, eip ?? null);
    eniEndpoint.set(e.address, ep);
    net.endpoints.set(e.address, ep);
  }
  for (const i of ec2List) {
    const eip = eipOf.get(i.address);
    const enis = links(i, ['network_interface', '*', 'network_interface_id'], ENI, eniIndex).links.flatMap((l) => ('address' in l ? [l.address] : []));
    const eniEip = enis.map((e) => eipOf.get(e)).find((x) => x !== undefined);
    let v4: PublicAddress = 'subnet-default';
    let via: string | null = null;
    const declaredPublic = declared(i, 'associate_public_ip_address');
    const f = flag(i, 'associate_public_ip_address');
    if (eip ?? eniEip) {
      v4 = true;
      via = (eip ?? eniEip) as string;
    } else if (str(i.after?.public_ip)) {
      v4 = true;
      via = 'public_ip';
    } else if (typeof f === 'boolean' && (declaredPublic !== false || i.action === 'no-op' || i.action === 'update')) {
      v4 = f;
      via = 'associate_public_ip_address';
    } else if (f !== undefined && isUnknown(f) && declaredPublic === true) {
      v4 = f;
    } else if (enis.length > 0) {
      v4 = false;
    }
    const count = i.after?.ipv6_address_count;
    const addrs = i.after?.ipv6_addresses;
    const v6: PublicAddress = (typeof count === 'number' && count > 0) || (Array.isArray(addrs) && addrs.length > 0) ? true : declared(i, 'ipv6_address_count') || declared(i, 'ipv6_addresses') ? false : 'subnet-default';
    const extra = enis.flatMap((e) => eniEndpoint.get(e)?.subnets ?? []);
    net.endpoints.set(i.address, endpoint(i, 'instance', [['subnet_id']], v4, v6, via, extra));
  }
  // A group attached by aws_network_interface_sg_attachment is on the interface it names (src/model/attachments.ts).
  // When that interface is not in the plan, or unknown until apply, the attachment stands for it: say why where it lives is unknown.
  const interfaceIndex = new Map([...valueIndex(ec2List, ['primary_network_interface_id']), ...eniIndex]);
  for (const a of of(SG_ATTACHMENT)) {
    const l = link(a, ['network_interface_id'], INTERFACE_HOLDERS, interfaceIndex) ?? { unknown: `${a.address} names no network interface` };
    if ('address' in l) continue;
    const why: Unknown = 'id' in l ? { unknown: `${a.address}: network interface ${l.id} is not in the plan` } : l;
    net.endpoints.set(a.address, { address: a.address, type: a.type, kind: 'network-interface', subnets: [], subnetsUnknown: why, publicIpv4: why, publicIpv6: why, publicVia: null, neverPublic: null });
  }
  // Launch templates and the auto scaling groups that launch from them.
  const ltList = of(LT);
  const ltIndex = valueIndex(ltList, ['id', 'name']);
  const ltPublic = new Map<string, PublicAddress>();
  for (const t of ltList) {
    const ni = Array.isArray(t.after?.network_interfaces) ? t.after.network_interfaces[0] : undefined;
    const niUnknown = isJsonObject(t.afterUnknown) && Array.isArray(t.afterUnknown.network_interfaces) ? t.afterUnknown.network_interfaces[0] : undefined;
    const f = isJsonObject(ni) ? flag(t, 'associate_public_ip_address', ni, niUnknown ?? {}, 'network_interfaces[0].associate_public_ip_address') : undefined;
    const v4: PublicAddress = f ?? 'subnet-default';
    ltPublic.set(t.address, v4);
    net.endpoints.set(t.address, endpoint(t, 'launch-template', [['network_interfaces', '*', 'subnet_id']], v4, 'subnet-default', typeof f === 'boolean' && f ? 'network_interfaces[0].associate_public_ip_address' : null));
  }
  for (const g of of(set('aws_autoscaling_group'))) {
    const paths = [['launch_template', '*', 'id'], ['launch_template', '*', 'name'], ['mixed_instances_policy', '*', 'launch_template', '*', 'launch_template_specification', '*', 'launch_template_id'], ['mixed_instances_policy', '*', 'launch_template', '*', 'launch_template_specification', '*', 'launch_template_name']];
    const lts = paths.flatMap((p) => links(g, p, LT, ltIndex).links).flatMap((l) => ('address' in l ? [l.address] : []));
    const v4 = lts.map((t) => ltPublic.get(t)).find((x) => x !== undefined) ?? 'subnet-default';
    const ep = endpoint(g, 'auto-scaling-group', [['vpc_zone_identifier']], v4, 'subnet-default', v4 === true ? `${lts[0]} network_interfaces[0].associate_public_ip_address` : null);
    net.endpoints.set(g.address, ep);
    // A template launched by a group launches into the group's subnets.
    for (const t of lts) {
      const te = net.endpoints.get(t);
      if (te && te.subnets.length === 0) {
        te.subnets = ep.subnets;
        te.subnetsUnknown = ep.subnetsUnknown;
      }
    }
  }
  for (const lb of of(set('aws_lb', 'aws_alb', 'aws_elb'))) {
    const internal = flag(lb, 'internal') ?? false;
    const v4: Flag = isUnknown(internal) ? internal : !internal;
    const dual = lb.after?.ip_address_type === 'dualstack' || lb.after?.ip_address_type === 'dualstack-without-public-ipv4';
    const v6: Flag = dual ? v4 : false;
    const v4only: Flag = lb.after?.ip_address_type === 'dualstack-without-public-ipv4' ? false : v4;
    net.endpoints.set(lb.address, endpoint(lb, 'load-balancer', [['subnets'], ['subnet_mapping', '*', 'subnet_id']], v4only, v6, v4 === true ? 'internal = false' : null));
  }
  // Databases: publicly_accessible and the subnets of their subnet group.
  const sgList = of(DB_SUBNET_GROUP);
  const sgIndex = valueIndex(sgList, ['name', 'id', 'arn']);
  const sgSubnets = new Map<string, Link[]>();
  for (const g of sgList) sgSubnets.set(g.address, links(g, ['subnet_ids'], SUBNET, subnetIndex).links);
  const dbSubnets = (db: Instance): { subnets: Link[]; unknown: Unknown | null } => {
    const g = link(db, ['db_subnet_group_name'], DB_SUBNET_GROUP, sgIndex);
    if (!g) return { subnets: [], unknown: { unknown: `${db.address}: no db_subnet_group_name: the default VPC's subnets, which the plan does not hold` } };
    if (!('address' in g)) return { subnets: [], unknown: 'id' in g ? { unknown: `${db.address}: subnet group ${g.id} is not in the plan` } : g };
    const subnets = sgSubnets.get(g.address) ?? [];
    return { subnets, unknown: subnets.length === 0 ? { unknown: `${g.address}: its subnets are not in the plan` } : null };
  };
  const clusterIndex = valueIndex(of(RDS_CLUSTER), ['id', 'cluster_identifier', 'arn']);
  const clusterPublic = new Map<string, Flag>();
  for (const ci of of(set('aws_rds_cluster_instance'))) {
    const c = link(ci, ['cluster_identifier'], RDS_CLUSTER, clusterIndex);
    if (!c || !('address' in c)) continue;
    const f = flag(ci, 'publicly_accessible') ?? false;
    const prev = clusterPublic.get(c.address);
    if (prev === undefined || prev === false || (isUnknown(prev) && f === true)) clusterPublic.set(c.address, f);
  }
  for (const db of of(set('aws_db_instance', 'aws_rds_cluster'))) {
    const pub: Flag = db.type === 'aws_rds_cluster' ? (clusterPublic.get(db.address) ?? { unknown: `${db.address}: none of its cluster instances is in the plan` }) : (flag(db, 'publicly_accessible') ?? false);
    const s = dbSubnets(db);
    const dual = db.after?.network_type === 'DUAL';
    net.endpoints.set(db.address, { address: db.address, type: db.type, kind: 'database', subnets: s.subnets, subnetsUnknown: s.subnets.length === 0 ? s.unknown : null, publicIpv4: pub, publicIpv6: dual ? pub : false, publicVia: pub === true ? 'publicly_accessible = true' : null, neverPublic: null });
  }
  for (const svc of of(set('aws_ecs_service'))) {
    const nc = Array.isArray(svc.after?.network_configuration) ? svc.after.network_configuration[0] : undefined;
    const ncUnknown = isJsonObject(svc.afterUnknown) && Array.isArray(svc.afterUnknown.network_configuration) ? svc.afterUnknown.network_configuration[0] : undefined;
    const f = isJsonObject(nc) ? (flag(svc, 'assign_public_ip', nc, ncUnknown ?? {}, 'network_configuration[0].assign_public_ip') ?? false) : false;
    net.endpoints.set(svc.address, endpoint(svc, 'service', [['network_configuration', '*', 'subnets']], f, false, f === true ? 'network_configuration[0].assign_public_ip' : null));
  }
  for (const [type, why] of Object.entries(NEVER_PUBLIC)) {
    for (const inst of of(set(type))) {
      net.endpoints.set(inst.address, { address: inst.address, type, kind: 'other', subnets: [], subnetsUnknown: null, publicIpv4: false, publicIpv6: false, publicVia: null, neverPublic: why });
    }
  }
  return net;
}
