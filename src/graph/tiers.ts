import type { Model, SecurityGroup } from '../model/types.js';

/**
 * What a group protects, inferred from the resources attached to it.
 * A group used by several kinds of resource has several tiers.
 */
export type Tier = 'public-lb' | 'internal-lb' | 'compute' | 'database' | 'lambda' | 'ecs' | 'eks' | 'endpoint';

const BY_TYPE: Record<string, Tier> = {
  aws_instance: 'compute',
  aws_spot_instance_request: 'compute',
  aws_launch_template: 'compute',
  aws_launch_configuration: 'compute',
  aws_autoscaling_group: 'compute',
  aws_network_interface: 'compute',
  aws_network_interface_sg_attachment: 'compute',
  aws_db_instance: 'database',
  aws_rds_cluster: 'database',
  aws_docdb_cluster: 'database',
  aws_neptune_cluster: 'database',
  aws_redshift_cluster: 'database',
  aws_elasticache_cluster: 'database',
  aws_elasticache_replication_group: 'database',
  aws_elasticache_serverless_cache: 'database',
  aws_memorydb_cluster: 'database',
  aws_opensearch_domain: 'database',
  aws_elasticsearch_domain: 'database',
  aws_msk_cluster: 'database',
  aws_dms_replication_instance: 'database',
  aws_efs_mount_target: 'database',
  aws_fsx_lustre_file_system: 'database',
  aws_fsx_windows_file_system: 'database',
  aws_mq_broker: 'database',
  aws_lambda_function: 'lambda',
  aws_ecs_service: 'ecs',
  aws_eks_cluster: 'eks',
  aws_eks_node_group: 'eks',
  aws_vpc_endpoint: 'endpoint',
};

const LOAD_BALANCERS = new Set(['aws_lb', 'aws_alb', 'aws_elb']);

/** Tiers that should never take traffic from the internet directly. */
export const PRIVATE_TIERS: ReadonlySet<Tier> = new Set(['database', 'internal-lb', 'lambda', 'ecs']);

export const TIER_WORDS: Record<Tier, string> = {
  'public-lb': 'a public load balancer',
  'internal-lb': 'an internal load balancer',
  compute: 'instances',
  database: 'a database, cache or data store',
  lambda: 'Lambda functions',
  ecs: 'ECS tasks',
  eks: 'an EKS cluster',
  endpoint: 'a VPC endpoint',
};

export function tiersOf(group: SecurityGroup): Tier[] {
  // A list, not a set: a group has a handful of attachments (most have none), and this runs for every group.
  const tiers: Tier[] = [];
  for (const a of group.attachments) {
    const t = LOAD_BALANCERS.has(a.resourceType) ? (a.internal === true ? 'internal-lb' : 'public-lb') : BY_TYPE[a.resourceType];
    if (t && !tiers.includes(t)) tiers.push(t);
  }
  return tiers.length > 1 ? tiers.sort() : tiers;
}

const TIERS = new WeakMap<Model, Map<string, Tier[]>>();

/** Group address to its tiers, for every group of the model; computed once per model. */
export function tierMap(model: Model): Map<string, Tier[]> {
  let map = TIERS.get(model);
  if (!map) {
    map = new Map();
    for (let i = 0; i < model.groups.length; i++) {
      const g = model.groups[i] as SecurityGroup;
      map.set(g.address, tiersOf(g));
    }
    TIERS.set(model, map);
  }
  return map;
}

/** The attached resources of a group that sit behind a load balancer, with the load balancers. */
export function loadBalancedResources(model: Model, group: SecurityGroup): Array<{ resource: string; loadBalancers: string[] }> {
  const out: Array<{ resource: string; loadBalancers: string[] }> = [];
  for (const a of group.attachments) {
    const t = model.network.lbTargets.find((x) => x.target === a.resource);
    if (t && !out.some((o) => o.resource === a.resource)) out.push({ resource: a.resource, loadBalancers: t.loadBalancers });
  }
  return out;
}
