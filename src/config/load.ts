import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { RuleSetting } from '../engine.js';
import { InputError } from '../plan/types.js';
import { OPTION_NAMES, OPTION_READERS, OPTION_RULES, type OptionName, type Read } from '../rules/options.js';
import publicPortNotAllowed from '../rules/public-port-not-allowed.js';
import { PORTS_OPTION } from '../rules/public-port-rule.js';
import type { Rule, RuleOptions } from '../rules/types.js';
import type { FailOnScope, Severity, Threshold } from '../findings/types.js';
import { FAIL_ON_SCOPES, SEVERITIES } from '../findings/types.js';
import type { Exception } from '../waivers/apply.js';
import { INLINE_IGNORE_MODES, type InlineIgnoreMode } from '../waivers/review.js';
import { readCustomRules, type CustomRuleSpec } from './custom-rules.js';
import { readExceptions, readRoots } from './exceptions.js';
import { presetOptions, readPresets, type PresetName } from './presets.js';

export const DEFAULT_CONFIG_PATH = '.github/sg-guard.yml';

export const THRESHOLDS: readonly Threshold[] = [...SEVERITIES, 'never'];
/** fail-on when neither the input nor the configuration sets it. */
export const DEFAULT_FAIL_ON: Threshold = 'high';
/** The least severe finding that gets an inline comment when neither the input nor the configuration says. */
export const DEFAULT_INLINE_MIN_SEVERITY: Severity = 'medium';

export interface Config {
  failOn?: Threshold;
  /** 'added': only findings the plan adds can block. */
  failOnScope?: FailOnScope;
  /** Per rule (built-in or custom): on/off, severity, options (top-level options and preset port lists). */
  settings: Record<string, RuleSetting>;
  /** `rules` entries scoped to some roots, in file order (a later one wins where both apply); absent: none. */
  rootSettings?: RootRuleSetting[];
  /** `preset`, when the file names any. */
  presets?: PresetName[];
  /** `custom-rules`, when the file has any; rulesInForce (custom-rules.ts) makes them rules. */
  customRules?: CustomRuleSpec[];
  /** `exceptions`, when the file has any; applySuppressions (src/waivers/apply.ts) applies them. */
  exceptions?: Exception[];
  /** `inline-ignores`, when the file sets it: how sg-guard:ignore comments count (reviewInlineWaivers, src/waivers/review.ts). */
  inlineIgnores?: InlineIgnoreMode;
  /** `inline-min-severity`, when the file sets it: findings below it get no inline comment (counted in the summary). */
  inlineMinSeverity?: Severity;
  /** The top-level rule options as written (trusted-cidrs, ...), when the file sets any; `settings` has them per rule. */
  options?: Partial<Record<OptionName, unknown>>;
}

/** A `rules` entry with `roots`: the rule's level in the Terraform roots its globs match. */
export interface RootRuleSetting {
  rule: string;
  /** Globs over root directories, relative to the repository root (src/waivers/apply.ts rootMatcher). */
  roots: string[];
  /** false: off there; true: on, at `severity` when given. */
  enabled: boolean;
  severity?: Severity;
}

/** What a `rules` entry may say: off, on, or a severity. */
type Level = { enabled: boolean; severity?: Severity };

function readLevel(value: unknown): Level | null {
  if (value === 'off' || value === false) return { enabled: false };
  if (value === 'on' || value === true) return { enabled: true };
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return { enabled: true, severity: value as Severity };
  return null;
}

const RULE_ENTRY_KEYS = ['level', 'roots'];

/**
 * One rule's `rules` value: a level (`off`, `on`, a severity), a mapping
 * `{level, roots?}`, or a list of those, applied in order. Entries without
 * roots set the rule everywhere; entries with roots only in those roots.
 */
function readRuleEntries(file: string, name: string, value: unknown, config: Config): void {
  const list = Array.isArray(value) ? value : [value];
  const expected = `"off", "on", a severity (${SEVERITIES.join(', ')}), {level, roots}, or a list of them`;
  if (list.length === 0) throw new InputError(file, `rules.${name} must be ${expected}, not []`);
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(value) ? `rules.${name}[${i}]` : `rules.${name}`;
    const plain = readLevel(item);
    if (plain) {
      config.settings[name] = { ...config.settings[name], ...plain };
      continue;
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new InputError(file, `${at} must be ${expected}, not ${JSON.stringify(item)}`);
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!RULE_ENTRY_KEYS.includes(key)) throw new InputError(file, `${at} has unknown key "${key}" (known: ${RULE_ENTRY_KEYS.join(', ')})`);
    }
    const level = readLevel(entry.level);
    if (!level) throw new InputError(file, `${at}.level must be "off", "on" or a severity (${SEVERITIES.join(', ')}), not ${JSON.stringify(entry.level)}`);
    if (entry.roots === undefined) {
      config.settings[name] = { ...config.settings[name], ...level };
      continue;
    }
    const roots = read(file, at, readRoots(entry.roots));
    (config.rootSettings ??= []).push({ rule: name, roots, ...level });
  }
}

const TOP_LEVEL_KEYS: readonly string[] = ['fail-on', 'fail-on-scope', 'rules', 'preset', 'custom-rules', 'exceptions', 'inline-ignores', 'inline-min-severity', ...OPTION_NAMES];

/** `key` then the reader's error: `key[1] ...`, `key.ipv4 ...`, `key must ...`. */
function keyed(key: string, error: string): string {
  return `${key}${error.startsWith('[') || error.startsWith('.') ? '' : ' '}${error}`;
}

function read<T>(file: string, key: string, r: Read<T>): T {
  if (!r.ok) throw new InputError(file, keyed(key, r.error));
  return r.value;
}

function isThreshold(v: unknown): v is Threshold {
  return typeof v === 'string' && (THRESHOLDS as readonly string[]).includes(v);
}

/** The key path of the first Map or Set (YAML !!omap, !!pairs, !!set) in the data: the readers below see only plain objects and arrays. */
function typedCollection(data: unknown): string | null {
  const stack: Array<{ value: unknown; at: string }> = [{ value: data, at: 'the document' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, at } = next;
    if (value instanceof Map || value instanceof Set) return at;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, at: `${at === 'the document' ? '' : at}[${i}]` }));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) stack.push({ value: v, at: at === 'the document' ? k : `${at}.${k}` });
  }
  return null;
}

/**
 * Validates a parsed configuration. Every problem is an InputError naming the
 * file and the key, so a typo never silently changes what is checked.
 */
export function parseConfig(text: string, file: string, rules: readonly Rule[]): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const where = e?.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    // prettyErrors appends the position and a source excerpt; keep only the reason.
    const reason = (e?.message ?? 'parse error').split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(file, `is not valid YAML${where}: ${reason}`);
  }
  let data: unknown;
  try {
    // Aliases are expanded here: yaml refuses an alias bomb (maxAliasCount) and an alias without its anchor.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new InputError(file, `is not valid YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
  const typed = typedCollection(data);
  if (typed) throw new InputError(file, `${typed} is an ordered map or a set (!!omap, !!pairs, !!set): write a plain mapping or list`);
  if (data === null || data === undefined) return { settings: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, 'must be a mapping of settings (e.g. "fail-on: high")');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new InputError(file, `unknown key "${key}" (known: ${TOP_LEVEL_KEYS.join(', ')})`);
  }
  const config: Config = { settings: {} };
  const builtIn = rules.map((r) => r.meta.name);
  // Custom rules first: `rules` and `exceptions` may name them.
  if (obj['custom-rules'] !== undefined && obj['custom-rules'] !== null) {
    config.customRules = read(file, 'custom-rules', readCustomRules(obj['custom-rules'], builtIn, file));
  }
  const known = [...builtIn, ...(config.customRules ?? []).map((r) => r.name)];
  if (obj['fail-on'] !== undefined) {
    if (!isThreshold(obj['fail-on'])) throw new InputError(file, `fail-on must be one of ${THRESHOLDS.join(', ')}, not ${JSON.stringify(obj['fail-on'])}`);
    config.failOn = obj['fail-on'];
  }
  if (obj['fail-on-scope'] !== undefined) {
    const scope = obj['fail-on-scope'];
    if (typeof scope !== 'string' || !(FAIL_ON_SCOPES as readonly string[]).includes(scope)) {
      throw new InputError(file, `fail-on-scope must be one of ${FAIL_ON_SCOPES.join(', ')}, not ${JSON.stringify(scope)}`);
    }
    config.failOnScope = scope as FailOnScope;
  }
  const ruleEntries = obj.rules;
  if (ruleEntries !== undefined && ruleEntries !== null) {
    if (typeof ruleEntries !== 'object' || Array.isArray(ruleEntries)) throw new InputError(file, 'rules must be a mapping of rule name to "off" or a severity');
    for (const [name, value] of Object.entries(ruleEntries as Record<string, unknown>)) {
      if (!known.includes(name)) throw new InputError(file, `rules: unknown rule "${name}" (see docs/rules/)`);
      readRuleEntries(file, name, value, config);
    }
  }
  if (obj.preset !== undefined && obj.preset !== null) {
    const presets = read(file, 'preset', readPresets(obj.preset));
    if (presets.length > 0) {
      config.presets = presets;
      applyPresets(presets, obj, builtIn, config);
    }
  }
  applyOptions(obj, file, rules, config);
  if (obj.exceptions !== undefined && obj.exceptions !== null) {
    config.exceptions = read(file, 'exceptions', readExceptions(obj.exceptions, known, file));
  }
  if (obj['inline-min-severity'] !== undefined) {
    const level = obj['inline-min-severity'];
    if (typeof level !== 'string' || !(SEVERITIES as readonly string[]).includes(level)) {
      throw new InputError(file, `inline-min-severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(level)}`);
    }
    config.inlineMinSeverity = level as Severity;
  }
  if (obj['inline-ignores'] !== undefined) {
    const mode = obj['inline-ignores'];
    if (typeof mode !== 'string' || !(INLINE_IGNORE_MODES as readonly string[]).includes(mode)) {
      throw new InputError(file, `inline-ignores must be one of ${INLINE_IGNORE_MODES.join(', ')}, not ${JSON.stringify(mode)}`);
    }
    config.inlineIgnores = mode as InlineIgnoreMode;
  }
  return config;
}

function setOption(config: Config, rule: string, options: RuleOptions): void {
  const setting = config.settings[rule] ?? { enabled: true };
  config.settings[rule] = { ...setting, options: { ...setting.options, ...options } };
}

/**
 * A preset sets the `ports` option of the public-port rules and, for
 * aws-fsbp, allowed-public-ports unless the file sets it itself.
 */
function applyPresets(presets: readonly PresetName[], obj: Record<string, unknown>, names: readonly string[], config: Config): void {
  const options = presetOptions(presets);
  for (const [rule, ports] of Object.entries(options.ports)) {
    if (names.includes(rule)) setOption(config, rule, { [PORTS_OPTION]: ports });
  }
  if (options.allowedPublicPorts && obj['allowed-public-ports'] === undefined && names.includes(publicPortNotAllowed.meta.name)) {
    setOption(config, publicPortNotAllowed.meta.name, { 'allowed-public-ports': options.allowedPublicPorts });
  }
}

/**
 * Top-level options (trusted-cidrs, allowed-public-ports, ...) go to the
 * rules that read them as settings[rule].options, beside any on/off or
 * severity from `rules`.
 */
function applyOptions(obj: Record<string, unknown>, file: string, rules: readonly Rule[], config: Config): void {
  const names = new Set(rules.map((r) => r.meta.name));
  for (const key of OPTION_NAMES) {
    const value = obj[key];
    if (value === undefined) continue;
    read(file, key, OPTION_READERS[key](value));
    config.options = { ...config.options, [key]: value };
    for (const name of OPTION_RULES[key]) {
      if (names.has(name)) setOption(config, name, { [key]: value });
    }
  }
}

/** Reads a config file. With `required` false a missing file means defaults. */
export async function loadConfig(file: string, rules: readonly Rule[], required: boolean): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return { settings: {} };
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new InputError(file, `cannot read config: ${why}`);
  }
  return parseConfig(text, file, rules);
}
