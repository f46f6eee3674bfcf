import type { JsonObject, JsonValue, LoadedPlan, TfModule, TfResource } from '../plan/types.js';
import { formatModulePath, parseAddressShared, type ModuleStep } from './address.js';
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

export function toAction(actions: readonly string[] | undefined): ChangeAction {
  // Called once per instance: a plain scan of the (short) list, no set.
  const list: readonly string[] = Array.isArray(actions) ? actions : [...(actions ?? [])];
  const has = (a: string): boolean => list.includes(a);
  if (has('delete') && has('create')) return 'replace';
  if (has('create')) return 'create';
  if (has('delete')) return 'delete';
  if (has('update')) return 'update';
  if (has('read')) return 'read';
  return 'no-op';
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every resource of a module and its children, depth first (a plain walk: generators are slow cold). */
function walkModule(module: TfModule | undefined, out: TfResource[] = []): TfResource[] {
  if (!module) return out;
  for (const r of module.resources ?? []) out.push(r);
  for (const child of module.child_modules ?? []) walkModule(child, out);
  return out;
}

/**
 * What parsing addresses shares between the instances of one module instance:
 * the parsed module prefix and its formatted path (one string, one array).
 */
interface AddressCache {
  prefixes: Map<string, ModuleStep[] | null>;
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
    before: isObject(before) ? before : null,
    after: isObject(after) ? after : null,
    afterUnknown: afterUnknown ?? {},
  };
}

/**
 * Every resource instance the plan (or state) speaks of. Plans: from
 * `resource_changes`, plus any `planned_values` resource that has no change
 * entry (older Terraform omits unchanged ones). States: from `values`.
 */
export function collectInstances(plan: LoadedPlan): Instance[] {
  const out: Instance[] = [];
  const seen = new Set<string>();
  const cache: AddressCache = { prefixes: new Map(), paths: new Map() };
  const json = plan.json;
  for (const rc of json.resource_changes ?? []) {
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
    if (inst && !seen.has(inst.address)) {
      seen.add(inst.address);
      out.push(inst);
    }
  }
  const values = plan.kind === 'state' ? json.values : json.planned_values;
  for (const r of walkModule(values?.root_module)) {
    if (!r || typeof r.address !== 'string' || seen.has(r.address)) continue;
    const inst = makeInstance(cache, out.length, r.address, r.type, r.name, r.mode, 'no-op', r.values ?? null, r.values ?? null, {});
    if (inst) {
      seen.add(inst.address);
      out.push(inst);
    }
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
    for (const inst of instances) {
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
    return found.flat().sort((a, b) => a.order - b.order);
  }
}
