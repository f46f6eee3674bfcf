import type { JsonValue, TfConfigModule, TfConfigResource, TfExpression, TfExpressions } from '../plan/types.js';
import { formatKey, formatModulePath, joinAddress, literalKey, tokenize, type ModuleStep, type Step } from './address.js';
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

/** Whether the configuration sets the attribute at all (a block or an expression). */
export function declares(expressions: TfExpressions | undefined, attribute: string): boolean {
  return expressions !== undefined && expressions[attribute] !== undefined;
}

export function constantOf(expr: TfExpression | undefined): JsonValue | undefined {
  return expr?.constant_value;
}

export class ConfigIndex {
  private readonly modules = new Map<string, TfConfigModule>();
  private readonly byResource = new Map<string, Instance[]>();
  private readonly byAddress = new Map<string, Instance>();
  readonly present: boolean;

  constructor(root: TfConfigModule | undefined, instances: readonly Instance[]) {
    this.present = root !== undefined;
    if (root) this.indexModule(root, '');
    for (const inst of instances) {
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

  module(modules: readonly ModuleStep[]): TfConfigModule | undefined {
    return this.modules.get(modules.map((m) => `module.${m.name}`).join('.'));
  }

  /** The configuration block that declares an instance. */
  resourceOf(inst: Pick<Instance, 'modules' | 'mode' | 'type' | 'name'>): TfConfigResource | undefined {
    const module = this.module(inst.modules);
    const local = inst.mode === 'data' ? `data.${inst.type}.${inst.name}` : `${inst.type}.${inst.name}`;
    return module?.resources?.find((r) => r.address === local || (r.type === inst.type && r.name === inst.name && (r.mode ?? 'managed') === inst.mode));
  }

  instance(address: string): Instance | undefined {
    return this.byAddress.get(address);
  }

  /**
   * Follows references (as listed in an expression's `references`) to resource
   * instances of `types`, through module variables and outputs. `modules` and
   * `key` place the expression: the module instance it is in and the instance
   * key of the resource that holds it (to pick the matching instance of a
   * counted or for_each'd target).
   */
  resolve(refs: readonly string[] | undefined, modules: readonly ModuleStep[], key: string | number | undefined, types: ReadonlySet<string>, depth = 0): Target[] {
    if (!refs || depth > MAX_DEPTH) return [];
    const out = new Map<string, Target>();
    const seenResource = new Set<string>();
    for (const ref of refs) {
      const steps = tokenize(ref);
      if (!steps || steps[0]?.kind !== 'name') continue;
      const root = steps[0].name;
      let targets: Target[] = [];
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
    const modulePath = formatModulePath(modules);
    const lit = literalKey(indexStep);
    if (lit !== undefined) {
      const address = joinAddress(modulePath, `${type}.${name}${formatKey(lit)}`);
      return this.byAddress.has(address) ? [{ address }] : [];
    }
    const all = this.byResource.get(this.resourceKey(modulePath, 'managed', type, name)) ?? [];
    if (all.length > 1 && key !== undefined) {
      const same = all.filter((i) => i.key === key);
      if (same.length === 1) return same.map((i) => ({ address: i.address }));
    }
    return all.map((i) => ({ address: i.address }));
  }

  private resolveVariable(steps: Step[], modules: readonly ModuleStep[], types: ReadonlySet<string>, depth: number): Target[] {
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
    const all = this.byResource.get(this.resourceKey(formatModulePath(modules), 'data', type, name)) ?? [];
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
