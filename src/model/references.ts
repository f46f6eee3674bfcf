import { isJsonObject, type JsonValue } from '../plan/types.js';
import { expressionsAt, type ConfigIndex } from './expressions.js';
import type { Instance } from './instances.js';

/**
 * The known string values at a path of `values` (lists flattened), appended
 * to `out` in order; returns whether any value there is unknown until apply,
 * or a null list element (Terraform writes unknown elements as null). `'*'`
 * walks every element of a list. A plain recursion, no visitor closures: this
 * runs for every attribute that can name a group, of every instance.
 */
export function stringsAt(values: JsonValue | undefined, unknown: JsonValue | undefined, path: readonly string[], i: number, out: string[]): boolean {
  if (unknown === true) return true;
  if (i === path.length) {
    if (!Array.isArray(values)) {
      if (typeof values === 'string') out.push(values);
      return false;
    }
    let someUnknown = false;
    for (let j = 0; j < values.length; j++) {
      const item = values[j];
      if ((Array.isArray(unknown) && unknown[j] === true) || item === null) someUnknown = true;
      else if (typeof item === 'string') out.push(item);
    }
    return someUnknown;
  }
  const seg = path[i] as string;
  if (seg === '*') {
    let someUnknown = false;
    if (Array.isArray(values)) {
      for (let j = 0; j < values.length; j++) if (stringsAt(values[j], Array.isArray(unknown) ? unknown[j] : undefined, path, i + 1, out)) someUnknown = true;
    } else if (Array.isArray(unknown)) {
      for (let j = 0; j < unknown.length; j++) if (stringsAt(undefined, unknown[j], path, i + 1, out)) someUnknown = true;
    }
    return someUnknown;
  }
  return stringsAt(isJsonObject(values) ? values[seg] : undefined, isJsonObject(unknown) ? unknown[seg] : undefined, path, i + 1, out);
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
  const values: string[] = [];
  const needConfig = stringsAt(inst.after, inst.afterUnknown, path, 0, values);
  // Distinct addresses in the order found: a list, as there are one or two.
  const found: string[] = [];
  const add = (address: string | undefined): void => {
    if (address && !found.includes(address)) found.push(address);
  };
  for (let i = 0; i < values.length; i++) add(lookup(values[i] as string));
  if (needConfig) {
    const refs = expressionsAt(config.resourceOf(inst)?.expressions, path).flatMap((e) => e.references ?? []);
    for (const t of config.resolve(refs, inst.modules, inst.key, types)) add('address' in t ? t.address : lookup(t.id));
  }
  return found;
}
