/**
 * Terraform addresses and references: `module.app["blue"].aws_security_group.web[0]`,
 * `aws_security_group.web.id`, `module.net.sg_id`, `var.vpc_id`.
 */

export type Step = { kind: 'name'; name: string } | { kind: 'index'; key: string | number };

/** Splits an address or reference into name and index steps. Returns null when malformed. */
export function tokenize(text: string): Step[] | null {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = findIndexEnd(text, i);
      if (close === -1) return null;
      const inner = text.slice(i + 1, close);
      if (inner.startsWith('"')) {
        try {
          steps.push({ kind: 'index', key: JSON.parse(inner) as string });
        } catch {
          return null;
        }
      } else if (/^\d+$/.test(inner)) {
        steps.push({ kind: 'index', key: Number(inner) });
      } else {
        // An expression index such as [each.key] or [count.index]: not a literal instance key.
        steps.push({ kind: 'index', key: `\u0000${inner}` });
      }
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
    if (j === i) return null;
    steps.push({ kind: 'name', name: text.slice(i, j) });
    i = j;
  }
  return steps;
}

function findIndexEnd(text: string, open: number): number {
  let i = open + 1;
  if (text[i] === '"') {
    i++;
    while (i < text.length) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === '"') break;
      else i++;
    }
    i++;
  }
  while (i < text.length && text[i] !== ']') i++;
  return i < text.length ? i : -1;
}

export function formatKey(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** A literal instance key, or undefined for none or an expression index. */
export function literalKey(step: Step | undefined): string | number | undefined {
  if (step?.kind !== 'index') return undefined;
  return typeof step.key === 'string' && step.key.startsWith('\u0000') ? undefined : step.key;
}

export interface ModuleStep {
  name: string;
  key?: string | number;
}

export interface ParsedAddress {
  modules: ModuleStep[];
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key?: string | number;
}

/** Parses a resource instance address. */
export function parseAddress(address: string): ParsedAddress | null {
  const steps = tokenize(address);
  if (!steps) return null;
  const modules: ModuleStep[] = [];
  let i = 0;
  while (steps[i]?.kind === 'name' && (steps[i] as { name: string }).name === 'module') {
    const nameStep = steps[i + 1];
    if (nameStep?.kind !== 'name') return null;
    const key = literalKey(steps[i + 2]);
    modules.push(key === undefined ? { name: nameStep.name } : { name: nameStep.name, key });
    i += steps[i + 2]?.kind === 'index' ? 3 : 2;
  }
  let mode: 'managed' | 'data' = 'managed';
  if (steps[i]?.kind === 'name' && (steps[i] as { name: string }).name === 'data') {
    mode = 'data';
    i++;
  }
  const typeStep = steps[i];
  const nameStep = steps[i + 1];
  if (typeStep?.kind !== 'name' || nameStep?.kind !== 'name') return null;
  const key = literalKey(steps[i + 2]);
  const parsed: ParsedAddress = { modules, mode, type: typeStep.name, name: nameStep.name };
  if (key !== undefined) parsed.key = key;
  return parsed;
}

export function formatModulePath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => `module.${m.name}${m.key === undefined ? '' : formatKey(m.key)}`).join('.');
}

/** The module path without instance keys: how `configuration` names a module. */
export function configModulePath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => `module.${m.name}`).join('.');
}

export function joinAddress(modulePath: string, rest: string): string {
  return modulePath ? `${modulePath}.${rest}` : rest;
}
