import { SEVERITIES, atLeast, severityRank, type Finding, type FindingSuppression, type Report, type RuleMeta, type Severity } from '../rules/types.js';
import { TOOL_URI } from '../version.js';
import { SEVERITY_LABELS, findingLocation, isRuleName, plural, ruleDocsUrl, ruleText, sortFindings, totalFindings } from './common.js';
import { escapeHtml, escapeMarkdown, inlineCode } from '../lib/escape.js';
import { describeTraffic } from '../lib/ports.js';
import { otherPlaces, planName, planNames } from '../places.js';
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

const FINDINGS_HEADER = [
  '### Findings',
  '',
  '| Severity | Rule | Security group | Permission | Peer | Finding id |',
  '| --- | --- | --- | --- | --- | --- |',
].join('\n');

const WAIVED_NOTE = 'Accepted risks, not counted above: exceptions in the configuration, `sg-guard:ignore` comments in the code, `/sg-guard ignore` commands and approved waiver requests.';

const WAIVED_HEADER = [
  '| Severity | Rule | Resource | Waiver | Who | Reason | Expires |',
  '| --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

/** Waiver requests listed at most; then "… and N more". */
export const MAX_WAIVER_REQUESTS_LISTED = 20;
/** Policy phrases listed at most, in each of the two policy sections. */
export const MAX_POLICY_PHRASES = 30;

/**
 * What a pull-request comment shows: a heading with the status at the fail-on
 * threshold, counts by severity, a table of findings (most severe first, then by
 * security group; `file:line` under the resource when the finding is located, the
 * plan's label when there are several plans, and the other places of a finding
 * that stands for the same module block in several plans), a
 * collapsible section per rule that fired with why and how to fix, a
 * `Waived (N)` fold with every waived finding (exception, in-code comment,
 * `/sg-guard ignore` command, approved request: kind, who, reason, expiry;
 * they do not count toward the status), and a footer with the tool's name and version.
 *
 * With `report.policy`: a pending policy change of the pull request is said
 * under the status line, and the policy in force is a fold at the end. Active
 * findings with a `waiverRequest` are listed under `Waiver requests (N)` after
 * the findings table, with how a maintainer approves them.
 *
 * With `options.unread` (report files a publish run could not read) the
 * heading says "incomplete" unless findings block, and the files are listed
 * under it.
 *
 * Everything that comes from the plan or the file names is escaped (escapeMarkdown or inlineCode)
 * and long values are cut. The result is at most MAX_MARKDOWN_LENGTH characters:
 * when the findings do not fit, rows are dropped from the end (waived rows
 * first, then the least severe findings) and a note says how many are not shown.
 */
export function renderMarkdown(report: Report, rules: RuleMeta[], options: MarkdownOptions = {}): string {
  const all = sortFindings(report.findings.filter((f) => f.change !== 'removed'));
  const findings = all.filter((f) => !f.suppression);
  const suppressed = all.filter((f) => f.suppression);
  const unread = options.unread ?? [];
  const head = [heading(report, unread.length > 0), unreadSection(unread), statusLine(report, unread.length > 0), pendingPolicySection(report), exposureSection(report)].filter(Boolean);
  const tail = [fixedSection(report), policySection(report), diagramSection(options.diagrams ?? [], planNames(report.plans)), sourceErrors(report)].filter(Boolean).join('\n\n');
  if (all.length === 0) {
    return finish([...head, tail, footer(report)].filter(Boolean));
  }
  head.push(countsTable(report));
  const custom = new Set(rules.filter((r) => r.custom).map((r) => r.name));
  // "new" only means something beside findings that were already there.
  const markNew = report.findings.some((f) => f.change === 'unchanged' || f.change === 'removed');
  const where: Where = { names: planNames(report.plans), several: report.plans.length > 1 };
  const rows = findings.map((f) => tableRow(f, custom, markNew, where));
  const waiver: WaiverWords = { configSource: report.policy?.source ?? null, inlineIgnores: options.inlineIgnores ?? 'trust' };
  const quietRows = suppressed.map((f) => waivedRow(f, custom, where, waiver));
  const requests = requestsSection(findings);
  const details = rulesFired(findings, rules);

  const assemble = (shown: number, withDetails: boolean): string => {
    const shownActive = Math.min(shown, rows.length);
    const shownQuiet = Math.max(0, shown - rows.length);
    let table = '';
    if (rows.length > 0) {
      table = shownActive > 0 ? `${FINDINGS_HEADER}\n${rows.slice(0, shownActive).join('\n')}` : FINDINGS_HEADER;
      if (shownActive < rows.length) table += `\n\n${truncationNote(rows.length - shownActive)}`;
    }
    let quiet = '';
    if (quietRows.length > 0) {
      quiet = `<details>\n<summary><strong>Waived (${quietRows.length})</strong></summary>\n\n${WAIVED_NOTE}`;
      if (shownQuiet > 0) quiet += `\n\n${WAIVED_HEADER}\n${quietRows.slice(0, shownQuiet).join('\n')}`;
      if (shownQuiet < quietRows.length) quiet += `\n\n${truncationNote(quietRows.length - shownQuiet, 'waived finding')}`;
      quiet += '\n\n</details>';
    }
    const detailSections = withDetails ? details : [details.length > 0 ? '_Rule details left out to fit the comment; see the rule documentation._' : ''];
    return finish([...head, table, requests, ...detailSections.filter(Boolean), quiet, tail, footer(report)].filter(Boolean));
  };

  const total = rows.length + quietRows.length;
  const full = assemble(total, true);
  if (full.length <= MAX_MARKDOWN_LENGTH) return full;

  for (const withDetails of [true, false]) {
    if (assemble(0, withDetails).length > MAX_MARKDOWN_LENGTH) continue;
    // The length grows with the number of rows shown (a row is far longer than the
    // digits the note loses), so the largest count that fits can be bisected.
    let lo = 0;
    let hi = total - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (assemble(mid, withDetails).length <= MAX_MARKDOWN_LENGTH) lo = mid;
      else hi = mid - 1;
    }
    return assemble(lo, withDetails);
  }
  // Unreachable with bounded cells and trusted rule metadata; never exceed the cap.
  const note = `\n\n${truncationNote(total)}\n`;
  return assemble(0, false).slice(0, MAX_MARKDOWN_LENGTH - note.length) + note;
}

export function truncationNote(hidden: number, what = 'finding'): string {
  return `**… ${plural(hidden, `more ${what}`)} not shown; see the JSON report.**`;
}

function finish(sections: string[]): string {
  return `${sections.join('\n\n')}\n`;
}

function isBlocking(report: Report): boolean {
  return report.failOn !== 'never' && report.summary.blocking > 0;
}

function heading(report: Report, incomplete: boolean): string {
  if (isBlocking(report)) return '## 🔴 sg-guard: blocking';
  return incomplete ? '## ⚠️ sg-guard: incomplete' : '## ✅ sg-guard: passes';
}

/** Report files named at most in the "could not be read" note. */
export const MAX_UNREAD_LISTED = 20;

/** The reports a publish run could not read: what they cover is missing from this review. */
function unreadSection(unread: ReadonlyArray<{ file: string; problem: string }>): string {
  if (unread.length === 0) return '';
  const lines = unread.slice(0, MAX_UNREAD_LISTED).map((u) => `> - ${inlineCode(cap(u.file)) || '—'}: ${escapeMarkdown(cap(u.problem))}`);
  if (unread.length > MAX_UNREAD_LISTED) lines.push(`> - … and ${unread.length - MAX_UNREAD_LISTED} more`);
  return [`> **${plural(unread.length, 'report')} could not be read**, so the plans ${unread.length === 1 ? 'it covers are' : 'they cover are'} not in this review and the check fails until ${unread.length === 1 ? 'it is' : 'they are'} there:`, ...lines].join('\n');
}

function statusLine(report: Report, incomplete: boolean): string {
  const n = report.summary.suppressed;
  const quiet = n > 0 ? ` ${plural(n, 'waived finding')} ${n === 1 ? 'is' : 'are'} listed apart.` : '';
  const scope = report.failOnScope === 'added' ? ' Only what this plan adds or widens can block (`fail-on-scope: added`); findings marked already there were there before it.' : '';
  const said = status(report);
  // Reports missing: never "passes", whatever the findings of the others.
  const shown = incomplete && said.startsWith('**Passes** ') ? `**Incomplete:** in the reports that could be read, ${said.slice('**Passes** '.length)}` : said;
  return `${shown}${quiet}${scope}`;
}

function status(report: Report): string {
  const failOn = inlineCode(report.failOn);
  const total = totalFindings(report.summary);
  if (isBlocking(report)) {
    return `**Blocking:** ${plural(report.summary.blocking, 'finding')} at or above fail-on ${failOn}.`;
  }
  if (total === 0) {
    const none = report.summary.suppressed > 0 ? 'no active security-group findings' : 'no security-group findings';
    return `**Passes** at fail-on ${failOn}: ${none} in ${plural(report.plans.length, 'plan')}.`;
  }
  if (report.failOn === 'never') {
    return `**Passes** at fail-on ${failOn}: ${plural(total, 'finding')} reported; none block.`;
  }
  return `**Passes** at fail-on ${failOn}: ${plural(total, 'finding')}, all below ${report.failOn}.`;
}

function countsTable(report: Report): string {
  const lines = ['| Severity | Findings | Blocks |', '| --- | ---: | --- |'];
  for (const s of SEVERITIES) {
    lines.push(`| ${SEVERITY_ICONS[s]} ${SEVERITY_LABELS[s]} | ${report.summary[s]} | ${atLeast(s, report.failOn) ? 'yes' : 'no'} |`);
  }
  return lines.join('\n');
}

/** Cuts a value from the plan to MAX_CELL_LENGTH code points. */
function cap(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_CELL_LENGTH ? `${chars.slice(0, MAX_CELL_LENGTH - 1).join('')}…` : text;
}

function code(text: string): string {
  return inlineCode(cap(text), { table: true }) || '—';
}

/** The rule's name, linked to its page; custom rules have none. */
function ruleLink(rule: string, custom: ReadonlySet<string>): string {
  return isRuleName(rule) && !custom.has(rule) ? `[${rule}](${ruleDocsUrl(rule)})` : escapeMarkdown(cap(rule));
}

/** How the report names its plans, and whether it has several (then each finding says which). */
interface Where {
  names: ReadonlyMap<string, string>;
  several: boolean;
}

/**
 * `<br>in `live/prod`; also in `live/staging` (`module.web_sg.…`), … and N more`:
 * the finding's plan when there are several, and a merged finding's other
 * places (the address only where it differs); '' for one plan and no places.
 */
function placesText(f: Finding, where: Where): string {
  const others = otherPlaces(f);
  const parts: string[] = [];
  if (where.several || others.length > 0) parts.push(`in ${code(planName(where.names, f.plan))}`);
  if (others.length > 0) {
    const listed = others.slice(0, MAX_PLACES_SHOWN).map((p) => `${code(planName(where.names, p.plan))}${p.resource === f.resource ? '' : ` (${code(p.resource)})`}`);
    const more = others.length > listed.length ? ` and ${others.length - listed.length} more` : '';
    parts.push(`also in ${listed.join(', ')}${more}`);
  }
  return parts.length > 0 ? `<br>${parts.join('; ')}` : '';
}

function tableRow(f: Finding, custom: ReadonlySet<string>, markNew: boolean, places: Where): string {
  const permission = [f.direction, describeTraffic(f)].filter((p): p is string => Boolean(p)).join(' ');
  const where = f.location ? `<br>${code(`${f.location.file}:${f.location.line}`)}${f.location.module ? ` (call of a ${f.location.module.kind === 'remote' ? 'remote' : 'missing'} module)` : ''}` : '';
  const location = `${code(findingLocation(f))}${where}${placesText(f, places)}`;
  const cells = [
    `${SEVERITY_ICONS[f.severity]} ${SEVERITY_LABELS[f.severity]}${markNew ? (f.change === 'added' ? '<br>new' : '<br>already there') : ''}`,
    ruleLink(f.rule, custom),
    f.securityGroup === null ? '_unknown until apply_' : code(f.securityGroup),
    permission ? `${escapeMarkdown(cap(permission))}<br>${location}` : location,
    f.peer === null ? '—' : code(f.peer),
    code(f.id),
  ];
  return `| ${cells.join(' | ')} |`;
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
function waivedRow(f: Finding, custom: ReadonlySet<string>, places: Where, words: WaiverWords): string {
  const s = f.suppression as FindingSuppression;
  const location = (f.location ? `${code(findingLocation(f))}<br>${code(`${f.location.file}:${f.location.line}`)}` : code(findingLocation(f))) + placesText(f, places);
  const [kind, who] = waiverKindAndWho(s, words);
  const cells = [`${SEVERITY_ICONS[f.severity]} ${SEVERITY_LABELS[f.severity]}`, ruleLink(f.rule, custom), location, kind, who, escapeMarkdown(cap(s.reason)) || '—', s.expires ? escapeMarkdown(s.expires) : 'never'];
  return `| ${cells.join(' | ')} |`;
}

function waiverKindAndWho(s: FindingSuppression, words: WaiverWords): [string, string] {
  switch (s.kind) {
    case 'exception':
      return ['exception', words.configSource ? `${CONFIG_WHO[words.configSource]}, ${code(s.source)}` : code(s.source)];
    case 'inline':
      return ['in-code comment', `${code('sg-guard:ignore')} at ${code(s.source)}${words.inlineIgnores === 'review' ? ', on the base branch' : ''}`];
    case 'comment':
      return [code('/sg-guard ignore'), commandWho(s)];
    case 'approved':
      return ['approved request', `requested in ${code(s.source)}, approved by ${commandWho(s, s.approvedIn)}`];
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

/** A collapsible section per rule that fired (and is known), worst severity first. */
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
  if (ordered.length === 0) return [];
  const sections = ordered.map(([name, { count }]) => ruleDetails(meta.get(name) as RuleMeta, count));
  return ['### Rules that fired', ...sections];
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
  diagrams?: Array<{ plan: string; mermaid: string }>;
  /** Report files a publish run could not read (src/review/merge.ts): named under the heading, which says "incomplete". */
  unread?: ReadonlyArray<{ file: string; problem: string }>;
  /** How in-code comments were judged (default `trust`): with `review`, one that still waives a finding is on the base branch. */
  inlineIgnores?: InlineIgnoreMode;
}

/** Diagrams larger than this are left out of a comment (the JSON and the graph command have them). */
export const MAX_DIAGRAM_LENGTH = 20_000;

/** Past this many lines, the exposure changes and the fixed findings are cut, with a count. */
export const MAX_CHANGE_LINES = 30;

/** What the plans change in who reaches whom, as a list (each item after its plan's label when there are several); '' when nothing changes. */
function exposureSection(report: Report): string {
  const names = planNames(report.plans);
  const several = report.plans.length > 1;
  const lines = report.plans.flatMap((p) => p.exposureChanges.map((text) => ({ plan: planName(names, p.path), text })));
  if (lines.length === 0) return '';
  const items = lines.slice(0, MAX_CHANGE_LINES).map((l) => `- ${several ? `${code(l.plan)}: ` : ''}${escapeMarkdown(cap(l.text))}`);
  if (lines.length > items.length) items.push(`- … and ${lines.length - items.length} more (see the JSON report)`);
  return ['### What this plan changes', '', ...items].join('\n');
}

/** Findings the plan fixes: listed, never counted. */
function fixedSection(report: Report): string {
  const fixed = sortFindings(report.findings.filter((f) => f.change === 'removed'));
  if (fixed.length === 0) return '';
  const items = fixed.slice(0, MAX_CHANGE_LINES).map((f) => `- ${SEVERITY_ICONS[f.severity]} ${escapeMarkdown(f.rule)}: ${escapeMarkdown(cap(f.message))} (${code(findingLocation(f))})`);
  if (fixed.length > items.length) items.push(`- … and ${fixed.length - items.length} more`);
  return [`### Fixed by this plan (${fixed.length})`, '', ...items].join('\n');
}

function diagramSection(diagrams: ReadonlyArray<{ plan: string; mermaid: string }>, names: ReadonlyMap<string, string>): string {
  const shown = diagrams.filter((d) => d.mermaid.length <= MAX_DIAGRAM_LENGTH);
  if (shown.length === 0) return '';
  // The diagrams' labels are escaped by their renderer (no backticks, quotes or angle brackets).
  const blocks = shown.flatMap((d) => [...(shown.length > 1 ? [`${code(planName(names, d.plan))}`, ''] : []), '```mermaid', d.mermaid.trimEnd(), '```', '']);
  return ['<details>', '<summary>Network diagram of the groups this plan touches</summary>', '', ...blocks, '</details>'].join('\n');
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
