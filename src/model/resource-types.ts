/**
 * Every resource type the model reads, managed or data. The plan scanner
 * (src/plan/scan.ts) fully parses only resources of these types and skips the
 * rest of a large plan byte-wise, so a type the model starts to read must be
 * reachable from here: add its set below. test/plan/scan.test.ts compares the
 * scanned model with the fully parsed one on every fixture and real plan.
 */
import { isJsonObject, type JsonObject } from '../plan/types.js';
import { ATTACHMENT_TYPES } from './attachments.js';
import { NETWORK_TYPES } from './network.js';
import { GROUP_TYPES, RULE_TYPES } from './permissions.js';

export const MODEL_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  ...GROUP_TYPES,
  ...RULE_TYPES,
  ...ATTACHMENT_TYPES,
  ...NETWORK_TYPES,
  // Named for clarity; the sets above already hold them today.
  'aws_launch_template',
  'aws_autoscaling_group',
]);

/**
 * The types read from `prior_state`: the model looks there only to map group
 * ids to addresses (build.ts, groupIdMap). A model that reads more of the
 * prior state must widen this.
 */
export const PRIOR_STATE_TYPES: ReadonlySet<string> = GROUP_TYPES;

/**
 * Attributes of resource values that nothing in sg-guard reads: the plan
 * scanner leaves them out of the resources it keeps. Tags are on nearly every
 * AWS resource, and tags_all repeats them with the provider's default tags.
 * A model or rule that starts reading one of these must remove it here.
 */
export const UNREAD_ATTRIBUTES: readonly string[] = ['tags', 'tags_all'];

/**
 * What the model reads of a prior_state resource: its address, type and id
 * (build.ts, groupIdMap). The plan scanner keeps only this of each, so the
 * prior state of a large estate's groups costs a few bytes apiece. Widen it
 * with PRIOR_STATE_TYPES.
 */
export function priorStateProjection(resource: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of ['address', 'mode', 'type', 'name', 'index'] as const) if (resource[key] !== undefined) out[key] = resource[key];
  const values = resource.values;
  if (isJsonObject(values)) out.values = values.id === undefined ? {} : { id: values.id };
  else if (values !== undefined) out.values = values;
  return out;
}
