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
      const step = indexStep(text.slice(i + 1, close));
      if (!step) return null;
      steps.push(step);
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

/** Whether a quoted key (`"..."`) has no escape, quote or control character inside: JSON.parse would return its inside as it is. */
function plainQuoted(inner: string): boolean {
  const last = inner.length - 1;
  if (last < 1 || inner.charCodeAt(last) !== 0x22) return false;
  for (let i = 1; i < last; i++) {
    const c = inner.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

/** The step of an index's inner text: a string or number key, or an expression (marked with a leading NUL). Null when a quoted key is no JSON string. */
function indexStep(inner: string): Step | null {
  if (inner.startsWith('"')) {
    // Most keys are plain: JSON.parse (and its try) only for those with escapes or junk.
    if (plainQuoted(inner)) return { kind: 'index', key: inner.slice(1, -1) };
    try {
      return { kind: 'index', key: JSON.parse(inner) as string };
    } catch {
      return null;
    }
  }
  if (/^\d+$/.test(inner)) return { kind: 'index', key: Number(inner) };
  // An expression index such as [each.key] or [count.index]: not a literal instance key.
  return { kind: 'index', key: `\u0000${inner}` };
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

interface ParsedAddress {
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

/**
 * Where the module steps of an address end: the index of the '.' that starts
 * the resource part, 0 when there are none, -1 when the address is unusual
 * enough to leave to parseAddress.
 */
function modulePrefixEnd(address: string): number {
  let end = 0;
  let i = 0;
  while (address.startsWith('module.', i)) {
    let j = i + 7;
    while (j < address.length && address[j] !== '.' && address[j] !== '[') j++;
    if (j === i + 7) return -1;
    if (address[j] === '[') {
      const close = findIndexEnd(address, j);
      if (close === -1) return -1;
      j = close + 1;
    }
    if (address[j] !== '.') return -1;
    end = j;
    i = j + 1;
  }
  return end;
}

/** Whether `text` is one plain name step: no separator, index or quote inside. */
function plainName(text: string): boolean {
  return text !== '' && !text.includes('.') && !text.includes('[') && !text.includes('"');
}

/**
 * The module prefixes parsed in one batch of addresses, by their text, and the
 * last one: the instances of one module instance come together in a plan, so
 * most addresses start with the prefix of the one before.
 */
export interface PrefixCache {
  byText: Map<string, ModuleStep[] | null>;
  last: string;
  lastModules: ModuleStep[] | null;
}

export function prefixCache(): PrefixCache {
  return { byText: new Map(), last: '', lastModules: null };
}

/** Where the module prefix of `address` ends (modulePrefixEnd), and its steps: the last prefix when it is the same. */
function sharedPrefix(address: string, cache: PrefixCache): { end: number; modules: ModuleStep[] | null } {
  const last = cache.last;
  // The last prefix, followed by a '.' that no further module step follows, ends here too.
  if (last !== '' && address.startsWith(last) && address[last.length] === '.' && !address.startsWith('module.', last.length + 1)) {
    return { end: last.length, modules: cache.lastModules };
  }
  const end = modulePrefixEnd(address);
  if (end <= 0) return { end, modules: [] };
  const prefix = address.slice(0, end);
  let modules = cache.byText.get(prefix);
  if (modules === undefined) {
    // The prefix alone must parse into module steps and nothing else.
    const parsed = parseAddress(`${prefix}.x.y`);
    modules = parsed && parsed.mode === 'managed' && parsed.type === 'x' && parsed.name === 'y' && parsed.key === undefined ? parsed.modules : null;
    cache.byText.set(prefix, modules);
  }
  cache.last = prefix;
  cache.lastModules = modules;
  return { end, modules };
}

/**
 * parseAddress for many addresses at once: the instances of one module
 * instance share their module prefix, which is parsed once and whose steps
 * (one array) they share. `prefixes` lives as long as one batch of addresses.
 * With the `type` and `name` the plan gives, a resource part that is exactly
 * `type.name` is taken as it is, without tokenizing.
 */
export function parseAddressShared(address: string, prefixes: PrefixCache, type?: string, name?: string): ParsedAddress | null {
  const { end, modules } = sharedPrefix(address, prefixes);
  if (end < 0 || modules === null) return parseAddress(address);
  const start = end === 0 ? 0 : end + 1;
  if (
    type !== undefined &&
    name !== undefined &&
    address.length === start + type.length + 1 + name.length &&
    address.startsWith(type, start) &&
    address[start + type.length] === '.' &&
    address.endsWith(name) &&
    type !== 'data' &&
    type !== 'module' &&
    plainName(type) &&
    plainName(name)
  ) {
    return { modules, mode: 'managed', type, name };
  }
  // A resource part that goes on with `module` steps, or does not parse, is left to parseAddress.
  const parsed = parseAddress(address.slice(start));
  if (!parsed || parsed.modules.length > 0) return parseAddress(address);
  parsed.modules = modules;
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
