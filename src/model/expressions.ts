/**
 * The plan's `configuration` section: Terraform expressions and references,
 * resolved across modules (variables, outputs) to the resource instances or
 * literal ids they lead to. (sg-guard's own configuration file is src/config/.)
 */
import type { JsonValue, TfConfigModule, TfConfigResource, TfExpression, TfExpressions } from '../plan/types.js';
import { configModulePath, formatKey, formatModulePath, joinAddress, literalKey, tokenize, type ModuleStep, type Step } from './address.js';
import type { Instance } from './instances.js';

/** Where a reference leads: a resource instance in the plan, or a literal id. */
export type Target = { address: string } | { id: string };

const MAX_DEPTH = 32;
const NON_RESOURCE_ROOTS = new Set(['local', 'each', 'count', 'path', 'terraform', 'self', 'module', 'var', 'data']);

function isExpression(v: unknown): v is TfExpression {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 0 || keys.every((k) => k === 'references' || k === 'constant_value');
}

/**
 * The expressions found at an attribute path of a resource's configuration,
 * e.g. ['vpc_config', '*', 'security_group_ids']. Nested blocks are lists of
 * expression maps; '*' walks every block.
 */
export function expressionsAt(expressions: TfExpressions | undefined, path: readonly string[]): TfExpression[] {
  const out: TfExpression[] = [];
  const walk = (node: unknown, i: number): void => {
    if (node === undefined || node === null) return;
    if (i === path.length) {
      if (isExpression(node)) out.push(node);
      return;
    }
    if (isExpression(node)) {
      // The whole attribute is one expression (attribute syntax): it stands for every part.
      out.push(node);
      return;
    }
    const seg = path[i] as string;
    if (Array.isArray(node)) {
      if (seg === '*') for (const item of node) walk(item, i + 1);
      else if (/^\d+$/.test(seg)) walk(node[Number(seg)], i + 1);
      else for (const item of node) walk(item, i);
      return;
    }
    if (typeof node === 'object') {
      if (seg === '*') walk(node, i + 1);
      else walk((node as Record<string, unknown>)[seg], i + 1);
    }
  };
  walk(expressions, 0);
  return out;
}

export function constantOf(expr: TfExpression | undefined): JsonValue | undefined {
  return expr?.constant_value;
}

export class ConfigIndex {
  private readonly modules = new Map<string, TfConfigModule>();
  private readonly byResource = new Map<string, Instance[]>();
  private readonly byAddress = new Map<string, Instance>();
  private readonly byResourceAndKey = new Map<string, Map<string | number | undefined, Instance[]>>();
  private indexed = false;
  readonly present: boolean;
  // Caches for one model build: every instance of a module asks the same questions.
  /** Formatted paths of module step lists (instances of one module instance share theirs). */
  private readonly paths = new WeakMap<readonly ModuleStep[], { config: string; instance: string }>();
  /** resourceOf by instance, and by configuration module and resource. */
  private readonly resourceByInstance = new WeakMap<object, TfConfigResource | null>();
  private readonly resourceByKey = new Map<string, TfConfigResource | null>();
  /** tokenize of each reference string. */
  private readonly tokens = new Map<string, Step[] | null>();
  /** Top-level resolve results, by references, module instance, instance key and types. */
  private readonly resolved = new Map<string, readonly Target[]>();
  private readonly typeIds = new Map<ReadonlySet<string>, number>();
  private readonly instanceKeys = new Map<string, Array<string | number | undefined>>();

  constructor(
    root: TfConfigModule | undefined,
    private readonly instances: readonly Instance[],
  ) {
    this.present = root !== undefined;
    if (root) this.indexModule(root, '');
  }

  /** Indexes the instances by address and by resource, the first time a reference needs them (many plans never do). */
  private indexInstances(): void {
    if (this.indexed) return;
    this.indexed = true;
    for (const inst of this.instances) {
      this.byAddress.set(inst.address, inst);
      const k = this.resourceKey(inst.modulePath, inst.mode, inst.type, inst.name);
      const list = this.byResource.get(k);
      if (list) list.push(inst);
      else this.byResource.set(k, [inst]);
    }
  }

  private indexModule(module: TfConfigModule, path: string): void {
    this.modules.set(path, module);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call?.module) this.indexModule(call.module, joinAddress(path, `module.${name}`));
    }
  }

  private resourceKey(modulePath: string, mode: string, type: string, name: string): string {
    return `${modulePath}|${mode}.${type}.${name}`;
  }

  /** The configuration path (no keys) and the instance path of a module step list, formatted once per list. */
  private pathsOf(modules: readonly ModuleStep[]): { config: string; instance: string } {
    let paths = this.paths.get(modules);
    if (!paths) {
      paths = { config: configModulePath(modules), instance: formatModulePath(modules) };
      this.paths.set(modules, paths);
    }
    return paths;
  }

  module(modules: readonly ModuleStep[]): TfConfigModule | undefined {
    return this.modules.get(this.pathsOf(modules).config);
  }

  /** The configuration block that declares an instance. */
  resourceOf(inst: Pick<Instance, 'modules' | 'mode' | 'type' | 'name'>): TfConfigResource | undefined {
    let found = this.resourceByInstance.get(inst);
    if (found === undefined) {
      const key = `${this.pathsOf(inst.modules).config}\u0000${inst.mode}\u0000${inst.type}\u0000${inst.name}`;
      found = this.resourceByKey.get(key);
      if (found === undefined) {
        const module = this.module(inst.modules);
        const local = inst.mode === 'data' ? `data.${inst.type}.${inst.name}` : `${inst.type}.${inst.name}`;
        found = module?.resources?.find((r) => r.address === local || (r.type === inst.type && r.name === inst.name && (r.mode ?? 'managed') === inst.mode)) ?? null;
        this.resourceByKey.set(key, found);
      }
      this.resourceByInstance.set(inst, found);
    }
    return found ?? undefined;
  }

  instance(address: string): Instance | undefined {
    this.indexInstances();
    return this.byAddress.get(address);
  }

  /**
   * Follows references (as listed in an expression's `references`) to resource
   * instances of `types`, through module variables and outputs. `modules` and
   * `key` place the expression: the module instance it is in and the instance
   * key of the resource that holds it (to pick the matching instance of a
   * counted or for_each'd target).
   */
  resolve(refs: readonly string[] | undefined, modules: readonly ModuleStep[], key: string | number | undefined, types: ReadonlySet<string>, depth = 0): readonly Target[] {
    if (!refs || depth > MAX_DEPTH) return [];
    if (refs.length === 0) return [];
    // Every instance of a module resolves the same references: once per module instance and key.
    // Only top-level calls are cached: deeper ones depend on the depth left.
    if (depth > 0) return this.resolveUncached(refs, modules, key, types, depth);
    const cacheKey = `${refs.join('\u0000')}\u0001${this.pathsOf(modules).instance}\u0000${typeof key === 'number' ? `n${key}` : key === undefined ? '' : `s${key}`}\u0000${this.typeId(types)}`;
    let targets = this.resolved.get(cacheKey);
    if (!targets) {
      targets = this.resolveUncached(refs, modules, key, types, depth);
      this.resolved.set(cacheKey, targets);
    }
    return targets;
  }

  private typeId(types: ReadonlySet<string>): number {
    let id = this.typeIds.get(types);
    if (id === undefined) {
      id = this.typeIds.size;
      this.typeIds.set(types, id);
    }
    return id;
  }

  private tokenized(ref: string): Step[] | null {
    let steps = this.tokens.get(ref);
    if (steps === undefined) {
      steps = tokenize(ref);
      this.tokens.set(ref, steps);
    }
    return steps;
  }

  private resolveUncached(refs: readonly string[], modules: readonly ModuleStep[], key: string | number | undefined, types: ReadonlySet<string>, depth: number): Target[] {
    const out = new Map<string, Target>();
    const seenResource = new Set<string>();
    for (const ref of refs) {
      const steps = this.tokenized(ref);
      if (!steps || steps[0]?.kind !== 'name') continue;
      const root = steps[0].name;
      let targets: readonly Target[] = [];
      if (root === 'var') {
        targets = this.resolveVariable(steps, modules, types, depth);
      } else if (root === 'module') {
        targets = this.resolveModuleOutput(steps, modules, types, depth);
      } else if (root === 'data') {
        targets = this.resolveData(steps, modules, types);
      } else if (!NON_RESOURCE_ROOTS.has(root) && types.has(root)) {
        const name = steps[1]?.kind === 'name' ? steps[1].name : undefined;
        if (!name) continue;
        // Terraform lists `a.b[0].id`, `a.b[0]`, `a.b`: the first is the most specific.
        const id = `${root}.${name}`;
        if (seenResource.has(id)) continue;
        seenResource.add(id);
        targets = this.resolveResource(root, name, steps[2], modules, key);
      }
      for (const t of targets) out.set('address' in t ? `a:${t.address}` : `i:${t.id}`, t);
    }
    return [...out.values()];
  }

  private resolveResource(type: string, name: string, indexStep: Step | undefined, modules: readonly ModuleStep[], key: string | number | undefined): Target[] {
    this.indexInstances();
    const modulePath = this.pathsOf(modules).instance;
    const lit = literalKey(indexStep);
    if (lit !== undefined) {
      const address = joinAddress(modulePath, `${type}.${name}${formatKey(lit)}`);
      return this.byAddress.has(address) ? [{ address }] : [];
    }
    const resourceKey = this.resourceKey(modulePath, 'managed', type, name);
    const all = this.byResource.get(resourceKey) ?? [];
    if (all.length > 1 && key !== undefined) {
      const same = this.keyedInstances(resourceKey, all).get(key);
      if (same !== undefined && same.length === 1) return same.map((i) => ({ address: i.address }));
    }
    return all.map((i) => ({ address: i.address }));
  }

  /** The instances of one resource by instance key, indexed the first time: each of a for_each's instances asks for its own key. */
  private keyedInstances(resourceKey: string, all: readonly Instance[]): Map<string | number | undefined, Instance[]> {
    let keyed = this.byResourceAndKey.get(resourceKey);
    if (!keyed) {
      keyed = new Map();
      for (const inst of all) {
        const list = keyed.get(inst.key);
        if (list) list.push(inst);
        else keyed.set(inst.key, [inst]);
      }
      this.byResourceAndKey.set(resourceKey, keyed);
    }
    return keyed;
  }

  private resolveVariable(steps: Step[], modules: readonly ModuleStep[], types: ReadonlySet<string>, depth: number): readonly Target[] {
    const varName = steps[1]?.kind === 'name' ? steps[1].name : undefined;
    const call = modules[modules.length - 1];
    if (!varName || !call) return [];
    const parent = modules.slice(0, -1);
    const expr = this.module(parent)?.module_calls?.[call.name]?.expressions?.[varName];
    if (!isExpression(expr)) return [];
    const fromRefs = this.resolve(expr.references, parent, call.key, types, depth + 1);
    return fromRefs.length > 0 ? fromRefs : literalIds(expr.constant_value);
  }

  private resolveModuleOutput(steps: Step[], modules: readonly ModuleStep[], types: ReadonlySet<string>, depth: number): Target[] {
    const callName = steps[1]?.kind === 'name' ? steps[1].name : undefined;
    if (!callName) return [];
    let i = 2;
    const key = literalKey(steps[i]);
    if (steps[i]?.kind === 'index') i++;
    const outputStep = steps[i];
    if (outputStep?.kind !== 'name') return [];
    const call = this.module(modules)?.module_calls?.[callName];
    const output = call?.module?.outputs?.[outputStep.name];
    if (!output?.expression) return [];
    const childKeys = key !== undefined ? [key] : this.moduleInstanceKeys(modules, callName);
    const out: Target[] = [];
    for (const k of childKeys) {
      const child: ModuleStep[] = [...modules, k === undefined ? { name: callName } : { name: callName, key: k }];
      out.push(...this.resolve(output.expression.references, child, undefined, types, depth + 1));
    }
    return out.length > 0 ? out : literalIds(output.expression.constant_value);
  }

  /** The instance keys of a module call that appear in the plan ([undefined] when it has none). */
  private moduleInstanceKeys(modules: readonly ModuleStep[], callName: string): Array<string | number | undefined> {
    // Asked for every instance that reads the module's output: scan the plan once per module instance and call.
    const cacheKey = `${this.pathsOf(modules).instance}\u0000${callName}`;
    let cached = this.instanceKeys.get(cacheKey);
    if (!cached) {
      cached = this.scanInstanceKeys(modules, callName);
      this.instanceKeys.set(cacheKey, cached);
    }
    return cached;
  }

  private scanInstanceKeys(modules: readonly ModuleStep[], callName: string): Array<string | number | undefined> {
    this.indexInstances();
    const keys = new Set<string | number | undefined>();
    for (const inst of this.byAddress.values()) {
      if (inst.modules.length <= modules.length) continue;
      if (!modules.every((m, i) => inst.modules[i]?.name === m.name && inst.modules[i]?.key === m.key)) continue;
      const step = inst.modules[modules.length];
      if (step?.name === callName) keys.add(step.key);
    }
    return keys.size > 0 ? [...keys] : [undefined];
  }

  private resolveData(steps: Step[], modules: readonly ModuleStep[], types: ReadonlySet<string>): Target[] {
    const type = steps[1]?.kind === 'name' ? steps[1].name : undefined;
    const name = steps[2]?.kind === 'name' ? steps[2].name : undefined;
    if (!type || !name || !types.has(type)) return [];
    this.indexInstances();
    const all = this.byResource.get(this.resourceKey(this.pathsOf(modules).instance, 'data', type, name)) ?? [];
    const out: Target[] = [];
    for (const inst of all) {
      const id = inst.after?.id ?? inst.before?.id;
      if (typeof id === 'string' && id) out.push({ id });
    }
    return out;
  }
}

function literalIds(value: JsonValue | undefined): Target[] {
  if (typeof value === 'string' && value) return [{ id: value }];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '').map((id) => ({ id }));
  return [];
}
