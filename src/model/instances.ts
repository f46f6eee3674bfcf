import { InputError, isJsonObject, type JsonObject, type JsonValue, type LoadedPlan, type TfModule, type TfResource } from '../plan/types.js';
import { MODEL_RESOURCE_TYPES } from './resource-types.js';
import { formatModulePath, parseAddressShared, prefixCache, type ModuleStep, type PrefixCache } from './address.js';
import type { ChangeAction } from './types.js';

/** One resource instance of the plan, with both sides of its change. */
export interface Instance {
  address: string;
  /** Position in the plan's list of instances, to keep plan order across types. */
  order: number;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key: string | number | undefined;
  modules: ModuleStep[];
  /** Module instance path, e.g. `module.app["blue"]`; '' at the root. */
  modulePath: string;
  action: ChangeAction;
  before: JsonObject | null;
  after: JsonObject | null;
  /** Mirrors `after`: `true` where a value is unknown until apply. */
  afterUnknown: JsonValue;
}

function toAction(actions: readonly string[] | undefined): ChangeAction {
  // Called once per instance: one scan of the (short) list, no set and no closure.
  const list: readonly unknown[] = Array.isArray(actions) ? actions : [];
  let create = false;
  let del = false;
  let update = false;
  let read = false;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a === 'create') create = true;
    else if (a === 'delete') del = true;
    else if (a === 'update') update = true;
    else if (a === 'read') read = true;
  }
  if (del && create) return 'replace';
  if (create) return 'create';
  if (del) return 'delete';
  if (update) return 'update';
  if (read) return 'read';
  return 'no-op';
}

/** Every resource of a module and its children, depth first (a plain walk: generators and iterators are slow cold). */
function walkModule(module: TfModule | undefined, out: TfResource[] = []): TfResource[] {
  if (!module) return out;
  const resources = module.resources ?? [];
  for (let i = 0; i < resources.length; i++) out.push(resources[i] as TfResource);
  const children = module.child_modules ?? [];
  for (let i = 0; i < children.length; i++) walkModule(children[i], out);
  return out;
}

/**
 * What parsing addresses shares between the instances of one module instance:
 * the parsed module prefix and its formatted path (one string, one array).
 */
interface AddressCache {
  prefixes: PrefixCache;
  paths: Map<ModuleStep[], string>;
}

function modulePathOf(modules: ModuleStep[], cache: AddressCache): string {
  let path = cache.paths.get(modules);
  if (path === undefined) {
    path = formatModulePath(modules);
    cache.paths.set(modules, path);
  }
  return path;
}

function makeInstance(
  cache: AddressCache,
  order: number,
  address: string,
  type: string,
  name: string,
  mode: 'managed' | 'data' | undefined,
  action: ChangeAction,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  afterUnknown: JsonValue | undefined,
): Instance | null {
  const parsed = parseAddressShared(address, cache.prefixes, type, name);
  if (!parsed) return null;
  return {
    address,
    order,
    mode: mode ?? parsed.mode,
    type,
    name,
    key: parsed.key,
    modules: parsed.modules,
    modulePath: modulePathOf(parsed.modules, cache),
    action,
    before: isJsonObject(before) ? before : null,
    after: isJsonObject(after) ? after : null,
    afterUnknown: afterUnknown ?? {},
  };
}

/**
 * Every resource instance the plan (or state) speaks of. Plans: from
 * `resource_changes`, plus any `planned_values` resource that has no change
 * entry (older Terraform omits unchanged ones). States: from `values`.
 */
/** An address that is no resource address: never dropped (it may open anything), the plan is refused. */
function badAddress(plan: LoadedPlan, place: string, address: string): InputError {
  const shown = JSON.stringify(address.length > 80 ? `${address.slice(0, 79)}…` : address).replace(/\p{Cc}/gu, ' ');
  return new InputError(plan.path === '-' ? 'stdin' : plan.path, `is not valid Terraform plan or state output: ${place}.address ${shown} is no resource address`);
}

export function collectInstances(plan: LoadedPlan): Instance[] {
  const out: Instance[] = [];
  const seen = new Set<string>();
  const cache: AddressCache = { prefixes: prefixCache(), paths: new Map() };
  const json = plan.json;
  const changes = json.resource_changes ?? [];
  for (let i = 0; i < changes.length; i++) {
    const rc = changes[i];
    if (!rc || typeof rc.address !== 'string' || !rc.change) continue;
    const inst = makeInstance(
      cache,
      out.length,
      rc.address,
      rc.type,
      rc.name,
      rc.mode,
      toAction(rc.change.actions),
      rc.change.before,
      rc.change.after,
      rc.change.after_unknown,
    );
    if (!inst) {
      // A resource the model reads is never passed over: it may open anything.
      if (MODEL_RESOURCE_TYPES.has(rc.type)) throw badAddress(plan, `resource_changes[${i}]`, rc.address);
      continue;
    }
    if (!seen.has(inst.address)) {
      seen.add(inst.address);
      out.push(inst);
    }
  }
  const values = plan.kind === 'state' ? json.values : json.planned_values;
  const resources = walkModule(values?.root_module);
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (!r || typeof r.address !== 'string' || seen.has(r.address)) continue;
    const inst = makeInstance(cache, out.length, r.address, r.type, r.name, r.mode, 'no-op', r.values ?? null, r.values ?? null, {});
    if (!inst) {
      if (MODEL_RESOURCE_TYPES.has(r.type)) throw badAddress(plan, plan.kind === 'state' ? 'values' : 'planned_values', r.address);
      continue;
    }
    seen.add(inst.address);
    out.push(inst);
  }
  return out;
}

/** Resources of the prior state (what exists before the plan), for matching ids to addresses. */
export function priorResources(plan: LoadedPlan): TfResource[] {
  const root = plan.kind === 'state' ? plan.json.values?.root_module : plan.json.prior_state?.values?.root_module;
  return walkModule(root);
}

/**
 * The instances of a plan by type, in plan order: each reader of the model
 * walks only the types it reads instead of every instance of the plan.
 */
export class InstancesByType {
  private readonly lists = new Map<string, Instance[]>();

  constructor(instances: readonly Instance[]) {
    for (let i = 0; i < instances.length; i++) {
      const inst = instances[i] as Instance;
      const list = this.lists.get(inst.type);
      if (list) list.push(inst);
      else this.lists.set(inst.type, [inst]);
    }
  }

  /** The instances of `types`, in plan order. The list may be the index's own: never change it. */
  of(types: Iterable<string>): readonly Instance[] {
    const found: Instance[][] = [];
    for (const type of types) {
      const list = this.lists.get(type);
      if (list) found.push(list);
    }
    if (found.length <= 1) return found[0] ?? [];
    return mergeInPlanOrder(found);
  }
}

/**
 * Lists of instances, each in plan order, merged into one in plan order: a
 * merge of a few sorted lists, cheaper than sorting thousands of instances
 * with a comparator (this runs cold, once per reader).
 */
function mergeInPlanOrder(lists: readonly Instance[][]): Instance[] {
  const out: Instance[] = [];
  const next = new Array<number>(lists.length).fill(0);
  for (;;) {
    let best = -1;
    let bestOrder = Infinity;
    for (let k = 0; k < lists.length; k++) {
      const inst = (lists[k] as Instance[])[next[k] as number];
      if (inst !== undefined && inst.order < bestOrder) {
        best = k;
        bestOrder = inst.order;
      }
    }
    if (best === -1) return out;
    out.push((lists[best] as Instance[])[next[best] as number] as Instance);
    next[best] = (next[best] as number) + 1;
  }
}
