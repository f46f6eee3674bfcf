import type { ConfigIndex } from './expressions.js';
import type { Instance, InstancesByType } from './instances.js';
import { GROUP_TYPES } from './permissions.js';
import { referencedAddresses, valueIndex } from './references.js';
import type { Attachment } from './types.js';

/**
 * Where each resource type names its security groups. Paths walk nested blocks
 * with '*'. `byName` marks attributes that hold group names, not ids.
 */
interface AttachmentSpec {
  paths: string[][];
  byName?: string[][];
  /** Attribute that says whether the resource is internal (load balancers). */
  internal?: string;
}

const SPECS: Record<string, AttachmentSpec> = {
  aws_instance: { paths: [['vpc_security_group_ids'], ['network_interface', '*', 'security_groups']], byName: [['security_groups']] },
  aws_spot_instance_request: { paths: [['vpc_security_group_ids']], byName: [['security_groups']] },
  aws_launch_template: { paths: [['vpc_security_group_ids'], ['network_interfaces', '*', 'security_groups']], byName: [['security_group_names']] },
  aws_launch_configuration: { paths: [['security_groups']] },
  aws_lb: { paths: [['security_groups']], internal: 'internal' },
  aws_alb: { paths: [['security_groups']], internal: 'internal' },
  aws_elb: { paths: [['security_groups']], internal: 'internal' },
  aws_db_instance: { paths: [['vpc_security_group_ids']] },
  aws_rds_cluster: { paths: [['vpc_security_group_ids']] },
  aws_docdb_cluster: { paths: [['vpc_security_group_ids']] },
  aws_neptune_cluster: { paths: [['vpc_security_group_ids']] },
  aws_elasticache_cluster: { paths: [['security_group_ids']] },
  aws_elasticache_replication_group: { paths: [['security_group_ids']] },
  aws_elasticache_serverless_cache: { paths: [['security_group_ids']] },
  aws_lambda_function: { paths: [['vpc_config', '*', 'security_group_ids']] },
  aws_ecs_service: { paths: [['network_configuration', '*', 'security_groups']] },
  aws_eks_cluster: { paths: [['vpc_config', '*', 'security_group_ids'], ['vpc_config', '*', 'cluster_security_group_id']] },
  aws_network_interface: { paths: [['security_groups']] },
  aws_network_interface_sg_attachment: { paths: [['security_group_id']] },
  aws_vpc_endpoint: { paths: [['security_group_ids']] },
  aws_opensearch_domain: { paths: [['vpc_options', '*', 'security_group_ids']] },
  aws_elasticsearch_domain: { paths: [['vpc_options', '*', 'security_group_ids']] },
  aws_redshift_cluster: { paths: [['vpc_security_group_ids']] },
  aws_msk_cluster: { paths: [['broker_node_group_info', '*', 'security_groups']] },
  aws_efs_mount_target: { paths: [['security_groups']] },
  aws_codebuild_project: { paths: [['vpc_config', '*', 'security_group_ids']] },
  aws_mq_broker: { paths: [['security_groups']] },
  aws_batch_compute_environment: { paths: [['compute_resources', '*', 'security_group_ids']] },
  aws_sagemaker_notebook_instance: { paths: [['security_groups']] },
  aws_memorydb_cluster: { paths: [['security_group_ids']] },
  aws_dms_replication_instance: { paths: [['vpc_security_group_ids']] },
  aws_fsx_lustre_file_system: { paths: [['security_group_ids']] },
  aws_fsx_windows_file_system: { paths: [['security_group_ids']] },
  aws_apprunner_vpc_connector: { paths: [['security_groups']] },
};

/** Launch templates reach groups for the resources that launch from them. */
const LAUNCH_TEMPLATE_USERS: Record<string, string[][]> = {
  aws_autoscaling_group: [
    ['launch_template', '*', 'id'],
    ['launch_template', '*', 'name'],
    ['mixed_instances_policy', '*', 'launch_template', '*', 'launch_template_specification', '*', 'launch_template_id'],
    ['mixed_instances_policy', '*', 'launch_template', '*', 'launch_template_specification', '*', 'launch_template_name'],
  ],
  aws_eks_node_group: [
    ['launch_template', '*', 'id'],
    ['launch_template', '*', 'name'],
  ],
};

function attributeName(path: readonly string[]): string {
  return path.map((s) => (s === '*' ? '[0]' : s)).join('.').replace(/\.\[/g, '[');
}

/** What an aws_network_interface_sg_attachment's network_interface_id can name: an interface, or an instance's primary one. */
const INTERFACE_TYPES: ReadonlySet<string> = new Set(['aws_network_interface', 'aws_instance']);

/**
 * The network interfaces (or instances, by their primary interface) an
 * aws_network_interface_sg_attachment names: known ids through the plan's
 * values, ids unknown until apply through the configuration's references.
 * [] when the interface is not in the plan or cannot be told.
 */
function interfaceResolver(byType: InstancesByType, config: ConfigIndex): (inst: Instance) => Array<{ address: string; type: string }> {
  let index: Map<string, string> | undefined;
  let types: Map<string, string> | undefined;
  return (inst) => {
    if (!index || !types) {
      const holders = byType.of(INTERFACE_TYPES).filter((i) => i.mode === 'managed');
      index = new Map([...valueIndex(holders.filter((i) => i.type === 'aws_instance'), ['primary_network_interface_id']), ...valueIndex(holders.filter((i) => i.type === 'aws_network_interface'), ['id'])]);
      types = new Map(holders.map((i) => [i.address, i.type]));
    }
    const lookup = index;
    const typeOf = types;
    return referencedAddresses(inst, ['network_interface_id'], INTERFACE_TYPES, (v) => lookup.get(v), config).flatMap((address) => {
      const type = typeOf.get(address);
      return type ? [{ address, type }] : [];
    });
  };
}

export const ATTACHMENT_TYPES: ReadonlySet<string> = new Set([...Object.keys(SPECS), ...Object.keys(LAUNCH_TEMPLATE_USERS)]);

/** Each spec's paths, ids first, then names: worked out once, not per instance. */
const SPEC_PATHS: Record<string, Array<{ p: string[]; byName: boolean; attribute: string }>> = Object.fromEntries(
  Object.entries(SPECS).map(([type, spec]) => [
    type,
    [...spec.paths.map((p) => ({ p, byName: false })), ...(spec.byName ?? []).map((p) => ({ p, byName: true }))].map((x) => ({ ...x, attribute: attributeName(x.p) })),
  ]),
);

interface AttachmentIndex {
  /** Group address to the resources that use it. */
  byGroup: Map<string, Attachment[]>;
}

/**
 * Which resources use each group (after side): by known id, by name, or by
 * the configuration's references when the id is unknown until apply.
 */
export function collectAttachments(
  byType: InstancesByType,
  groups: ReadonlyMap<string, Instance>,
  idToAddress: ReadonlyMap<string, string>,
  config: ConfigIndex,
): AttachmentIndex {
  const byGroup = new Map<string, Attachment[]>();
  const nameToAddress = new Map<string, string>();
  for (const g of groups.values()) {
    const name = g.after?.name ?? g.before?.name;
    if (typeof name === 'string' && name) nameToAddress.set(name, g.address);
  }
  const add = (group: string, a: Attachment): void => {
    const list = byGroup.get(group) ?? [];
    if (!list.some((x) => x.resource === a.resource && x.attribute === a.attribute)) list.push(a);
    byGroup.set(group, list);
  };

  // A value is looked up as what the attribute holds first (an id or a name), then as the other.
  const idFirst = (v: string): string | undefined => idToAddress.get(v) ?? nameToAddress.get(v);
  const nameFirst = (v: string): string | undefined => nameToAddress.get(v) ?? idToAddress.get(v);
  const groupsOf = (inst: Instance, path: readonly string[], byName: boolean): string[] => referencedAddresses(inst, path, GROUP_TYPES, byName ? nameFirst : idFirst, config);

  const templateGroups = new Map<string, Array<{ group: string }>>();
  const interfacesOf = interfaceResolver(byType, config);
  for (const inst of byType.of(Object.keys(SPECS))) {
    if (inst.mode !== 'managed' || !inst.after) continue;
    const spec = SPECS[inst.type];
    const paths = SPEC_PATHS[inst.type];
    if (!spec || !paths) continue;
    const internalValue = spec.internal ? inst.after[spec.internal] : undefined;
    const internal = typeof internalValue === 'boolean' ? internalValue : null;
    // An aws_network_interface_sg_attachment puts the group on its network interface: that is what uses it.
    const interfaces = inst.type === 'aws_network_interface_sg_attachment' ? interfacesOf(inst) : [];
    for (const { p, byName, attribute } of paths) {
      for (const group of groupsOf(inst, p, byName)) {
        for (const i of interfaces) add(group, { resource: i.address, resourceType: i.type, attribute: `${attribute} (${inst.address})`, internal: null });
        // Its interface not in the plan, or unknown until apply: the attachment itself stands for it (src/reach says why).
        if (interfaces.length === 0) add(group, { resource: inst.address, resourceType: inst.type, attribute, internal });
        if (inst.type === 'aws_launch_template') {
          const list = templateGroups.get(inst.address) ?? [];
          list.push({ group });
          templateGroups.set(inst.address, list);
        }
      }
    }
  }

  // Auto scaling groups and node groups use the groups of their launch templates.
  const LT_TYPES = new Set(['aws_launch_template']);
  const templateIdToAddress = valueIndex(byType.of(LT_TYPES).filter((i) => i.mode === 'managed'), ['id', 'name']);
  for (const inst of byType.of(Object.keys(LAUNCH_TEMPLATE_USERS))) {
    const paths = LAUNCH_TEMPLATE_USERS[inst.type];
    if (!paths || inst.mode !== 'managed' || !inst.after) continue;
    const templates = new Set(paths.flatMap((p) => referencedAddresses(inst, p, LT_TYPES, (v) => templateIdToAddress.get(v), config)));
    for (const t of templates) {
      for (const { group } of templateGroups.get(t) ?? []) {
        add(group, { resource: inst.address, resourceType: inst.type, attribute: `launch_template (${t})`, internal: null });
      }
    }
  }
  return { byGroup };
}
