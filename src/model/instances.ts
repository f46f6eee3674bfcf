import type { JsonObject, JsonValue, LoadedPlan, TfModule, TfResource } from '../plan/types.js';
import { formatModulePath, parseAddress, type ModuleStep } from './address.js';
import type { ChangeAction } from './types.js';

/** One resource instance of the plan, with both sides of its change. */
export interface Instance {
  address: string;
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
  const set = new Set(actions ?? []);
  if (set.has('delete') && set.has('create')) return 'replace';
  if (set.has('create')) return 'create';
  if (set.has('delete')) return 'delete';
  if (set.has('update')) return 'update';
  if (set.has('read')) return 'read';
  return 'no-op';
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function* walkModule(module: TfModule | undefined): Generator<TfResource> {
  if (!module) return;
  for (const r of module.resources ?? []) yield r;
  for (const child of module.child_modules ?? []) yield* walkModule(child);
}

function makeInstance(
  address: string,
  type: string,
  name: string,
  mode: 'managed' | 'data' | undefined,
  action: ChangeAction,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  afterUnknown: JsonValue | undefined,
): Instance | null {
  const parsed = parseAddress(address);
  if (!parsed) return null;
  return {
    address,
    mode: mode ?? parsed.mode,
    type,
    name,
    key: parsed.key,
    modules: parsed.modules,
    modulePath: formatModulePath(parsed.modules),
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
  const json = plan.json;
  for (const rc of json.resource_changes ?? []) {
    if (!rc || typeof rc.address !== 'string' || !rc.change) continue;
    const inst = makeInstance(
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
    const inst = makeInstance(r.address, r.type, r.name, r.mode, 'no-op', r.values ?? null, r.values ?? null, {});
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
  return [...walkModule(root)];
}
