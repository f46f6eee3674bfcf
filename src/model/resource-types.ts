/**
 * What the model reads of a plan (MODEL_READS), which the plan reader is
 * given by its callers (check.ts, the CLI's graph): the resource types, the
 * prior-state types and what of them, and the attributes nothing reads. The
 * plan scanner (src/plan/scan.ts) fully parses only resources of these types
 * and skips the rest of a large plan byte-wise, so a type the model starts to
 * read must be reachable from here: add its set below. test/plan/scan.test.ts
 * compares the scanned model with the fully parsed one on every fixture and
 * real plan.
 */
import { isJsonObject, type JsonObject, type ReadSpec } from '../plan/types.js';
import { ATTACHMENT_TYPES } from './attachments.js';
import { NETWORK_TYPES } from './network.js';
import { GROUP_TYPES, RULE_TYPES } from './permissions.js';

/**
 * The types src/reach/build.ts reads: VPCs, subnets, routes, gateways, network
 * ACLs and what can hold a public address. Listed here (the model is below
 * reach); test/reach/build.test.ts checks the reader's own list against it.
 */
export const REACH_TYPES: readonly string[] = [
  'aws_alb', 'aws_autoscaling_group', 'aws_db_instance', 'aws_db_subnet_group', 'aws_default_network_acl',
  'aws_default_route_table', 'aws_default_subnet', 'aws_default_vpc', 'aws_docdb_cluster', 'aws_ecs_service',
  'aws_efs_mount_target', 'aws_egress_only_internet_gateway', 'aws_eip', 'aws_eip_association',
  'aws_elasticache_cluster', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache', 'aws_elb',
  'aws_instance', 'aws_internet_gateway', 'aws_internet_gateway_attachment', 'aws_lambda_function',
  'aws_launch_template', 'aws_lb', 'aws_main_route_table_association', 'aws_memorydb_cluster', 'aws_nat_gateway',
  'aws_neptune_cluster', 'aws_network_acl', 'aws_network_acl_association', 'aws_network_acl_rule',
  'aws_network_interface', 'aws_network_interface_sg_attachment', 'aws_rds_cluster', 'aws_rds_cluster_instance', 'aws_route', 'aws_route_table',
  'aws_route_table_association', 'aws_subnet', 'aws_vpc', 'aws_vpc_endpoint', 'aws_vpc_ipv4_cidr_block_association',
];

export const MODEL_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  ...GROUP_TYPES,
  ...RULE_TYPES,
  ...ATTACHMENT_TYPES,
  ...NETWORK_TYPES,
  // Named for clarity; the sets above already hold them today.
  'aws_launch_template',
  'aws_autoscaling_group',
  // What decides internet reachability (src/reach/build.ts, REACH_TYPES).
  ...REACH_TYPES,
]);

/**
 * The types read from `prior_state`: the model looks there only to map group
 * ids to addresses (build.ts, groupIdMap). A model that reads more of the
 * prior state must widen this.
 */
const PRIOR_STATE_TYPES: ReadonlySet<string> = GROUP_TYPES;

/**
 * Attributes of resource values that nothing in sg-guard reads: the plan
 * scanner leaves them out of the resources it keeps. Tags are on nearly every
 * AWS resource, and tags_all repeats them with the provider's default tags.
 * A model or rule that starts reading one of these must remove it here.
 */
const UNREAD_ATTRIBUTES: readonly string[] = ['tags', 'tags_all'];

/**
 * What the model reads of a prior_state resource: its address, type and id
 * (build.ts, groupIdMap). The plan scanner keeps only this of each, so the
 * prior state of a large estate's groups costs a few bytes apiece. Widen it
 * with PRIOR_STATE_TYPES.
 */
function priorStateProjection(resource: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of ['address', 'mode', 'type', 'name', 'index'] as const) if (resource[key] !== undefined) out[key] = resource[key];
  const values = resource.values;
  if (isJsonObject(values)) out.values = values.id === undefined ? {} : { id: values.id };
  else if (values !== undefined) out.values = values;
  return out;
}

/** What the model reads of a plan: every caller of the plan reader passes it. */
export const MODEL_READS: ReadSpec = {
  types: MODEL_RESOURCE_TYPES,
  priorStateTypes: PRIOR_STATE_TYPES,
  priorStateProjection,
  unreadAttributes: UNREAD_ATTRIBUTES,
};
