/**
 * Exceptions and in-code suppression: the stage after the engine and source
 * mapping. A silenced finding is never dropped: it stays in the report with
 * `suppression` saying how and why, and the summary counts it apart.
 *
 * ```ts
 * const report = applySuppressions(located, { exceptions: config.exceptions, today: new Date(), sources });
 * ```
 */
import { Minimatch } from 'minimatch';
import { summarise } from '../engine.js';
import { fillTemplate } from '../lib/template.js';
import { planLabel, planRoot, uniqueIds } from '../places.js';
import type { Finding, FindingSuppression, Place, Report } from '../findings/types.js';
import type { SourceIndex, Suppression } from '../source/index.js';

/** An entry of `exceptions` in the configuration file. */
export interface Exception {
  rule: string;
  /** A minimatch glob over the address of the resource that grants the finding (`Finding.resource`). */
  resource: string;
  /** Why the finding is accepted. Never empty. */
  reason: string;
  /** The last day the exception applies (YYYY-MM-DD, inclusive, UTC); null: it never expires. */
  expires: string | null;
  /** The configuration file it is written in. */
  source: string;
  /**
   * Globs over the Terraform roots it applies in (planRoot: the root directory,
   * relative to the repository root); absent: every root.
   */
  roots?: string[];
}

interface SuppressOptions {
  exceptions: readonly Exception[];
  /**
   * The root of each plan (by `Finding.plan`), for exceptions with `roots`;
   * a plan not in it: its entry in the report (planRoot), else its directory.
   */
  roots?: ReadonlyMap<string, string>;
  /** The current time; only its UTC date counts. Passed in so that the stage stays pure. */
  today: Date;
  /** For each plan (by `Finding.plan`), the sources its findings were located in; none: no comment is read. */
  sources?: ReadonlyMap<string, Pick<SourceIndex, 'suppressionsFor'>>;
  /** Every rule name in force; when given, a comment that names another rule is pointed out. */
  rules?: readonly string[];
}

/** What a finding's message gains when something meant to silence it does not. Keyed by id, filled with `{{name}}`. */
const NOTES = {
  expired: 'the exception in {{source}} expired on {{expires}}',
  noReason: 'the sg-guard:ignore comment at {{at}} gives no reason, and one is required',
  noRule: 'the sg-guard:ignore comment at {{at}} names no rule',
  all: 'sg-guard:ignore {{rule}} at {{at}} is not supported; name one rule per comment',
  unknownRule: 'the sg-guard:ignore comment at {{at}} names "{{rule}}", which is no rule',
} as const;

/** Comment rule names that would mean "every rule": not supported, so that each silenced rule is named and justified. */
const ALL_RULES = new Set(['all', '*']);

/** Resource addresses are no paths: `/` (in for_each keys such as `["10.0.0.0/8"]`) is an ordinary character to the glob. */
const SLASH = '\uE000';

/**
 * Whether an exception's glob covers a resource address. `*` matches any run
 * of characters, dots and slashes included; `[` starts a character class, so
 * an exact address with an index matches as written, or with `\[` in a glob.
 */
export function resourceMatcher(pattern: string): (address: string) => boolean {
  const glob = new Minimatch(pattern.replaceAll('/', SLASH), { dot: true, nocomment: true, nonegate: true, platform: 'linux' });
  return (address) => address === pattern || glob.match(address.replaceAll('/', SLASH));
}

/** Whether a root directory (`live/dev`) is one of `globs` (an exception's or a rule override's `roots`); no globs: every root. */
export function rootMatcher(globs: readonly string[] | undefined): (root: string) => boolean {
  if (globs === undefined) return () => true;
  const compiled = globs.map((g) => new Minimatch(g, { dot: true, nocomment: true, nonegate: true, platform: 'linux' }));
  return (root) => compiled.some((g) => g.match(root));
}

/** The root of each plan of `report` (planRoot), with `given` first; a plan the report does not list: its directory. */
export function rootsOf(report: Pick<Report, 'plans'>, given?: ReadonlyMap<string, string>): (plan: string) => string {
  const known = new Map(report.plans.map((p) => [p.path, planRoot(p)]));
  return (plan) => given?.get(plan) ?? known.get(plan) ?? planLabel(plan);
}

/** The UTC date of `d`, YYYY-MM-DD. */
export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

interface CompiledException extends Exception {
  matches: (address: string) => boolean;
  inRoot: (root: string) => boolean;
}

/** The exceptions, ready to match: by resource address and by root. */
export function compileExceptions(exceptions: readonly Exception[]): CompiledException[] {
  return exceptions.map((e) => ({ ...e, matches: resourceMatcher(e.resource), inRoot: rootMatcher(e.roots) }));
}

/**
 * The report with every finding that an active exception or an
 * `sg-guard:ignore <rule> <reason>` comment covers marked as suppressed, and
 * the summary recounted. A comment before the finding's block wins over an
 * exception; the first matching comment or exception in written order is the
 * one recorded. A finding that stays active says in its message why a comment
 * or an expired exception meant for it does not apply. Pure: the input is left alone.
 */
export function applySuppressions(report: Report, options: SuppressOptions): Report {
  const today = utcDate(options.today);
  const exceptions = compileExceptions(options.exceptions);
  const known = options.rules ? new Set(options.rules) : null;
  const rootOf = rootsOf(report, options.roots);

  /** The finding as it stands in one plan (one root) at one resource address. */
  const judge = (f: Finding, plan: string, resource: string): Finding => {
    const comments = f.location ? (options.sources?.get(plan)?.suppressionsFor(f.location) ?? []) : [];
    const at = (c: Suppression): string => `${f.location?.file ?? ''}:${c.line}`;
    const inline = comments.find((c) => c.rule === f.rule && c.reason !== '');
    if (inline) return suppress(f, { kind: 'inline', reason: inline.reason, expires: null, source: at(inline) });
    const root = rootOf(plan);
    const matching = exceptions.filter((e) => e.rule === f.rule && e.matches(resource) && e.inRoot(root));
    const active = matching.find((e) => e.expires === null || today <= e.expires);
    if (active) return suppress(f, { kind: 'exception', reason: active.reason, expires: active.expires, source: active.source });

    const notes: string[] = [];
    for (const c of comments) {
      if (c.rule === f.rule) notes.push(fillTemplate(NOTES.noReason, { at: at(c) }));
      else if (c.rule === '') notes.push(fillTemplate(NOTES.noRule, { at: at(c) }));
      else if (ALL_RULES.has(c.rule)) notes.push(fillTemplate(NOTES.all, { rule: c.rule, at: at(c) }));
      else if (known && !known.has(c.rule)) notes.push(fillTemplate(NOTES.unknownRule, { rule: c.rule, at: at(c) }));
    }
    const expired = matching.reduce<CompiledException | null>((latest, e) => (latest === null || (e.expires ?? '') > (latest.expires ?? '') ? e : latest), null);
    if (expired) notes.push(fillTemplate(NOTES.expired, { source: expired.source, expires: expired.expires ?? '' }));
    // A note already there (the stage ran before) is not added twice.
    const fresh = notes.filter((n) => !f.message.includes(n));
    return fresh.length > 0 ? { ...f, message: `${f.message} (${fresh.join('; ')})` } : f;
  };

  let split = false;
  const findings = report.findings.flatMap((f): Finding[] => {
    if (f.suppression) return [f];
    if (!f.places || f.places.length < 2) return [judge(f, f.plan, f.resource)];
    // The same block in several roots: judged in each root, as that root's own finding would be.
    const parts = splitByOutcome(f, (place) => judge(f, place.plan, place.resource));
    if (parts.length > 1) split = true;
    return parts;
  });
  // A part of a split finding is a finding of its own: its own id (src/places.ts uniqueIds).
  const final = split ? uniqueIds(findings) : findings;
  return { ...report, findings: final, summary: summarise(final, report.failOn, report.failOnScope) };
}

/**
 * A finding merged across plans (`places`), judged in each place by `judge`.
 * When every place comes out the same, that one finding with every place.
 * Otherwise one finding per outcome, in the order of the places: the one with
 * the finding's own place first keeps its id and aliases; each other stands at
 * its first place (its plan, resource address and group, and its message says
 * that address) with the places that share its outcome. So a waiver that holds
 * in one root never makes the finding of another root look waived.
 */
function splitByOutcome(f: Finding, judge: (place: Place) => Finding): Finding[] {
  const places = f.places ?? [{ plan: f.plan, resource: f.resource }];
  const groups = new Map<string, { judged: Finding; places: Place[] }>();
  for (const place of places) {
    const judged = judge(place);
    const key = JSON.stringify([judged.suppression, judged.message, judged.waiverRequest ?? null]);
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { judged, places: [place] });
  }
  if (groups.size === 1) {
    const only = [...groups.values()][0] as { judged: Finding };
    return [{ ...only.judged, places: places.map((p) => ({ ...p })) }];
  }
  return [...groups.values()].map(({ judged, places: own }, i) => {
    const first = own[0] as Place;
    const moved = first.plan === f.plan && first.resource === f.resource ? judged : movedTo(judged, f.resource, first);
    const { places: _places, aliases, ...rest } = moved;
    const part: Finding = { ...rest, ...(i === 0 && aliases ? { aliases } : {}) };
    if (own.length > 1) part.places = own.map((p) => ({ ...p }));
    return part;
  });
}

/**
 * `f` (whose resource is `from`) as the finding of `place`: the same block at
 * another address (`module.sg.x` in one root, `module.web_sg.x` in another),
 * so the module prefix that differs is replaced in the resource, the group
 * and the message.
 */
function movedTo(f: Finding, from: string, place: Place): Finding {
  const moved: Finding = { ...f, plan: place.plan, resource: place.resource };
  // The shared tail, from a dot on, is the address inside the module; what is before it differs.
  let common = 0;
  while (common < from.length && common < place.resource.length && from[from.length - 1 - common] === place.resource[place.resource.length - 1 - common]) common++;
  let tail = common;
  while (tail > 0 && !(tail < common && from[from.length - tail - 1] === '.')) tail--;
  const oldPrefix = from.slice(0, from.length - tail);
  const newPrefix = place.resource.slice(0, place.resource.length - tail);
  if (oldPrefix !== '' && oldPrefix !== newPrefix) {
    if (f.securityGroup?.startsWith(oldPrefix)) moved.securityGroup = newPrefix + f.securityGroup.slice(oldPrefix.length);
    moved.message = f.message.replaceAll(oldPrefix, newPrefix);
  }
  return moved;
}

function suppress(f: Finding, suppression: FindingSuppression): Finding {
  return { ...f, suppression };
}
