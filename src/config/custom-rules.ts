import type { Direction } from '../model/types.js';
import { readPortList, type Read } from '../rules/options.js';
import publicPortNotAllowed from '../rules/public-port-not-allowed.js';
import { PEER_CLASSES, publicPortRule, type PeerClass } from '../rules/public-port-rule.js';
import { type Rule } from '../rules/types.js';
import { SEVERITIES, type Severity } from '../findings/types.js';

/**
 * Port rules a team adds in the configuration without code, e.g. "no public
 * Kafka": `custom-rules: [{name: no-public-kafka, severity: high, ports: [9092]}]`.
 * They are made by the same factory as the built-in no-public-* rules.
 */
const CUSTOM_RULE_KEYS = ['name', 'severity', 'title', 'ports', 'protocol', 'direction', 'peer'] as const;
const CUSTOM_PROTOCOLS = ['tcp', 'udp', 'all'] as const;
type CustomProtocol = (typeof CUSTOM_PROTOCOLS)[number];
const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

/** A custom rule as the configuration gives it, defaults filled in. */
export interface CustomRuleSpec {
  name: string;
  severity: Severity;
  /** The one-line title; generated from the rest when the file gives none. */
  title: string;
  ports: Array<number | string>;
  /** Default tcp; `all` checks the ports over TCP and UDP. */
  protocol: CustomProtocol;
  /** Default ingress. */
  direction: Direction;
  /** Default internet. */
  peer: PeerClass;
  /** The configuration file that defines it. */
  source: string;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PEER_WORDS: Record<PeerClass, string> = {
  internet: 'the whole internet',
  public: 'a public address range (the internet included)',
  private: 'a private address range',
  'any-cidr': 'any address range',
};

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T | null {
  if (v === undefined) return fallback;
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

function generatedTitle(ports: ReadonlyArray<number | string>, protocol: CustomProtocol, direction: Direction, peer: PeerClass): string {
  const proto = protocol === 'all' ? 'TCP/UDP' : protocol.toUpperCase();
  const where = { internet: 'the internet', public: 'public addresses', private: 'private addresses', 'any-cidr': 'address ranges' }[peer];
  return `${proto} ${ports.join(', ')} ${direction === 'ingress' ? 'open to' : 'egress to'} ${where}`;
}

/**
 * Reads `custom-rules`: a list of mappings. Names are kebab-case, unique, and
 * not those of built-in rules (`taken`). Errors name the entry (`[1].ports[0] ...`).
 */
export function readCustomRules(v: unknown, taken: readonly string[], source: string): Read<CustomRuleSpec[]> {
  if (!Array.isArray(v)) return fail(`must be a list of rules such as {name: no-public-kafka, severity: high, ports: [9092]}, not ${show(v)}`);
  const out: CustomRuleSpec[] = [];
  for (const [i, item] of v.entries()) {
    const at = `[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return fail(`${at} must be a mapping such as {name: no-public-kafka, severity: high, ports: [9092]}, not ${show(item)}`);
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!(CUSTOM_RULE_KEYS as readonly string[]).includes(key)) return fail(`${at} has unknown key "${key}" (known: ${CUSTOM_RULE_KEYS.join(', ')})`);
    }
    const { name, severity, title } = entry;
    if (typeof name !== 'string' || !KEBAB.test(name)) return fail(`${at}.name must be a kebab-case name such as no-public-kafka, not ${show(name)}`);
    if (taken.includes(name)) return fail(`${at}.name "${name}" is a built-in rule; choose another name`);
    if (out.some((r) => r.name === name)) return fail(`${at}.name "${name}" is defined twice`);
    if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) return fail(`${at}.severity must be one of ${SEVERITIES.join(', ')}, not ${show(severity)}`);
    if (title !== undefined && (typeof title !== 'string' || title.trim() === '' || title.includes('\n'))) return fail(`${at}.title must be one line of text, not ${show(title)}`);
    if (entry.ports === undefined) return fail(`${at}.ports is required: the ports or ranges the rule reports (e.g. [9092, "9093-9094"])`);
    const ports = readPortList(entry.ports);
    if (!ports.ok) return fail(`${at}.ports${ports.error.startsWith('[') ? '' : ' '}${ports.error}`);
    if (ports.value.length === 0) return fail(`${at}.ports is empty: name at least one port`);
    const protocol = oneOf(entry.protocol, CUSTOM_PROTOCOLS, 'tcp');
    if (!protocol) return fail(`${at}.protocol must be one of ${CUSTOM_PROTOCOLS.join(', ')}, not ${show(entry.protocol)}`);
    const direction = oneOf(entry.direction, DIRECTIONS, 'ingress');
    if (!direction) return fail(`${at}.direction must be one of ${DIRECTIONS.join(', ')}, not ${show(entry.direction)}`);
    const peer = oneOf(entry.peer, PEER_CLASSES, 'internet');
    if (!peer) return fail(`${at}.peer must be one of ${PEER_CLASSES.join(', ')}, not ${show(entry.peer)}`);
    const list = entry.ports as Array<number | string>;
    out.push({ name, severity: severity as Severity, title: typeof title === 'string' ? title.trim() : generatedTitle(list, protocol, direction, peer), ports: list, protocol, direction, peer, source });
  }
  return { ok: true, value: out };
}

/** The rule a custom spec describes. */
export function customRule(spec: CustomRuleSpec): Rule {
  const protocols = spec.protocol === 'all' ? (['tcp', 'udp'] as const) : ([spec.protocol] as const);
  const ports = `${spec.ports.join(', ')}${spec.protocol === 'all' ? ' over TCP or UDP' : `/${spec.protocol}`}`;
  const what = spec.direction === 'ingress' ? `Ingress from ${PEER_WORDS[spec.peer]} to ${ports}` : `Egress to ${PEER_WORDS[spec.peer]} on ${ports}`;
  const rule = publicPortRule({
    name: spec.name,
    severity: spec.severity,
    title: spec.title,
    description: `${what}. A custom rule of ${spec.source}.`,
    why: `Your team forbids it in ${spec.source}.`,
    fix: `Remove the permission, or admit only the security groups or address ranges that need it; if it is meant, add an exception in ${spec.source}.`,
    references: [],
    ports: spec.ports,
    protocols,
    direction: spec.direction,
    peer: spec.peer,
  });
  return { ...rule, meta: { ...rule.meta, custom: true } };
}

/**
 * The rules in force: the built-in ones, then the custom ones in written
 * order. A custom rule on internet ingress is more specific than
 * public-port-not-allowed, so that rule leaves a permission the custom rule
 * reports to it, as it does for the built-in no-public-* rules.
 */
export function rulesInForce(builtIn: readonly Rule[], custom: readonly CustomRuleSpec[]): Rule[] {
  if (custom.length === 0) return [...builtIn];
  const specific = custom.filter((s) => s.direction === 'ingress' && s.peer === 'internet').map((s) => s.name);
  const extended = builtIn.map((rule) => {
    if (rule.meta.name !== publicPortNotAllowed.meta.name || specific.length === 0) return rule;
    const own = rule.meta.supersededBy === undefined ? [] : typeof rule.meta.supersededBy === 'string' ? [rule.meta.supersededBy] : rule.meta.supersededBy;
    return { ...rule, meta: { ...rule.meta, supersededBy: [...own, ...specific] } };
  });
  return [...extended, ...custom.map(customRule)];
}
