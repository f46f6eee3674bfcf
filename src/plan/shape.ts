/**
 * The shape of a plan beyond its top-level sections: what the model walks
 * must have the JSON type it walks, or the plan is refused with one line that
 * names the place (`resource_changes[3].change.actions`). A plan is untrusted
 * input; Terraform never writes these shapes, so nothing real is refused.
 * Both readers (load.ts, scan.ts) end here. Every walk is iterative and
 * bounded: nesting that no configuration has is refused, never recursed into.
 */
import { InputError, isJsonObject, type JsonObject, type JsonValue } from './types.js';

/** Modules nested deeper than this (calls of calls of ...) are refused: real configurations nest a handful. */
const MAX_MODULE_NESTING = 100;

/**
 * A resource entry by its address: the large-plan reader keeps only the
 * resources the model reads, so an index into its list is not the file's.
 */
function named(list: string, address: string): string {
  const shown = JSON.stringify(address.length > 120 ? `${address.slice(0, 119)}…` : address);
  return `the ${list} entry ${shown}`;
}

/** A resource entry by its address, else by its type and name, else (at worst) by its index. */
function entryPlace(list: string, r: JsonObject, at: string): string {
  if (typeof r.address === 'string') return named(list, r.address);
  if (typeof r.type === 'string' && typeof r.name === 'string') return `the ${list} entry of type ${JSON.stringify(r.type)} named ${JSON.stringify(r.name)}`;
  return at;
}

function describeType(value: JsonValue | undefined): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

class Shape {
  constructor(
    private readonly label: string,
    private readonly types: ReadonlySet<string>,
  ) {}

  fail(place: string, problem: string): never {
    throw new InputError(this.label, `is not valid Terraform plan or state output: ${place} ${problem}`);
  }

  object(value: JsonValue | undefined, place: string): JsonObject {
    if (!isJsonObject(value)) this.fail(place, `is ${describeType(value)}, not an object`);
    return value;
  }

  optionalObject(value: JsonValue | undefined, place: string): JsonObject | undefined {
    return value === undefined ? undefined : this.object(value, place);
  }

  /** An array, or nothing (absent or null). */
  optionalArray(value: JsonValue | undefined, place: string): JsonValue[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(place, `is ${describeType(value)}, not an array`);
    return value;
  }

  string(value: JsonValue | undefined, place: string): void {
    if (typeof value !== 'string') this.fail(place, `is ${describeType(value)}, not a string`);
  }

  optionalString(value: JsonValue | undefined, place: string): void {
    if (value !== undefined && value !== null) this.string(value, place);
  }

  /**
   * A resource entry of a type read (ReadSpec.types; an entry without a
   * string type may be one), with address, type and name strings, a mode and
   * an index of the right types: null for the others, which the model passes
   * over and the large-plan reader never keeps.
   */
  resource(value: JsonValue, at: string, list: string = at.replace(/\[\d+\]$/, '')): JsonObject | null {
    const r = this.object(value, at);
    if (typeof r.type === 'string' && !this.types.has(r.type)) return null;
    const place = entryPlace(list, r, at);
    for (const key of ['address', 'type', 'name'] as const) this.string(r[key], `${place}.${key}`);
    // Terraform addresses hold no control characters (a for_each key's are escaped): such an address is forged.
    if (CONTROL.test(r.address as string)) this.fail(`${place}.address`, 'holds a control character (a raw newline, tab or NUL), which no Terraform address does');
    if (r.mode !== undefined && r.mode !== 'managed' && r.mode !== 'data') this.fail(`${place}.mode`, 'is neither "managed" nor "data"');
    const index = r.index;
    if (index !== undefined && index !== null && typeof index !== 'string' && typeof index !== 'number') this.fail(`${place}.index`, `is ${describeType(index)}, not a string or a number`);
    return r;
  }

  change(rc: JsonObject, place: string): void {
    const change = this.object(rc.change, `${place}.change`);
    const actions = change.actions;
    if (!Array.isArray(actions)) this.fail(`${place}.change.actions`, `is ${describeType(actions)}, not an array`);
    for (let i = 0; i < actions.length; i++) this.string(actions[i], `${place}.change.actions[${i}]`);
  }

  /** A module tree of resources (planned_values, values, prior_state.values): walked without recursion. */
  moduleTree(root: JsonValue | undefined, place: string): void {
    if (root === undefined || root === null) return;
    const stack: Array<{ module: JsonValue; place: string; depth: number }> = [{ module: root, place, depth: 0 }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const m = this.object(next.module, next.place);
      if (next.depth > MAX_MODULE_NESTING) this.fail(next.place, `nests modules more than ${MAX_MODULE_NESTING} deep`);
      const resources = this.optionalArray(m.resources, `${next.place}.resources`);
      for (let i = 0; i < resources.length; i++) this.resource(resources[i] as JsonValue, `${next.place}.resources[${i}]`);
      const children = this.optionalArray(m.child_modules, `${next.place}.child_modules`);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ module: children[i] as JsonValue, place: `${next.place}.child_modules[${i}]`, depth: next.depth + 1 });
    }
  }

  /** An expression ({references, constant_value}) or a map of them (nested blocks are lists of maps); constant values are data, not walked. */
  expressions(value: JsonValue | undefined, place: string): void {
    if (value === undefined || value === null) return;
    const stack: Array<{ node: JsonValue; place: string; depth: number }> = [{ node: value, place, depth: 0 }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const { node, depth } = next;
      if (depth > 64) this.fail(next.place, 'nests blocks more than 64 deep');
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i] as JsonValue, place: `${next.place}[${i}]`, depth: depth + 1 });
        continue;
      }
      if (!isJsonObject(node)) continue;
      if ('references' in node) {
        const refs = this.optionalArray(node.references, `${next.place}.references`);
        for (let i = 0; i < refs.length; i++) this.string(refs[i], `${next.place}.references[${i}]`);
      }
      for (const [key, child] of Object.entries(node)) {
        if (key === 'references' || key === 'constant_value') continue;
        if (typeof child === 'object' && child !== null) stack.push({ node: child, place: `${next.place}.${key}`, depth: depth + 1 });
      }
    }
  }

  /** configuration.root_module and the modules it calls, without recursion. */
  configuration(root: JsonValue | undefined, place: string): void {
    if (root === undefined || root === null) return;
    const stack: Array<{ module: JsonValue; place: string; depth: number }> = [{ module: root, place, depth: 0 }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const m = this.object(next.module, next.place);
      if (next.depth > MAX_MODULE_NESTING) this.fail(next.place, `nests module calls more than ${MAX_MODULE_NESTING} deep`);
      const resources = this.optionalArray(m.resources, `${next.place}.resources`);
      for (let i = 0; i < resources.length; i++) {
        const at = `${next.place}.resources[${i}]`;
        const r = this.object(resources[i] as JsonValue, at);
        for (const key of ['address', 'type', 'name'] as const) this.string(r[key], `${at}.${key}`);
        this.optionalObject(r.expressions, `${at}.expressions`);
        this.expressions(r.expressions, `${at}.expressions`);
        for (const key of ['count_expression', 'for_each_expression'] as const) {
          this.optionalObject(r[key], `${at}.${key}`);
          this.expressions(r[key], `${at}.${key}`);
        }
      }
      for (const section of ['outputs', 'variables'] as const) {
        const entries = this.optionalObject(m[section], `${next.place}.${section}`) ?? {};
        for (const [name, entry] of Object.entries(entries)) {
          const e = this.object(entry, `${next.place}.${section}.${name}`);
          if (section === 'outputs') this.expressions(this.optionalObject(e.expression, `${next.place}.outputs.${name}.expression`), `${next.place}.outputs.${name}.expression`);
        }
      }
      const calls = this.optionalObject(m.module_calls, `${next.place}.module_calls`) ?? {};
      for (const [name, value] of Object.entries(calls)) {
        const at = `${next.place}.module_calls.${name}`;
        const call = this.object(value, at);
        this.optionalString(call.source, `${at}.source`);
        this.optionalObject(call.expressions, `${at}.expressions`);
        this.expressions(call.expressions, `${at}.expressions`);
        for (const key of ['count_expression', 'for_each_expression'] as const) {
          this.optionalObject(call[key], `${at}.${key}`);
          this.expressions(call[key], `${at}.${key}`);
        }
        if (call.module !== undefined && call.module !== null) stack.push({ module: call.module, place: `${at}.module`, depth: next.depth + 1 });
      }
    }
  }
}

/**
 * Checks the parts of a plan or state that the model walks: resources of
 * `types` (ReadSpec.types) and the configuration. `label` names the file in
 * the one-line InputError.
 */
export function checkShape(plan: JsonObject, label: string, types: ReadonlySet<string>): void {
  const shape = new Shape(label, types);
  const changes = shape.optionalArray(plan.resource_changes, 'resource_changes');
  for (let i = 0; i < changes.length; i++) {
    const rc = shape.resource(changes[i] as JsonValue, `resource_changes[${i}]`);
    if (rc) shape.change(rc, named('resource_changes', rc.address as string));
  }
  for (const section of ['planned_values', 'values'] as const) {
    const values = plan[section];
    if (isJsonObject(values)) shape.moduleTree(values.root_module, `${section}.root_module`);
  }
  const prior = plan.prior_state;
  if (isJsonObject(prior)) {
    const values = shape.optionalObject(prior.values, 'prior_state.values');
    if (values) shape.moduleTree(values.root_module, 'prior_state.values.root_module');
  }
  const configuration = plan.configuration;
  if (isJsonObject(configuration)) shape.configuration(configuration.root_module, 'configuration.root_module');
}
