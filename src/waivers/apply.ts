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
import type { Finding, FindingSuppression, Report } from '../findings/types.js';
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
}

interface SuppressOptions {
  exceptions: readonly Exception[];
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

/** The UTC date of `d`, YYYY-MM-DD. */
export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

interface CompiledException extends Exception {
  matches: (address: string) => boolean;
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
  const exceptions: CompiledException[] = options.exceptions.map((e) => ({ ...e, matches: resourceMatcher(e.resource) }));
  const known = options.rules ? new Set(options.rules) : null;
  const findings = report.findings.map((f) => {
    if (f.suppression) return f;
    const comments = f.location ? (options.sources?.get(f.plan)?.suppressionsFor(f.location) ?? []) : [];
    const at = (c: Suppression): string => `${f.location?.file ?? ''}:${c.line}`;
    const inline = comments.find((c) => c.rule === f.rule && c.reason !== '');
    if (inline) return suppress(f, { kind: 'inline', reason: inline.reason, expires: null, source: at(inline) });
    const matching = exceptions.filter((e) => e.rule === f.rule && e.matches(f.resource));
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
  });
  return { ...report, findings, summary: summarise(findings, report.failOn, report.failOnScope) };
}

function suppress(f: Finding, suppression: FindingSuppression): Finding {
  return { ...f, suppression };
}
