import type { JsonObject, JsonValue } from '../plan/types.js';
import { expressionsAt, type ConfigIndex } from './config.js';
import type { Instance } from './instances.js';

/**
 * Visits the values at a path, with whether each is unknown until apply; lists
 * are flattened. A visitor, not a list of records: this runs for every
 * attribute that can name a group, of every instance.
 */
export function forEachValueAt(values: JsonValue | undefined, unknown: JsonValue | undefined, path: readonly string[], visit: (value: JsonValue | undefined, unknown: boolean) => void): void {
  const walk = (v: JsonValue | undefined, u: JsonValue | undefined, i: number): void => {
    if (u === true) {
      visit(undefined, true);
      return;
    }
    if (i === path.length) {
      if (Array.isArray(v)) for (let j = 0; j < v.length; j++) visit(v[j], Array.isArray(u) && u[j] === true);
      else if (v !== null && v !== undefined) visit(v, false);
      return;
    }
    const seg = path[i] as string;
    if (seg === '*') {
      if (Array.isArray(v)) for (let j = 0; j < v.length; j++) walk(v[j], Array.isArray(u) ? u[j] : undefined, i + 1);
      else if (Array.isArray(u)) for (const uu of u) walk(undefined, uu, i + 1);
      return;
    }
    const obj = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
    const uo = typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as JsonObject) : undefined;
    walk(obj?.[seg], uo?.[seg], i + 1);
  };
  walk(values, unknown, 0);
}

/** Maps known values (ids, ARNs, names) of instances (of the types to index, in plan order) to their addresses. */
export function valueIndex(instances: readonly Instance[], keys: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const inst of instances) {
    for (const key of keys) {
      const before = inst.before?.[key];
      if (typeof before === 'string' && before) map.set(before, inst.address);
      const after = inst.after?.[key];
      if (typeof after === 'string' && after) map.set(after, inst.address);
    }
  }
  return map;
}

/**
 * The instances of `types` that an attribute of `inst` (after side) names: known
 * values through `lookup`, values unknown until apply through the configuration's
 * references.
 */
export function referencedAddresses(
  inst: Instance,
  path: readonly string[],
  types: ReadonlySet<string>,
  lookup: (value: string) => string | undefined,
  config: ConfigIndex,
): string[] {
  const found = new Set<string>();
  const add = (address: string | undefined): void => {
    if (address) found.add(address);
  };
  let needConfig = false;
  forEachValueAt(inst.after, inst.afterUnknown, path, (value, unknown) => {
    if (unknown || value === null) needConfig = true;
    else if (typeof value === 'string') add(lookup(value));
  });
  if (needConfig) {
    const refs = expressionsAt(config.resourceOf(inst)?.expressions, path).flatMap((e) => e.references ?? []);
    for (const t of config.resolve(refs, inst.modules, inst.key, types)) add('address' in t ? t.address : lookup(t.id));
  }
  return [...found];
}
