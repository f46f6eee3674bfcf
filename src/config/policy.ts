/**
 * The policy in words: what a configuration changes from the defaults
 * (policyInForce), and what one configuration changes from another
 * (describePolicyChange: the pull request's own file against its base's).
 * One short phrase per difference, in a stable order, for the summary and the
 * JSON report's `policy`. Phrases quote the configuration (exception globs,
 * custom rule names, CIDRs): plain text, to be escaped by whoever renders it. Pure.
 */
import { RULES } from '../rules/index.js';
import { DEFAULT_ALLOWED_PUBLIC_PORTS, DEFAULT_MAX_PORT_RANGE, DEFAULT_MAX_PUBLIC_PREFIX, OPTION_NAMES, type OptionName } from '../rules/options.js';
import { type Rule } from '../rules/types.js';
import { severityRank, type Severity } from '../findings/types.js';
import { utcDate, type Exception } from '../waivers/apply.js';
import type { CustomRuleSpec } from './custom-rules.js';
import { DEFAULT_FAIL_ON, DEFAULT_INLINE_MIN_SEVERITY, type Config, type RootRuleSetting } from './load.js';

/** Items of a list option named in a phrase, at most; then "… and N more". */
const MAX_LISTED_VALUES = 10;

const DEFAULT_SCOPE = 'all';

/** What each top-level option is when the file does not set it, in words. */
const OPTION_DEFAULTS: Readonly<Record<OptionName, string>> = {
  'trusted-cidrs': 'none',
  'allowed-public-ports': DEFAULT_ALLOWED_PUBLIC_PORTS.join(', '),
  'max-public-prefix': `ipv4 /${DEFAULT_MAX_PUBLIC_PREFIX.ipv4}, ipv6 /${DEFAULT_MAX_PUBLIC_PREFIX.ipv6}`,
  'max-port-range': String(DEFAULT_MAX_PORT_RANGE),
};

/** A list in words: joined, cut at MAX_LISTED_VALUES. */
function listWords(values: readonly unknown[]): string {
  if (values.length === 0) return 'none';
  const shown = values.slice(0, MAX_LISTED_VALUES).map(String);
  return values.length > shown.length ? `${shown.join(', ')} and ${values.length - shown.length} more` : shown.join(', ');
}

/** An option's value as the file writes it, in words: lists joined (cut at MAX_LISTED_VALUES), prefixes as `/n`. */
function optionWords(name: OptionName, value: unknown): string {
  if (value === undefined) return OPTION_DEFAULTS[name];
  if (Array.isArray(value)) return listWords(value);
  if (name === 'max-public-prefix' && typeof value === 'object' && value !== null) {
    const v = { ...DEFAULT_MAX_PUBLIC_PREFIX, ...(value as Partial<typeof DEFAULT_MAX_PUBLIC_PREFIX>) };
    return `ipv4 /${v.ipv4}, ipv6 /${v.ipv6}`;
  }
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Whether two option values say the same (as written). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** ` in live/dev, live/eu-*` for a list of root globs; '' for none (every root). */
function inRoots(roots: readonly string[] | undefined): string {
  return roots === undefined ? '' : ` in ${listWords(roots)}`;
}

/** `<glob> (<rule>) in <roots> until <date>` / `… with no expiry`. */
function exceptionWords(e: Pick<Exception, 'rule' | 'resource' | 'expires' | 'roots'>): string {
  return `${e.resource} (${e.rule})${inRoots(e.roots)} ${e.expires === null ? 'with no expiry' : `until ${e.expires}`}`;
}

const exceptionKey = (e: Pick<Exception, 'rule' | 'resource' | 'roots'>): string => JSON.stringify([e.rule, e.resource, e.roots ?? null]);

/** A `rules` entry with roots, as what it does: `turns off <rule> in <roots>`, `turns on …`, `sets <rule> to <severity> in …`. */
function rootSettingWords(s: RootRuleSetting): string {
  const what = !s.enabled ? `turns off ${s.rule}` : s.severity ? `sets ${s.rule} to ${s.severity}` : `turns on ${s.rule}`;
  return `${what}${inRoots(s.roots)}`;
}

const rootSettingKey = (s: RootRuleSetting): string => JSON.stringify([s.rule, s.roots, s.enabled, s.severity ?? null]);

/** `no-public-kafka (high, ports 9092/tcp, ingress from internet)`. */
function customWords(spec: CustomRuleSpec): string {
  const ports = optionWords('allowed-public-ports', spec.ports);
  return `${spec.name} (${spec.severity}, ports ${ports}/${spec.protocol}, ${spec.direction} ${spec.direction === 'ingress' ? 'from' : 'to'} ${spec.peer})`;
}

function customKey(spec: CustomRuleSpec): string {
  return JSON.stringify([spec.severity, spec.title, spec.ports, spec.protocol, spec.direction, spec.peer]);
}

interface RuleState {
  enabled: boolean;
  severity: Severity;
}

/** Every rule a configuration knows, in order: the built-in ones, then its custom ones. */
function ruleStates(config: Config, rules: readonly Rule[]): Map<string, RuleState> {
  const out = new Map<string, RuleState>();
  const defaults: Array<[string, Severity, boolean]> = [
    ...rules.map((r): [string, Severity, boolean] => [r.meta.name, r.meta.severity, r.meta.enabledByDefault !== false]),
    ...(config.customRules ?? []).map((c): [string, Severity, boolean] => [c.name, c.severity, true]),
  ];
  for (const [name, severity, on] of defaults) {
    const setting = config.settings[name];
    out.set(name, { enabled: setting?.enabled ?? on, severity: setting?.severity ?? severity });
  }
  return out;
}

function defaultSeverity(name: string, rules: readonly Rule[], config: Config): Severity | null {
  return rules.find((r) => r.meta.name === name)?.meta.severity ?? config.customRules?.find((c) => c.name === name)?.severity ?? null;
}


/**
 * What `config` changes from the defaults, one phrase each, in this order:
 * fail-on, fail-on-scope, inline-ignores, presets, custom rules, rules off,
 * rules re-graded, top-level options, exceptions (each with its expiry; with
 * `today`, one that has expired says so). Empty for the defaults.
 * `rules` are the built-in rules (their default severities).
 */
export function policyInForce(config: Config, rules: readonly Rule[] = RULES, today?: Date): string[] {
  const out: string[] = [];
  if (config.failOn !== undefined && config.failOn !== DEFAULT_FAIL_ON) out.push(`fail-on is ${config.failOn} (default ${DEFAULT_FAIL_ON})`);
  if (config.failOnScope !== undefined && config.failOnScope !== DEFAULT_SCOPE) out.push(`fail-on-scope is ${config.failOnScope} (default ${DEFAULT_SCOPE})`);
  if (config.inlineIgnores !== undefined) out.push(`inline-ignores is ${config.inlineIgnores}`);
  if (config.inlineMinSeverity !== undefined && config.inlineMinSeverity !== DEFAULT_INLINE_MIN_SEVERITY) out.push(`inline-min-severity is ${config.inlineMinSeverity} (default ${DEFAULT_INLINE_MIN_SEVERITY})`);
  if (config.presets && config.presets.length > 0) out.push(`preset ${config.presets.join(', ')}`);
  for (const spec of config.customRules ?? []) out.push(`custom rule ${customWords(spec)}`);
  const custom = new Set((config.customRules ?? []).map((c) => c.name));
  const states = [...ruleStates(config, rules)];
  const offByDefault = new Set(rules.filter((r) => r.meta.enabledByDefault === false).map((r) => r.meta.name));
  for (const [name, state] of states) if (!state.enabled && !offByDefault.has(name)) out.push(`rule ${name} is off`);
  for (const [name, state] of states) if (state.enabled && offByDefault.has(name)) out.push(`rule ${name} is on (off by default)`);
  for (const [name, state] of states) {
    const base = custom.has(name) ? null : defaultSeverity(name, rules, config);
    if (state.enabled && base !== null && base !== state.severity) out.push(`rule ${name} is ${state.severity} (default ${base})`);
  }
  for (const name of OPTION_NAMES) {
    const value = config.options?.[name];
    if (value !== undefined) out.push(`${name}: ${optionWords(name, value)} (default ${OPTION_DEFAULTS[name]})`);
  }
  for (const setting of config.rootSettings ?? []) out.push(`rules: ${rootSettingWords(setting)}`);
  const day = today ? utcDate(today) : null;
  for (const e of config.exceptions ?? []) {
    const expired = day !== null && e.expires !== null && day > e.expires;
    out.push(expired ? `exception for ${e.resource} (${e.rule})${inRoots(e.roots)} expired on ${e.expires ?? ''}, no longer applies` : `exception for ${exceptionWords(e)}`);
  }
  return out;
}

/**
 * What `head` changes from `base` (the pull request's configuration against
 * its base's), one phrase each, in this order: fail-on, fail-on-scope,
 * inline-ignores, presets, custom rules, rules turned off, turned on,
 * re-graded ("lowers no-public-database from critical to info"), top-level options,
 * exceptions added, removed or changed. Empty when they say the same.
 * `rules` are the built-in rules (their default severities).
 */
export function describePolicyChange(base: Config, head: Config, rules: readonly Rule[] = RULES): string[] {
  const out: string[] = [];
  const failOn = [base.failOn ?? DEFAULT_FAIL_ON, head.failOn ?? DEFAULT_FAIL_ON];
  if (failOn[0] !== failOn[1]) out.push(`changes fail-on from ${failOn[0]} to ${failOn[1]}`);
  const scope = [base.failOnScope ?? DEFAULT_SCOPE, head.failOnScope ?? DEFAULT_SCOPE];
  if (scope[0] !== scope[1]) out.push(`changes fail-on-scope from ${scope[0]} to ${scope[1]}`);
  if (base.inlineIgnores !== head.inlineIgnores) {
    if (base.inlineIgnores === undefined) out.push(`sets inline-ignores to ${head.inlineIgnores ?? ''}`);
    else if (head.inlineIgnores === undefined) out.push(`removes inline-ignores ${base.inlineIgnores} (back to the default)`);
    else out.push(`changes inline-ignores from ${base.inlineIgnores} to ${head.inlineIgnores}`);
  }

  const presets = [base.presets ?? [], head.presets ?? []] as const;
  for (const p of presets[1]) if (!presets[0].includes(p)) out.push(`adds preset ${p}`);
  for (const p of presets[0]) if (!presets[1].includes(p)) out.push(`removes preset ${p}`);

  const baseCustom = new Map((base.customRules ?? []).map((c) => [c.name, c]));
  const headCustom = new Map((head.customRules ?? []).map((c) => [c.name, c]));
  for (const [name, spec] of headCustom) {
    const before = baseCustom.get(name);
    if (!before) out.push(`adds custom rule ${customWords(spec)}`);
    else if (customKey(before) !== customKey(spec)) out.push(`changes custom rule ${customWords(before)} to ${customWords(spec)}`);
  }
  for (const [name] of baseCustom) if (!headCustom.has(name)) out.push(`removes custom rule ${name}`);

  // Rules turned off first (what opens the gate most), then on, then re-graded; each in rule order.
  const before = ruleStates(base, rules);
  const after = ruleStates(head, rules);
  const off: string[] = [];
  const on: string[] = [];
  const graded: string[] = [];
  for (const [name, now] of after) {
    const was = before.get(name);
    // A custom rule added, removed or redefined is said above.
    if (!was) continue;
    const redefined = baseCustom.has(name) && customKey(baseCustom.get(name) as CustomRuleSpec) !== customKey(headCustom.get(name) as CustomRuleSpec);
    if (was.enabled && !now.enabled) off.push(`turns off ${name}`);
    else if (!was.enabled && now.enabled) on.push(`turns on ${name}`);
    if (now.enabled && was.severity !== now.severity && !redefined) {
      graded.push(`${severityRank(now.severity) < severityRank(was.severity) ? 'lowers' : 'raises'} ${name} from ${was.severity} to ${now.severity}`);
    }
  }
  out.push(...off, ...on, ...graded);

  for (const name of OPTION_NAMES) {
    const [a, b] = [base.options?.[name], head.options?.[name]];
    if (!sameValue(a, b)) out.push(`changes ${name} from ${optionWords(name, a)} to ${optionWords(name, b)}`);
  }

  // Rule entries with roots: what the pull request adds, then what it removes, each in file order.
  const baseScoped = new Set((base.rootSettings ?? []).map(rootSettingKey));
  const headScoped = new Set((head.rootSettings ?? []).map(rootSettingKey));
  for (const setting of head.rootSettings ?? []) if (!baseScoped.has(rootSettingKey(setting))) out.push(rootSettingWords(setting));
  for (const setting of base.rootSettings ?? []) if (!headScoped.has(rootSettingKey(setting))) out.push(`no longer ${rootSettingWords(setting)}`);

  const baseExceptions = new Map((base.exceptions ?? []).map((e) => [exceptionKey(e), e]));
  const headExceptions = new Map((head.exceptions ?? []).map((e) => [exceptionKey(e), e]));
  for (const [key, e] of headExceptions) {
    const was = baseExceptions.get(key);
    if (!was) out.push(`adds an exception for ${exceptionWords(e)}`);
    else {
      if (was.expires !== e.expires) {
        const words = (d: string | null): string => (d === null ? 'no expiry' : d);
        const later = e.expires === null || (was.expires !== null && e.expires > was.expires);
        out.push(`${later ? 'extends' : 'shortens'} the exception for ${e.resource} (${e.rule})${inRoots(e.roots)} from ${words(was.expires)} to ${words(e.expires)}`);
      }
      if (was.reason !== e.reason) out.push(`changes the reason of the exception for ${e.resource} (${e.rule})${inRoots(e.roots)}`);
    }
  }
  for (const [key, e] of baseExceptions) if (!headExceptions.has(key)) out.push(`removes the exception for ${exceptionWords(e)}`);
  return out;
}
