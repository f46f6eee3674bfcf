import type { JsonObject, JsonValue } from '../plan/types.js';
import { expressionsAt, type ConfigIndex } from './config.js';
import type { Instance } from './instances.js';

export interface Value {
  value: JsonValue | undefined;
  unknown: boolean;
}

/** Values at a path, with whether each is unknown until apply; lists are flattened. */
export function valuesAt(values: JsonValue | undefined, unknown: JsonValue | undefined, path: readonly string[]): Value[] {
  const out: Value[] = [];
  const walk = (v: JsonValue | undefined, u: JsonValue | undefined, i: number): void => {
    if (u === true) {
      out.push({ value: undefined, unknown: true });
      return;
    }
    if (i === path.length) {
      if (Array.isArray(v)) v.forEach((item, j) => out.push({ value: item, unknown: Array.isArray(u) && u[j] === true }));
      else if (v !== null && v !== undefined) out.push({ value: v, unknown: false });
      return;
    }
    const seg = path[i] as string;
    if (seg === '*') {
      if (Array.isArray(v)) v.forEach((item, j) => walk(item, Array.isArray(u) ? u[j] : undefined, i + 1));
      else if (Array.isArray(u)) u.forEach((uu) => walk(undefined, uu, i + 1));
      return;
    }
    const obj = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
    const uo = typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as JsonObject) : undefined;
    walk(obj?.[seg], uo?.[seg], i + 1);
  };
  walk(values, unknown, 0);
  return out;
}

/** Maps known values (ids, ARNs, names) of instances of some types to their addresses. */
export function valueIndex(instances: readonly Instance[], types: ReadonlySet<string>, keys: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const inst of instances) {
    if (!types.has(inst.type)) continue;
    for (const key of keys) {
      for (const v of [inst.before?.[key], inst.after?.[key]]) if (typeof v === 'string' && v) map.set(v, inst.address);
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
  let needConfig = false;
  for (const v of valuesAt(inst.after, inst.afterUnknown, path)) {
    if (v.unknown || v.value === null) {
      needConfig = true;
      continue;
    }
    if (typeof v.value !== 'string') continue;
    const address = lookup(v.value);
    if (address) found.add(address);
  }
  if (needConfig) {
    const refs = expressionsAt(config.resourceOf(inst)?.expressions, path).flatMap((e) => e.references ?? []);
    for (const t of config.resolve(refs, inst.modules, inst.key, types)) {
      const address = 'address' in t ? t.address : lookup(t.id);
      if (address) found.add(address);
    }
  }
  return [...found];
}
