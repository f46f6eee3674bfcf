/**
 * The text of what a run posts on a pull request: inline comments, the review
 * body, the "fixed" edit, the commit status. Pure functions; everything from a
 * plan, a report or the .tf files goes through escapeMarkdown / inlineCode.
 */
import { describeTraffic } from '../lib/ports.js';
import { otherPlaces, planName } from '../places.js';
import { SEVERITY_LABELS, cap as capText, findingLocation, incompleteWords, isBlocking, formatCounts, hasRulePage, plural, ruleDocsUrl, ruleText } from '../report/common.js';
import { escapeMarkdown, inlineCode } from '../lib/escape.js';
import { markdownStyle, reachabilityWords } from '../report/reachability.js';
import { isRuleName, type RuleMeta } from '../rules/types.js';
import { type Finding, type Report, type Severity, type WaiverRequest } from '../findings/types.js';
import type { InlineIgnoreMode } from '../waivers/review.js';
import { servicesIn } from '../lib/services.js';
import type { UnreadReport } from './merge.js';
import { missingRootReason } from './roots.js';
import { FIXED_MARKER, alsoMarker, contextMarker, findingMarker, reviewMarker, stripMarkers } from './markers.js';

/** GitHub rejects a comment, review or review comment body longer than this (characters). */
export const GITHUB_BODY_LIMIT = 65_536;
/** A commit status description longer than this is rejected. */
export const STATUS_DESCRIPTION_LIMIT = 140;
/** How many findings a list in a review body names before "and N more". */
const MAX_LISTED = 30;
/** Values from the plan longer than this (code points) are cut. */
const MAX_VALUE_LENGTH = 300;
/** A merged finding's other places named in its inline comment, at most. */
const MAX_PLACES_NAMED = 10;

const SEVERITY_ICONS: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

export interface Tool {
  name: string;
  version: string;
}

function cap(text: string, max = MAX_VALUE_LENGTH): string {
  return capText(text, max);
}

function code(text: string): string {
  return inlineCode(cap(text)) || '—';
}

/** The rule's title from its metadata when the rule is known; the finding's (untrusted) title otherwise. */
function title(f: Finding, rule: RuleMeta | undefined): string {
  return rule && !rule.custom ? rule.title : escapeMarkdown(cap(rule?.title ?? f.title));
}

function ruleRef(f: Finding): string {
  return hasRulePage(f.rule) ? `[\`${f.rule}\`](${ruleDocsUrl(f.rule)})` : code(f.rule);
}

/**
 * `infra/main.tf:12` (the offending value's line, or a one-line block) or
 * `infra/main.tf:12-18` (a block); the resource address when the finding has no line.
 */
function whereText(f: Finding): string {
  if (!f.location) return findingLocation(f);
  const { file, line, endLine, blockLine } = f.location;
  return endLine > line && blockLine === undefined ? `${file}:${line}-${endLine}` : `${file}:${line}`;
}

/** One list item: severity, rule, where, and what, for review bodies and the summary. */
function findingListItem(f: Finding): string {
  const where = f.location ? `${code(whereText(f))} ${code(findingLocation(f))}` : `${code(findingLocation(f))} (no source line)`;
  return `- ${SEVERITY_ICONS[f.severity]} **${SEVERITY_LABELS[f.severity]}** ${ruleRef(f)} ${where}: ${escapeMarkdown(cap(f.message, 200))}`;
}

/** The findings as list items, at most `max`, then "… and N more". */
function findingList(findings: readonly Finding[], max = MAX_LISTED, more = 'see the summary comment'): string {
  const items = findings.slice(0, max).map(findingListItem);
  if (findings.length > max) items.push(`- … and ${plural(findings.length - max, 'more finding')}; ${more}.`);
  return items.join('\n');
}

/**
 * What the finding exposes, in words: group, traffic, peer, whether the
 * internet reaches it now (through subnets, routes and network ACLs), and the resource
 * that grants it; for a finding that stands for the same module block in
 * several plans, in which plan and where else (`names`: planNames of the report).
 */
function exposure(f: Finding, names: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  if (f.securityGroup === null && f.networkAcl !== undefined) lines.push(`- **Network ACL:** ${code(f.networkAcl)}`);
  else lines.push(`- **Security group:** ${f.securityGroup === null ? '_not known until apply_' : code(f.securityGroup)}`);
  const traffic = describeTraffic(f);
  if (traffic) {
    const words = [f.direction ?? '', escapeMarkdown(traffic)];
    if (f.peer !== null) words.push(f.direction === 'egress' ? 'to' : 'from', code(f.peer));
    lines.push(`- **Allows:** ${words.filter(Boolean).join(' ')}`);
  }
  if (f.reachability && f.change !== 'removed') {
    const reach = reachabilityWords(f.reachability, markdownStyle(MAX_VALUE_LENGTH));
    lines.push(`- **${reach.lead}${reach.detail ? ':**' : '**'} ${reach.detail}`.trimEnd());
  }
  const others = otherPlaces(f);
  lines.push(`- **Granted by:** ${code(findingLocation(f))}${others.length > 0 ? ` in ${code(planName(names, f.plan))}` : ''}`);
  if (others.length > 0) {
    const listed = others.slice(0, MAX_PLACES_NAMED).map((p) => `${code(planName(names, p.plan))}${p.resource === f.resource ? '' : ` (${code(p.resource)})`}`);
    const more = others.length > listed.length ? ` and ${others.length - listed.length} more` : '';
    lines.push(`- **Also in:** ${listed.join(', ')}${more} (the same lines, used by ${plural(others.length + 1, 'plan')})`);
  }
  return lines;
}

interface InlineCommentOptions {
  /**
   * How in-code `sg-guard:ignore` comments count where this comment is posted
   * (default `trust`, as in the CLI): the "Accept the risk instead" fold says
   * what a comment will really do.
   */
  inlineIgnores?: InlineIgnoreMode;
  /** Other findings on the same block (other rules): named in this one comment, each with its id. */
  also?: readonly Finding[];
}

/**
 * An inline comment on the lines that grant a finding: severity and title,
 * what is exposed, why it matters, how to fix it, where the rule is
 * documented, the finding id, and how to accept the risk as
 * `options.inlineIgnores` has it. A finding whose in-code waiver this pull
 * request asks for (`waiverRequest`) says who asked, why, and how a
 * maintainer approves it instead. Starts with the finding and context markers (see markers.ts).
 */
export function inlineCommentBody(f: Finding, rule: RuleMeta | undefined, context: string, tool: Tool, names: ReadonlyMap<string, string> = new Map(), options: InlineCommentOptions = {}): string {
  const also = options.also ?? [];
  const parts = [
    `${findingMarker(f.id)}\n${contextMarker(context)}${also.length > 0 ? `\n${alsoMarker(also.map((a) => a.id))}` : ''}`,
    `${SEVERITY_ICONS[f.severity]} **${SEVERITY_LABELS[f.severity]}: ${title(f, rule)}** · ${ruleRef(f)}`,
    escapeMarkdown(cap(f.message, 1000)) + (f.change === 'unchanged' ? '\n\n_Already there before this pull request: the plan keeps it, or narrows it._' : ''),
    exposure(f, names).join('\n'),
  ];
  if (also.length > 0) {
    const items = [f, ...also].map((a) => `- ${SEVERITY_ICONS[a.severity]} **${SEVERITY_LABELS[a.severity]}** ${ruleRef(a)}: ${escapeMarkdown(cap(a.message, 300))} · ${code(a.id)}`);
    parts.push([`**This block trips ${plural(also.length + 1, 'rule')}** (one finding id each, so each can be accepted on its own):`, '', ...items].join('\n'));
    const services = f.fromPort !== null && f.toPort !== null && f.toPort > f.fromPort ? servicesIn(f.fromPort, f.toPort) : [];
    if (services.length > 1) parts.push(`${escapeMarkdown(`${f.fromPort}-${f.toPort}/${f.protocol ?? ''}`)} includes ${services.join(', ')}.`);
  }
  if (f.waiverRequest && !f.suppression) parts.push(waiverRequestText(f, f.waiverRequest));
  if (rule) parts.push(`**Why it matters.** ${ruleText(rule, rule.why)}`, `**How to fix.** ${ruleText(rule, rule.fix)}`);
  if (isRuleName(f.rule) && !(f.waiverRequest && !f.suppression)) parts.push(acceptTheRisk(f, options.inlineIgnores ?? 'trust'));
  const doc = hasRulePage(f.rule) ? ` · [rule documentation](${ruleDocsUrl(f.rule)})` : '';
  parts.push(`<sub>Finding ${code(f.id)}${doc} · ${escapeMarkdown(`${tool.name} ${tool.version}`)}</sub>`);
  return parts.join('\n\n');
}

/** The approve command for a finding, as a code span. */
function approveCommand(f: Finding): string {
  return inlineCode(`/sg-guard approve ${cap(f.id, 64)}`);
}

/** "Waiver requested by @author: reason", where the comment is, and how a maintainer approves it. The reason and the login are the pull request's: escaped, no ping. */
function waiverRequestText(f: Finding, r: WaiverRequest): string {
  const who = r.by ? ` by ${escapeMarkdown(`@${cap(r.by, 100)}`)}` : '';
  return [
    `🙋 **Waiver requested**${who}: ${escapeMarkdown(cap(r.reason, 500)) || '—'} (${code('sg-guard:ignore')} at ${code(r.source)})`,
    '',
    `This finding keeps blocking until a maintainer approves the request: a comment ${approveCommand(f)} on this pull request. The author of the pull request cannot approve their own request.`,
  ].join('\n');
}

/** The "Accept the risk instead" fold: what really accepts the risk under `mode`. */
function acceptTheRisk(f: Finding, mode: InlineIgnoreMode): string {
  const file = f.location ? ` in ${code(f.location.file)}` : '';
  const snippet = ['```hcl', `# sg-guard:ignore ${f.rule} <why this exposure is acceptable>`, '```'];
  const body =
    mode === 'off'
      ? [
          `In-code ${code('sg-guard:ignore')} comments are not read here (${code('inline-ignores: off')}). To accept the risk, add an entry to ${code('exceptions')} in the configuration on the base branch, or ask a maintainer to comment ${inlineCode(`/sg-guard ignore ${cap(f.id, 64)} reason: <why>`)}.`,
        ]
      : mode === 'review'
        ? [
            `An ${code('sg-guard:ignore')} comment added by a pull request is a waiver request: the finding keeps blocking until a maintainer approves it with ${approveCommand(f)}. The author of the pull request cannot approve their own request. To ask, put this comment, with your reason, on the line directly above the block${file}:`,
            '',
            ...snippet,
          ]
        : [`Put this comment, with your reason, on the line directly above the block${file}:`, '', ...snippet];
  return ['<details><summary>Accept the risk instead</summary>', '', ...body, '', '</details>'].join('\n');
}

/** Why an earlier inline comment no longer applies. */
export type Resolution = { kind: 'fixed' } | { kind: 'suppressed'; reason: string; source: string; by?: string; expires?: string | null; approvedBy?: string };

/**
 * The edit that marks an earlier inline comment resolved (fixed, or accepted
 * with an exception or an sg-guard:ignore comment): the markers stay, so later
 * runs know it, and the old text goes into a collapsed section.
 */
export function resolvedCommentBody(previous: string, findingId: string, context: string, headSha: string, resolution: Resolution): string {
  const head = `${findingMarker(findingId)}\n${contextMarker(context)}\n${FIXED_MARKER}`;
  const sha = /^[0-9a-f]{7,64}$/i.test(headSha) ? ` as of ${headSha.slice(0, 7)}` : '';
  const note =
    resolution.kind === 'fixed'
      ? `✅ **Fixed**${sha}: sg-guard no longer reports this finding.`
      : resolution.approvedBy !== undefined
        ? `☑️ **Accepted**${sha}: the waiver requested at ${code(resolution.source)} was approved by ${escapeMarkdown(`@${cap(resolution.approvedBy, 100)}`)}: ${escapeMarkdown(cap(resolution.reason, 500))}`
        : resolution.by !== undefined
          ? `☑️ **Accepted**${sha}: ignored by ${escapeMarkdown(`@${resolution.by}`)} in a pull request comment: ${escapeMarkdown(cap(resolution.reason, 500))}${resolution.expires ? ` (until ${escapeMarkdown(resolution.expires)})` : ''}`
          : `☑️ **Accepted**${sha}: suppressed by ${code(resolution.source)}: ${escapeMarkdown(cap(resolution.reason, 500))}`;
  const room = GITHUB_BODY_LIMIT - head.length - note.length - 200;
  const quoted = cap(stripMarkers(previous), Math.max(0, room));
  return [head, note, `<details><summary>What was reported</summary>\n\n${quoted}\n\n</details>`].join('\n\n');
}

/** Findings that count: not silenced by an exception or an sg-guard:ignore comment, and not fixed by the plan. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppression && f.change !== 'removed');
}


export interface StatusText {
  state: 'success' | 'failure';
  description: string;
}

/** A root's name in a status description is cut to this many characters. */
const MAX_STATUS_ROOT = 60;

/**
 * The commit status: failure with counts when findings reach fail-on, success
 * otherwise. `unread` report files (a publish run that could not read some)
 * and roots expect-roots names without a report make it a failure too: a gate
 * must not pass on plans nobody checked.
 */
export function commitStatus(report: Report, unread: readonly UnreadReport[] = []): StatusText {
  const counts = formatCounts(report.summary);
  const name = (root: string): string => capText(root, MAX_STATUS_ROOT);
  const lacking = incompleteWords(unread, (n) => `${plural(n, 'report')} could not be read`, name);
  const [only] = unread;
  // One root without a report, and nothing else: why, in the words of its problem.
  const why = unread.length === 1 && only?.missingRoot ? `${name(only.file)} has no report: ${missingRootReason(only.file)}` : lacking;
  const description = isBlocking(report)
    ? `${plural(report.summary.blocking, 'finding')} at or above ${report.failOn} (${counts})`
    : unread.length > 0
      ? `${why} (${counts} in the others)`
      : counts === 'no findings'
        ? 'No security-group findings'
        : `Passes at fail-on ${report.failOn} (${counts})`;
  const missing = isBlocking(report) && unread.length > 0 ? `; ${incompleteWords(unread, (n) => `${plural(n, 'report')} not read`, name)}` : '';
  return { state: isBlocking(report) || unread.length > 0 ? 'failure' : 'success', description: capText(description + missing, STATUS_DESCRIPTION_LIMIT) };
}

interface ReviewBodyInput {
  report: Report;
  context: string;
  /** How many inline comments the review carries. */
  inline: number;
  /** In the diff but over the max-inline-comments cap. */
  overflow: readonly Finding[];
  /** Not on a line this diff changes (or without a line). */
  outside: readonly Finding[];
  /** Meant as inline comments, but GitHub rejected them (422): listed instead. */
  rejected?: readonly Finding[];
  maxInline: number;
  /** How many findings are below inline-min-severity (no inline comment, not listed here). */
  quiet?: number;
  minSeverity?: Severity;
  /**
   * Whether a summary comment lists every finding (default true): then the
   * findings with no inline comment are only counted here; without one they
   * are listed.
   */
  summary?: boolean;
}

/**
 * The body of the run's review, short: the verdict, how many inline comments,
 * and how many findings have none (over the cap, outside the diff), which the
 * summary comment lists; listed here only when there is no summary comment,
 * or when GitHub rejected them as inline comments.
 */
export function reviewBody(input: ReviewBodyInput): string {
  const { report } = input;
  const verdict = isBlocking(report)
    ? `**sg-guard: ${plural(report.summary.blocking, 'finding')} at or above fail-on ${inlineCode(report.failOn)} ${report.summary.blocking === 1 ? 'blocks' : 'block'} this pull request** (${formatCounts(report.summary)}).`
    : `**sg-guard** found ${formatCounts(report.summary)}; nothing blocks at fail-on ${inlineCode(report.failOn)}.`;
  const parts = [reviewMarker(input.context), verdict];
  if (input.inline > 0) parts.push(`${plural(input.inline, 'inline comment')} below, on the lines this pull request changes.`);
  if (input.rejected && input.rejected.length > 0) {
    parts.push(`**GitHub did not accept these as inline comments** (the diff may have changed since the run started):\n\n${findingList(input.rejected)}`);
  }
  const overCap = `over the limit of ${plural(input.maxInline, 'inline comment')} (\`max-inline-comments\`)`;
  const notInDiff = 'not on a line this pull request changes';
  if (input.summary === false) {
    if (input.overflow.length > 0) parts.push(`**${overCap.charAt(0).toUpperCase()}${overCap.slice(1)}:**\n\n${findingList(input.overflow)}`);
    if (input.outside.length > 0) parts.push(`**Outside this diff** (${notInDiff}):\n\n${findingList(input.outside)}`);
    return fit(parts.join('\n\n'), GITHUB_BODY_LIMIT);
  }
  const without = [input.overflow.length > 0 ? `${plural(input.overflow.length, 'finding')} ${overCap}` : '', input.outside.length > 0 ? `${plural(input.outside.length, 'finding')} ${notInDiff}` : ''].filter(Boolean);
  parts.push(without.length > 0 ? `No inline comment for ${without.join(' and ')}: the summary comment lists every finding.` : 'The summary comment lists every finding.');
  if (input.quiet && input.quiet > 0 && input.minSeverity) {
    parts.push(`${plural(input.quiet, 'finding')} below ${inlineCode(input.minSeverity)} (\`inline-min-severity\`) ${input.quiet === 1 ? 'is' : 'are'} counted in the summary comment, not commented on lines.`);
  }
  return fit(parts.join('\n\n'), GITHUB_BODY_LIMIT);
}

/** Cuts text to `limit` characters with a note; lists above are already bounded, so this is a last resort. */
export function fit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = '\n\n**… cut to fit GitHub\'s size limit; see the job summary.**';
  let cut = text.slice(0, limit - note.length);
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + note;
}
