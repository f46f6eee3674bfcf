import { isRuleName, type RuleMeta } from '../rules/types.js';
import { SEVERITIES, atLeast, severityRank, type Finding, type FindingSuppression, type Report, type Severity } from '../findings/types.js';
import { TOOL_URI } from '../version.js';
import { cap as capText, findingLocation, incompleteWords, isBlocking, plural, ruleDocsUrl, ruleText, sortFindings, totalFindings, type IncompleteInput } from './common.js';
import { escapeHtml, escapeMarkdown, inlineCode } from '../lib/escape.js';
import { describeTraffic } from '../lib/ports.js';
import { markdownStyle, reachabilityWords } from './reachability.js';
import { otherPlaces, planName, planNames } from '../places.js';
import { shortNamer } from '../lib/names.js';
import type { InlineIgnoreMode } from '../waivers/review.js';

/**
 * The longest Markdown renderMarkdown returns, in UTF-16 code units (what
 * `string.length` counts). GitHub rejects comments over 65,536 characters; this
 * leaves room for whatever the caller adds around the report.
 */
export const MAX_MARKDOWN_LENGTH = 60_000;
/** Source files that could not be read, listed in a comment at most. */
export const MAX_SOURCE_ERRORS = 10;

/** Values from the plan longer than this (in code points) are cut in table cells. */
const MAX_CELL_LENGTH = 200;
/** A merged finding's other places named in its table cell, at most; then "and N more". */
export const MAX_PLACES_SHOWN = 5;

const SEVERITY_ICONS: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

/** The findings tables: four columns, so that they fit GitHub's ~780 px conversation column. */
export const FINDINGS_COLUMNS = ['Rule', 'Group', 'Permission', 'Where'] as const;
const FINDINGS_HEADER = [`| ${FINDINGS_COLUMNS.join(' | ')} |`, `|${' --- |'.repeat(FINDINGS_COLUMNS.length)}`].join('\n');

const WAIVED_NOTE = 'Accepted risks, not counted above: exceptions in the configuration, `sg-guard:ignore` comments in the code, `/sg-guard ignore` commands and approved waiver requests.';

/** The Waived table: four columns too (who and until when share a cell, the reason has its own). */
export const WAIVED_COLUMNS = ['Rule', 'Where', 'Waiver', 'Reason'] as const;
const WAIVED_HEADER = [`| ${WAIVED_COLUMNS.join(' | ')} |`, `|${' --- |'.repeat(WAIVED_COLUMNS.length)}`].join('\n');

/** Waiver requests listed at most; then "… and N more". */
export const MAX_WAIVER_REQUESTS_LISTED = 20;
/** Policy phrases listed at most, in each of the two policy sections. */
export const MAX_POLICY_PHRASES = 30;
/** Findings named in the verdict line at most; then "and N more". */
export const MAX_VERDICT_ITEMS = 3;

/**
 * What a summary leaves out first when it does not fit, in this order: rule
 * explanations, diagrams, the waived rows, the non-blocking rows, the exposure
 * list, the fixed findings, and last the blocking rows. The verdict and the
 * counts are always there, and each cut is named with a count.
 */
export const CUT_ORDER = ['rules', 'diagrams', 'waived', 'notBlocking', 'exposure', 'fixed', 'blocking'] as const;
export type CutStep = (typeof CUT_ORDER)[number];

/** Where the head commit's files are on GitHub: `file:line` cells become links. All four are the Action's own context, never plan text. */
export interface SourceLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

/**
 * What a pull-request comment shows, most important first:
 *
 * 1. the verdict with its reason in words (`## 🔴 Blocks: opens 22/tcp to the
 *    internet on bastion and 5432/tcp on db`), then one line of counts
 *    (severities with none are not named), the unread reports and the
 *    policy change the pull request makes;
 * 2. what the plan fixes (findings with change `removed`);
 * 3. a four-column table of the blocking findings (rule and id, group,
 *    permission, `file:line` linked to the head commit with `options.links`);
 * 4. waiver requests;
 * 5. folds with counts: findings below fail-on, findings already there that
 *    only block with `fail-on-scope: all`, waived findings, what the plan
 *    changes in who reaches whom, the network diagrams, the policy in force;
 * 6. the rule explanations, folded, last; then `options.appendix` and the footer.
 *
 * Everything that comes from the plan or the file names is escaped and long
 * values are cut. The result is at most `options.limit` (MAX_MARKDOWN_LENGTH)
 * characters: parts are left out in CUT_ORDER, and a line says what was left
 * out, with counts.
 */
export function renderMarkdown(report: Report, rules: RuleMeta[], options: MarkdownOptions = {}): string {
  const limit = options.limit ?? MAX_MARKDOWN_LENGTH;
  const sorted = sortFindings(report.findings);
  const active = sorted.filter((f) => f.change !== 'removed' && !f.suppression);
  const suppressed = sorted.filter((f) => f.change !== 'removed' && f.suppression);
  const fixed = sorted.filter((f) => f.change === 'removed');
  const blocking = active.filter((f) => findingBlocks(f, report));
  const below = active.filter((f) => !findingBlocks(f, report) && !atLeast(f.severity, report.failOn));
  const before = active.filter((f) => !findingBlocks(f, report) && atLeast(f.severity, report.failOn));
  const unread = options.unread ?? [];

  const custom = new Set(rules.filter((r) => r.custom).map((r) => r.name));
  const short = shortNamer(report.findings.flatMap((f) => (f.securityGroup === null ? [] : [f.securityGroup])));
  const kinds = new Map(report.plans.map((p) => [p.path, p.kind]));
  const ctx: RowContext = {
    custom,
    short,
    names: planNames(report.plans),
    several: report.plans.length > 1,
    links: validLinks(options.links),
    outside: options.outside ?? null,
    // "already there" only means something for a plan (a state has no before side).
    markBefore: (f) => f.change === 'unchanged' && kinds.get(f.plan) === 'plan',
  };
  const waiver: WaiverWords = { configSource: report.policy?.source ?? null, inlineIgnores: options.inlineIgnores ?? 'trust' };

  const rows = {
    blocking: rowsWithin(blocking, (f) => tableRow(f, ctx), limit),
    below: rowsWithin(below, (f) => tableRow(f, ctx), limit),
    before: rowsWithin(before, (f) => tableRow(f, ctx), limit),
    waived: rowsWithin(suppressed, (f) => waivedRow(f, ctx, waiver), limit),
  };
  const fixedItems = fixed.map((f) => fixedItem(f, ctx));
  const exposure = exposureLines(report);
  const diagrams = (options.diagrams ?? []).filter((d) => d.mermaid.length <= MAX_DIAGRAM_LENGTH);
  const tooBig = (options.diagrams ?? []).length - diagrams.length;
  const details = rulesFired([...blocking, ...below, ...before], rules);
  const requests = requestsSection(active);

  const head = [verdictHeading(report, fixed, blocking, unread, short), statusLine(report, unread.length > 0), unreadSection(unread), pendingPolicySection(report)].filter(Boolean);

  /** How much of each part a rendering keeps: a count of rows or items, or 0/1 for a whole part. */
  type Kept = Record<CutStep, number>;
  const full: Kept = {
    rules: details.length > 0 ? 1 : 0,
    diagrams: diagrams.length,
    waived: rows.waived.count,
    notBlocking: rows.below.count + rows.before.count,
    exposure: Math.min(exposure.length, MAX_CHANGE_LINES),
    fixed: Math.min(fixedItems.length, MAX_CHANGE_LINES),
    blocking: rows.blocking.count,
  };

  const assemble = (kept: Kept): string => {
    const left: string[] = [];
    const note = (n: number, what: string): void => {
      if (n > 0) left.push(plural(n, what));
    };
    const sections: string[] = [...head];
    if (fixedItems.length > 0) {
      note(full.fixed - kept.fixed, 'fixed finding');
      sections.push(listSection(`### Fixed by this plan (${fixedItems.length})`, fixedItems.slice(0, kept.fixed), fixedItems.length - kept.fixed));
    }
    if (rows.blocking.count > 0) {
      note(rows.blocking.count - kept.blocking, 'blocking finding');
      sections.push(tableSection(`### Blocking (${rows.blocking.count})`, '', rows.blocking, kept.blocking));
    }
    if (requests) sections.push(requests);
    // The non-blocking rows: those below fail-on first, then those already there.
    const keptBelow = Math.min(kept.notBlocking, rows.below.count);
    const keptBefore = Math.max(0, kept.notBlocking - rows.below.count);
    note(rows.below.count + rows.before.count - kept.notBlocking, 'non-blocking finding');
    if (rows.below.count > 0) {
      sections.push(fold(`${rows.blocking.count > 0 ? 'Not blocking' : 'Findings'}: below fail-on <code>${escapeHtml(report.failOn)}</code> (${countsPhrase(below)})`, tableSection('', '', rows.below, keptBelow)));
    }
    if (rows.before.count > 0) {
      const why = 'These were there before this plan and block only with `fail-on-scope: all`.';
      sections.push(fold(`Already there before this plan, not blocking (${countsPhrase(before)})`, tableSection('', why, rows.before, keptBefore)));
    }
    if (rows.waived.count > 0) {
      note(rows.waived.count - kept.waived, 'waived row');
      let body = WAIVED_NOTE;
      if (kept.waived > 0) body += `\n\n${WAIVED_HEADER}\n${rows.waived.shown.slice(0, kept.waived).join('\n')}`;
      if (kept.waived < rows.waived.count) body += `\n\n${truncationNote(rows.waived.count - kept.waived, 'waived finding')}`;
      sections.push(fold(`<strong>Waived (${rows.waived.count})</strong>`, body));
    }
    if (exposure.length > 0) {
      note(full.exposure - kept.exposure, 'line of what the plan changes');
      sections.push(fold(`What this plan changes in who reaches whom (${exposure.length})`, listBody(exposure.slice(0, kept.exposure), exposure.length - kept.exposure)));
    }
    note(diagrams.length - kept.diagrams, 'diagram');
    if (kept.diagrams > 0) sections.push(diagramSection(diagrams.slice(0, kept.diagrams), ctx.names));
    if (tooBig > 0) sections.push(`_${plural(tooBig, 'network diagram')} left out: too large for a comment; \`sg-guard graph --changed --format mermaid\` draws ${tooBig === 1 ? 'it' : 'them'}._`);
    const policy = policySection(report);
    if (policy) sections.push(policy);
    const errors = sourceErrors(report);
    if (errors) sections.push(errors);
    if (details.length > 0) {
      if (kept.rules > 0) sections.push(fold(`Why these rules matter (${plural(details.length, 'rule')})`, details.join('\n\n')));
      else left.push(`the rule explanations (each rule name links to its page)`);
    }
    if (left.length > 0) sections.push(`**Left out to fit the comment:** ${left.join(', ')}; the JSON report has everything.`);
    sections.push(...(options.appendix ?? []).filter(Boolean), footer(report));
    return finish(sections);
  };

  let kept: Kept = { ...full };
  let text = assemble(kept);
  if (text.length <= limit) return text;
  for (const step of CUT_ORDER) {
    const without = { ...kept, [step]: 0 };
    text = assemble(without);
    if (text.length <= limit) {
      // The length grows with what is kept, so the most that fits can be bisected.
      let lo = 0;
      let hi = kept[step] - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (assemble({ ...kept, [step]: mid }).length <= limit) lo = mid;
        else hi = mid - 1;
      }
      return assemble({ ...kept, [step]: lo });
    }
    kept = without;
  }
  // Only the verdict, counts and bounded notes remain; never exceed the cap.
  const cut = `\n\n${truncationNote(active.length)}\n`;
  return text.slice(0, Math.max(0, limit - cut.length)) + cut;
}

export function truncationNote(hidden: number, what = 'finding'): string {
  return `**… ${plural(hidden, `more ${what}`)} not shown; see the JSON report.**`;
}

function finish(sections: string[]): string {
  return `${sections.join('\n\n')}\n`;
}

function fold(summary: string, body: string): string {
  return ['<details>', `<summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}

/**
 * A table's rows: how many there are, and the first ones as far as `limit`
 * characters reach (the row that crosses it included). A rendering that keeps
 * more rows than `shown` holds is longer than the limit anyway, so the rest
 * (thousands, for a large plan) are never built.
 */
interface Rows {
  count: number;
  shown: string[];
}

function rowsWithin(findings: readonly Finding[], row: (f: Finding) => string, limit: number): Rows {
  const shown: string[] = [];
  let length = 0;
  for (const f of findings) {
    if (length > limit) break;
    const text = row(f);
    shown.push(text);
    length += text.length + 1;
  }
  return { count: findings.length, shown };
}

/** A table of finding rows with a heading or a note above it; `kept` rows shown, then a note for the rest. */
function tableSection(heading: string, note: string, rows: Rows, kept: number): string {
  const parts = [heading, note].filter(Boolean);
  if (kept > 0) parts.push(`${FINDINGS_HEADER}\n${rows.shown.slice(0, kept).join('\n')}`);
  if (kept < rows.count) parts.push(truncationNote(rows.count - kept));
  return parts.join('\n\n');
}

function listBody(items: readonly string[], hidden: number): string {
  const lines = [...items];
  if (hidden > 0) lines.push(`- … and ${hidden} more (see the JSON report)`);
  return lines.join('\n');
}

function listSection(heading: string, items: readonly string[], hidden: number): string {
  return `${heading}\n\n${listBody(items, hidden)}`;
}

/** Whether an active finding blocks: at or above fail-on, and added by the plan unless the scope is `all`. */
export function findingBlocks(f: Finding, report: Pick<Report, 'failOn' | 'failOnScope'>): boolean {
  return !f.suppression && f.change !== 'removed' && atLeast(f.severity, report.failOn) && (report.failOnScope !== 'added' || f.change === 'added');
}


/** `2 critical, 1 info`: the severities the findings have, most severe first. */
function countsPhrase(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

const INTERNET_CIDRS = new Set(['0.0.0.0/0', '::/0']);

/** The finding's peer is the whole internet (0.0.0.0/0, ::/0, or both listed). */
function toInternet(f: Finding): boolean {
  return f.peerKind === 'cidr' && f.peer !== null && f.peer.split(/,\s*/).every((p) => INTERNET_CIDRS.has(p));
}

/** What a finding is about, in a few words: a lead (`opens … to the internet`) with the traffic, and the group it is on. */
function verdictPart(f: Finding, closes: boolean, short: (a: string) => string): { key: string; lead: (traffic: string) => string; traffic: string; on: string; group: string } {
  const group = f.securityGroup !== null ? short(f.securityGroup) : f.networkAcl !== undefined ? `network ACL ${short(f.networkAcl)}` : 'a group unknown until apply';
  const traffic = describeTraffic(f);
  if (traffic && f.direction && f.peer !== null) {
    const peer = toInternet(f) ? 'the internet' : f.peer;
    if (f.direction === 'ingress') return { key: `in|${peer}`, lead: (t) => `${closes ? 'closes' : 'opens'} ${t} to ${peer}`, traffic, on: 'on', group };
    return { key: `out|${peer}`, lead: (t) => `${closes ? 'stops' : 'allows'} ${t} out to ${peer}`, traffic, on: 'from', group };
  }
  const title = `${closes ? 'fixes ' : ''}${f.title.charAt(0).toLowerCase()}${f.title.slice(1)}`;
  return { key: `t|${title}`, lead: () => title, traffic: '', on: 'on', group };
}

/** "opens 22/tcp to the internet on bastion and web and 5432/tcp on db, and 3 more": at most MAX_VERDICT_ITEMS findings named. */
function verdictReason(findings: readonly Finding[], closes: boolean, short: (a: string) => string): string {
  const named = findings.slice(0, MAX_VERDICT_ITEMS).map((f) => verdictPart(f, closes, short));
  // By lead, then by traffic: the groups each opens it on.
  const leads = new Map<string, { lead: (t: string) => string; on: string; traffic: Map<string, string[]> }>();
  for (const p of named) {
    const entry = leads.get(p.key) ?? { lead: p.lead, on: p.on, traffic: new Map<string, string[]>() };
    leads.set(p.key, entry);
    const groups = entry.traffic.get(p.traffic) ?? [];
    if (!groups.includes(p.group)) groups.push(p.group);
    entry.traffic.set(p.traffic, groups);
  }
  const parts = [...leads.values()].map(({ lead, on, traffic }) =>
    joinWords([...traffic.entries()].map(([t, groups], i) => `${i === 0 ? lead(t) : t} ${on} ${joinWords(groups)}`.trim()), ', '),
  );
  const more = findings.length - named.length;
  return escapeMarkdown(cap(parts.join('; ') + (more > 0 ? `; and ${more} more` : ''), MAX_CELL_LENGTH * 2));
}

function joinWords(words: readonly string[], sep = ', '): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(sep)} and ${words[words.length - 1]}`;
}

/**
 * The first line: the verdict with its reason in words. `Blocks: opens 22/tcp
 * to the internet on bastion`; `Passes: closes 22/tcp to the internet on
 * bastion`; `Incomplete: …` when reports could not be read or a root expect-roots
 * names has none.
 */
function verdictHeading(report: Report, fixed: readonly Finding[], blocking: readonly Finding[], unread: readonly IncompleteInput[], short: (a: string) => string): string {
  const incomplete = unread.length > 0;
  if (isBlocking(report)) return `## 🔴 Blocks: ${verdictReason(blocking, false, short)}`;
  const total = totalFindings(report.summary);
  let reason: string;
  if (fixed.length > 0) reason = verdictReason(fixed, true, short);
  else if (total === 0) reason = report.summary.suppressed > 0 ? 'no active security-group findings' : 'no security-group findings';
  else if (report.failOn === 'never') reason = `${plural(total, 'finding')}, none block at fail-on never`;
  else if (report.failOnScope === 'added' && report.summary.added === 0 && SEVERITIES.some((s) => atLeast(s, report.failOn) && report.summary[s] > 0)) reason = 'adds nothing at or above fail-on; what was already there is listed below';
  else reason = `${plural(total, 'finding')}, none at or above ${report.failOn}${report.failOnScope === 'added' ? ' that this plan adds' : ''}`;
  if (incomplete) return `## ⚠️ Incomplete: ${incompleteWords(unread, () => 'reports could not be read', (root) => inlineCode(cap(root)))}; in the others, ${reason}`;
  return `## ✅ Passes: ${reason}`;
}
/** Report files named at most in the "could not be read" note. */
export const MAX_UNREAD_LISTED = 20;

/**
 * The reports a publish run could not read, and the roots expect-roots names
 * that have no report: what they cover is missing from this review.
 */
function unreadSection(unread: readonly IncompleteInput[]): string {
  const reports = unread.filter((u) => !u.missingRoot);
  const roots = unread.filter((u) => u.missingRoot);
  return [unreadReports(reports), missingRoots(roots)].filter(Boolean).join('\n\n');
}

function listed(unread: readonly IncompleteInput[]): string[] {
  const lines = unread.slice(0, MAX_UNREAD_LISTED).map((u) => `> - ${inlineCode(cap(u.file)) || '—'}: ${escapeMarkdown(cap(u.problem))}`);
  if (unread.length > MAX_UNREAD_LISTED) lines.push(`> - … and ${unread.length - MAX_UNREAD_LISTED} more`);
  return lines;
}

function unreadReports(unread: readonly IncompleteInput[]): string {
  if (unread.length === 0) return '';
  return [`> **${plural(unread.length, 'report')} could not be read**, so the plans ${unread.length === 1 ? 'it covers are' : 'they cover are'} not in this review and the check fails until ${unread.length === 1 ? 'it is' : 'they are'} there:`, ...listed(unread)].join('\n');
}

/** Roots without a report: nothing failed to read, no report was uploaded for them. */
function missingRoots(roots: readonly IncompleteInput[]): string {
  const [only] = roots;
  if (only === undefined) return '';
  if (roots.length === 1) return `> **${inlineCode(cap(only.file)) || '—'} has no report**: ${escapeMarkdown(cap(only.problem))}. Its plans are not in this review, and the check fails until its report is there.`;
  return [`> **${roots.length} roots have no report**, so their plans are not in this review and the check fails until their reports are there:`, ...listed(roots)].join('\n');
}

/**
 * The line under the verdict: what blocks at which fail-on, the active
 * findings by severity (severities with none left out), the waived and the
 * fixed ones, and the scope when only what the plan adds can block.
 */
function statusLine(report: Report, incomplete: boolean): string {
  const { summary } = report;
  const failOn = inlineCode(report.failOn);
  const total = totalFindings(summary);
  const parts: string[] = [];
  if (isBlocking(report)) parts.push(`**${plural(summary.blocking, 'finding')} at or above fail-on ${failOn} ${summary.blocking === 1 ? 'blocks' : 'block'} this pull request**`);
  else parts.push(`${incomplete ? 'Nothing blocks in the reports that could be read' : 'Nothing blocks'} at fail-on ${failOn}`);
  const counts = SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  parts.push(total > 0 ? `${plural(total, 'active finding')}: ${counts.join(', ')}` : 'no active findings');
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} waived`);
  if (summary.removed > 0) parts.push(`${summary.removed} fixed by this plan`);
  const scope = report.failOnScope === 'added' ? ' Only findings this plan adds can block (`fail-on-scope: added`).' : '';
  return `${parts.join(' · ')}.${scope}`;
}

/** Cuts a value from the plan to `max` code points (a table cell's by default). */
function cap(text: string, max = MAX_CELL_LENGTH): string {
  return capText(text, max);
}

function code(text: string): string {
  return inlineCode(cap(text), { table: true }) || '—';
}

/**
 * Plan text for a table cell that may wrap: escaped (escapeMarkdown), with a
 * `<wbr>` break opportunity after dots, slashes, commas and before `[`, so a
 * long address wraps instead of widening the table past the column.
 */
export function breakable(text: string): string {
  const capped = cap(text);
  if (Array.from(capped).length <= MIN_BREAK_PIECE * 2) return escapeMarkdown(capped) || '—';
  // Pieces of at least MIN_BREAK_PIECE characters, so short values (a CIDR) stay whole.
  const pieces: string[] = [];
  // After . / , _ - : and before [, and inside any run of MAX_BREAK_PIECE characters without one.
  const parts = capped.split(/(?<=[./,_:-])|(?=\[)/).flatMap((p) => {
    const chars = Array.from(p);
    const runs: string[] = [];
    for (let i = 0; i < chars.length; i += MAX_BREAK_PIECE) runs.push(chars.slice(i, i + MAX_BREAK_PIECE).join(''));
    return runs;
  });
  for (const p of parts) {
    const last = pieces.length - 1;
    if (last >= 0 && (pieces[last] as string).length < MIN_BREAK_PIECE) pieces[last] += p;
    else pieces.push(p);
  }
  return pieces.map((p) => escapeMarkdown(p)).join('<wbr>');
}

/** The shortest piece `breakable` cuts a value into. */
const MIN_BREAK_PIECE = 10;
/** The longest run of characters `breakable` leaves without a break opportunity. */
const MAX_BREAK_PIECE = 24;

/** The rule's name, linked to its page; custom rules have none. */
function ruleLink(rule: string, custom: ReadonlySet<string>): string {
  return isRuleName(rule) && !custom.has(rule) ? `[${rule}](${ruleDocsUrl(rule)})` : escapeMarkdown(cap(rule));
}

/** What the rows of the tables need to know beyond the finding. */
interface RowContext {
  custom: ReadonlySet<string>;
  short: (address: string) => string;
  names: ReadonlyMap<string, string>;
  /** Several plans: each row says which. */
  several: boolean;
  links: SourceLinks | null;
  /** Ids of findings not on a line the pull request changes; null when no diff is known. */
  outside: ReadonlySet<string> | null;
  markBefore: (f: Finding) => boolean;
}

/** Links only from a well-formed context: an http(s) server, GitHub owner and repository names, a hex commit. */
function validLinks(links: SourceLinks | undefined): SourceLinks | null {
  if (!links) return null;
  const ok = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(links.serverUrl.replace(/\/+$/, '')) && /^[A-Za-z0-9_.-]{1,100}$/.test(links.owner) && /^[A-Za-z0-9_.-]{1,100}$/.test(links.repo) && /^[0-9a-f]{7,64}$/i.test(links.sha);
  return ok ? { ...links, serverUrl: links.serverUrl.replace(/\/+$/, '') } : null;
}

/** `main.tf:178`, linked to the block's lines at the head commit when the links are known. */
function sourceLink(loc: NonNullable<Finding['location']>, links: SourceLinks | null): string {
  const text = breakable(`${loc.file}:${loc.line}`);
  if (!links || loc.file.split('/').some((p) => p === '..' || p === '.' || p === '')) return text;
  // Parentheses too: a `)` would end the Markdown link.
  const path = loc.file.split('/').map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
  const first = loc.blockLine ?? loc.line;
  const lines = loc.endLine > first ? `#L${first}-L${loc.endLine}` : `#L${first}`;
  return `[${text}](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path}${lines})`;
}

/**
 * `<br>in live/prod; also in live/staging (module.web_sg.…), … and N more`:
 * the finding's plan when there are several, and a merged finding's other
 * places (the address only where it differs); '' for one plan and no places.
 */
function placesText(f: Finding, ctx: RowContext): string {
  const others = otherPlaces(f);
  const parts: string[] = [];
  if (ctx.several || others.length > 0) parts.push(`in ${breakable(planName(ctx.names, f.plan))}`);
  if (others.length > 0) {
    const listed = others.slice(0, MAX_PLACES_SHOWN).map((p) => `${breakable(planName(ctx.names, p.plan))}${p.resource === f.resource ? '' : ` (${breakable(p.resource)})`}`);
    const more = others.length > listed.length ? ` and ${others.length - listed.length} more` : '';
    parts.push(`also in ${listed.join(', ')}${more}`);
  }
  return parts.length > 0 ? `<br>${parts.join('; ')}` : '';
}

/** `ingress 22/tcp from 0.0.0.0/0`: direction, traffic and peer in one cell; '' for a finding on a whole group. */
function permissionText(f: Finding): string {
  const traffic = describeTraffic(f);
  if (!traffic) return f.peer === null ? '' : breakable(f.peer);
  const words = [f.direction ?? '', traffic].filter(Boolean).join(' ');
  if (f.peer === null) return escapeMarkdown(words);
  return `${escapeMarkdown(words)} ${f.direction === 'egress' ? 'to' : 'from'} ${breakable(f.peer)}`;
}

/** A row of a findings table: rule (with severity, id and whether it is new), group, permission (and whether the internet reaches it now), where. */
function tableRow(f: Finding, ctx: RowContext): string {
  const marks = [ctx.markBefore(f) ? 'already there' : '', ctx.outside?.has(f.id) ? 'outside the diff' : ''].filter(Boolean);
  const rule = `${SEVERITY_ICONS[f.severity]} ${ruleLink(f.rule, ctx.custom)}<br>${code(cap(f.id, 40))}${marks.length > 0 ? `<br>_${marks.join(', ')}_` : ''}`;
  const module = f.location?.module ? ` (call of a ${f.location.module.kind === 'remote' ? 'remote' : 'missing'} module)` : '';
  const where = f.location ? `${sourceLink(f.location, ctx.links)}${module}<br>${breakable(findingLocation(f))}` : breakable(findingLocation(f));
  const holder = f.securityGroup !== null ? breakable(ctx.short(f.securityGroup)) : f.networkAcl !== undefined ? `network ACL ${breakable(ctx.short(f.networkAcl))}` : '_unknown until apply_';
  const reach = f.reachability && f.change !== 'removed' ? reachabilityWords(f.reachability, { ...markdownStyle(MAX_CELL_LENGTH, { table: true }), address: breakable }, { compact: true }) : null;
  const permission = `${permissionText(f) || '—'}${reach ? `<br>**${reach.lead}${reach.detail ? ':**' : '**'} ${reach.detail}` : ''}`;
  const cells = [rule, holder, permission.trimEnd(), `${where}${placesText(f, ctx)}`];
  return `| ${cells.join(' | ')} |`;
}

/** A fixed finding as a list item: severity, rule, what it said, where. */
function fixedItem(f: Finding, ctx: RowContext): string {
  return `- ${SEVERITY_ICONS[f.severity]} ${ruleLink(f.rule, ctx.custom)}: ${escapeMarkdown(cap(f.message))} (${breakable(findingLocation(f))})`;
}

/** What the Waived table needs to say who stands behind a waiver. */
interface WaiverWords {
  /** Where the configuration was read from (report.policy); null when not known. */
  configSource: 'base' | 'head' | 'file' | 'defaults' | null;
  inlineIgnores: InlineIgnoreMode;
}

const CONFIG_WHO: Record<'base' | 'head' | 'file' | 'defaults', string> = {
  base: 'config on the base branch',
  head: "config in the pull request's checkout",
  file: 'config file',
  defaults: 'config file',
};

/** A row of the Waived table: what, where, which kind of waiver, who stands behind it, why, until when. */
function waivedRow(f: Finding, ctx: RowContext, words: WaiverWords): string {
  const s = f.suppression as FindingSuppression;
  const location = (f.location ? `${sourceLink(f.location, ctx.links)}<br>${breakable(findingLocation(f))}` : breakable(findingLocation(f))) + placesText(f, ctx);
  const [kind, who] = waiverKindAndWho(s, words);
  const cells = [`${SEVERITY_ICONS[f.severity]} ${ruleLink(f.rule, ctx.custom)}`, location, `${kind}: ${who}<br>${s.expires ? `until ${escapeMarkdown(s.expires)}` : 'no expiry'}`, escapeMarkdown(cap(s.reason)) || '—'];
  return `| ${cells.join(' | ')} |`;
}

function waiverKindAndWho(s: FindingSuppression, words: WaiverWords): [string, string] {
  switch (s.kind) {
    case 'exception':
      return ['exception', words.configSource ? `${CONFIG_WHO[words.configSource]}, ${breakable(s.source)}` : breakable(s.source)];
    case 'inline':
      return ['in-code comment', `${code('sg-guard:ignore')} at ${breakable(s.source)}${words.inlineIgnores === 'review' ? ', on the base branch' : ''}`];
    case 'comment':
      return [code('/sg-guard ignore'), commandWho(s)];
    case 'approved':
      return ['approved request', `requested in ${breakable(s.source)}, approved by ${commandWho(s, s.approvedIn)}`];
  }
}

/** A pull request comment's address, as the Action builds it: the only kind of link a `comment` suppression gets. */
const COMMENT_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9_.-]+){2}\/pull\/\d{1,10}#(?:issuecomment-|discussion_r)\d{1,15}$/;

/** "@x on 2025-01-15 (comment)": who, when, and a link to the command when it is a pull request comment's address. */
function commandWho(s: FindingSuppression, url: string | undefined = s.source): string {
  const parts = [s.by ? escapeMarkdown(`@${cap(s.by)}`) : 'someone'];
  if (s.at && /^\d{4}-\d{2}-\d{2}/.test(s.at)) parts.push(`on ${s.at.slice(0, 10)}`);
  if (url !== undefined && COMMENT_URL.test(url)) parts.push(`([comment](${url}))`);
  return parts.join(' ');
}

/**
 * Active findings whose in-code waiver this pull request asks for: who asked,
 * why, and the command that approves it. '' when there are none.
 */
function requestsSection(active: readonly Finding[]): string {
  const requests = active.filter((f) => f.waiverRequest);
  if (requests.length === 0) return '';
  const items = requests.slice(0, MAX_WAIVER_REQUESTS_LISTED).map((f) => {
    const r = f.waiverRequest as NonNullable<Finding['waiverRequest']>;
    const who = r.by ? `requested by ${escapeMarkdown(`@${cap(r.by)}`)}` : 'requested';
    return `- ${SEVERITY_ICONS[f.severity]} ${escapeMarkdown(cap(f.rule))} ${code(findingLocation(f))} (${code(r.source)}): ${who}: ${escapeMarkdown(cap(r.reason)) || '—'}. To approve: ${inlineCode(`/sg-guard approve ${cap(f.id)}`)}`;
  });
  if (requests.length > items.length) items.push(`- … and ${requests.length - items.length} more (see the JSON report)`);
  return [
    `### Waiver requests (${requests.length})`,
    '',
    "This pull request adds `sg-guard:ignore` comments for these findings. They keep counting until a maintainer approves each one with `/sg-guard approve <id>` (or `/sg-guard ignore`); the pull request's author cannot approve their own.",
    '',
    ...items,
  ].join('\n');
}

/** Policy phrases as list items, escaped, at most MAX_POLICY_PHRASES. */
function phraseItems(phrases: readonly string[]): string[] {
  const items = phrases.slice(0, MAX_POLICY_PHRASES).map((p) => `- ${escapeMarkdown(cap(p))}`);
  if (phrases.length > items.length) items.push(`- … and ${phrases.length - items.length} more`);
  return items;
}

/** "This pull request changes the policy: …. It takes effect after merge." under the status line; '' without a pending change. */
function pendingPolicySection(report: Report): string {
  const change = report.policy?.pendingChange ?? [];
  if (change.length === 0) return '';
  const shown = change.slice(0, MAX_POLICY_PHRASES).map((p) => escapeMarkdown(cap(p)));
  const more = change.length > shown.length ? `; and ${change.length - shown.length} more` : '';
  return `> ⚠️ This pull request changes the policy: ${shown.join('; ')}${more}. It takes effect after merge.`;
}

const POLICY_FROM: Record<'base' | 'head' | 'file' | 'defaults', (file: string) => string> = {
  base: (file) => `Read from ${file} on the pull request's base branch.`,
  head: (file) => `Read from ${file} in the pull request's own checkout.`,
  file: (file) => `Read from ${file}.`,
  defaults: () => 'No configuration file: the defaults.',
};

/** The "Policy in force" fold: what differs from the defaults and where it was read; '' when nothing does. */
function policySection(report: Report): string {
  const policy = report.policy;
  if (!policy || policy.inForce.length === 0) return '';
  const from = POLICY_FROM[policy.source](code(policy.file ?? ''));
  return ['<details>', `<summary>Policy in force (${plural(policy.inForce.length, 'difference')} from the defaults)</summary>`, '', from, '', ...phraseItems(policy.inForce), '', '</details>'].join('\n');
}

/** A collapsible section per rule that fired (and is known), worst severity first: what it checks, why it matters, how to fix it. */
function rulesFired(findings: readonly Finding[], rules: readonly RuleMeta[]): string[] {
  const meta = new Map(rules.map((r) => [r.name, r]));
  const fired = new Map<string, { worst: Severity; count: number }>();
  for (const f of findings) {
    const entry = fired.get(f.rule);
    if (!entry) fired.set(f.rule, { worst: f.severity, count: 1 });
    else {
      entry.count += 1;
      if (severityRank(f.severity) > severityRank(entry.worst)) entry.worst = f.severity;
    }
  }
  const ordered = [...fired.entries()]
    .filter(([name]) => meta.has(name))
    .sort(([a, x], [b, y]) => severityRank(y.worst) - severityRank(x.worst) || (a < b ? -1 : a > b ? 1 : 0));
  return ordered.map(([name, { count }]) => ruleDetails(meta.get(name) as RuleMeta, count));
}

function ruleDetails(rule: RuleMeta, count: number): string {
  const links = [...rule.references.map((r) => `[${r.title}](${r.url})`), ...(rule.custom ? [] : [`[rule documentation](${ruleDocsUrl(rule.name)})`])];
  return [
    '<details>',
    `<summary><strong>${escapeHtml(rule.name)}</strong>: ${rule.custom ? escapeMarkdown(rule.title) : escapeHtml(rule.title)} (${plural(count, 'finding')})</summary>`,
    '',
    ruleText(rule, rule.description),
    '',
    `**Why it matters.** ${ruleText(rule, rule.why)}`,
    '',
    `**How to fix.** ${ruleText(rule, rule.fix)}`,
    '',
    `**See also:** ${links.join(' · ')}`,
    '',
    '</details>',
  ].join('\n');
}

export interface MarkdownOptions {
  /** Mermaid flowcharts of the groups each plan touches (src/graph/render.ts), shown folded. */
  diagrams?: ReadonlyArray<{ plan: string; mermaid: string }>;
  /** Report files a publish run could not read, and roots without a report (src/review/merge.ts): named under the heading, which says "incomplete". */
  unread?: readonly IncompleteInput[];
  /** How in-code comments were judged (default `trust`): with `review`, one that still waives a finding is on the base branch. */
  inlineIgnores?: InlineIgnoreMode;
  /** The repository and head commit: `file:line` cells link to the lines there. */
  links?: SourceLinks;
  /** Ids of the findings not on a line the pull request changes (marked "outside the diff"); absent when no diff is known. */
  outside?: ReadonlySet<string>;
  /** Markdown composed by sg-guard (anything quoted in it escaped), put before the footer and never cut. */
  appendix?: readonly string[];
  /** The longest result, in characters (default MAX_MARKDOWN_LENGTH). */
  limit?: number;
}

/** Diagrams larger than this are left out of a comment (the JSON and the graph command have them). */
export const MAX_DIAGRAM_LENGTH = 20_000;

/** Past this many lines, the exposure changes and the fixed findings are cut, with a count. */
export const MAX_CHANGE_LINES = 30;

/** What the plans change in who reaches whom, as list items (each after its plan's label when there are several). */
function exposureLines(report: Report): string[] {
  const names = planNames(report.plans);
  const several = report.plans.length > 1;
  const lines = report.plans.flatMap((p) => p.exposureChanges.map((text) => ({ plan: planName(names, p.path), text })));
  return lines.map((l) => `- ${several ? `${code(l.plan)}: ` : ''}${escapeMarkdown(cap(l.text))}`);
}

function diagramSection(diagrams: ReadonlyArray<{ plan: string; mermaid: string }>, names: ReadonlyMap<string, string>): string {
  // The diagrams' labels are escaped by their renderer (no backticks, quotes or angle brackets).
  const blocks = diagrams.flatMap((d) => [...(diagrams.length > 1 ? [`${code(planName(names, d.plan))}`, ''] : []), '```mermaid', d.mermaid.trimEnd(), '```', '']);
  return ['<details>', `<summary>Network ${diagrams.length === 1 ? 'diagram' : `diagrams (${diagrams.length})`} of the groups this plan touches</summary>`, '', ...blocks, '</details>'].join('\n');
}

/** Source files that could not be read: their findings have no line. At most MAX_SOURCE_ERRORS listed. */
function sourceErrors(report: Report): string {
  const all = report.plans.flatMap((p) => p.sourceErrors);
  if (all.length === 0) return '';
  const lines = all.slice(0, MAX_SOURCE_ERRORS).map((e) => `> - ${inlineCode(cap(e.file))}: ${escapeMarkdown(cap(e.reason))}`);
  if (all.length > MAX_SOURCE_ERRORS) lines.push(`> - … and ${all.length - MAX_SOURCE_ERRORS} more`);
  return [`> **Could not read ${plural(all.length, 'source file')}**; findings there are shown without a line:`, ...lines].join('\n');
}

function footer(report: Report): string {
  const tool = `[${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}](${TOOL_URI})`;
  return `<sub>${tool} · fail-on ${inlineCode(report.failOn)} · ${plural(report.plans.length, 'plan')} reviewed</sub>`;
}
