/**
 * What sg-guard answers to a command. Pure. Every answer starts with the
 * reply marker (so it is never taken for a command, and later runs know it);
 * everything that came from a comment (logins, reasons, unknown verbs) goes
 * through escapeMarkdown or inlineCode, so it cannot ping, link or format.
 */
import { SEVERITY_LABELS, plural, ruleDocsUrl, ruleText } from '../report/common.js';
import { TOOL_URI } from '../version.js';
import { escapeMarkdown, inlineCode } from '../lib/escape.js';
import type { RuleMeta } from '../rules/types.js';
import type { Finding } from '../findings/types.js';
import { GITHUB_BODY_LIMIT, fit, type StatusText } from '../review/comments.js';
import { replyMarker } from '../review/markers.js';
import type { CommentIgnore } from './ignores.js';
import { neededRole, type PermissionPolicy } from './permission.js';
import type { Verb } from './parse.js';

/** The longest rule documentation an explain answer quotes (characters). */
const MAX_EXPLAIN_LENGTH = 30_000;

export interface ReplyContext {
  /** The status context (keys the marker). */
  context: string;
  /** Who gave the command. */
  login: string;
  /** The command comment's address, for answers posted as a new conversation comment; null in its own thread. */
  inReplyTo: string | null;
}

function who(login: string): string {
  return escapeMarkdown(`@${login}`);
}

function short(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : '?';
}

function wrap(ctx: ReplyContext, parts: readonly string[]): string {
  const lead = ctx.inReplyTo ? [`<sub>In reply to [${who(ctx.login)}'s comment](${ctx.inReplyTo}).</sub>`] : [];
  return fit([replyMarker(ctx.context), ...lead, ...parts].join('\n\n'), GITHUB_BODY_LIMIT);
}

function statusLine(status: StatusText | null, context: string): string {
  if (!status) return 'No commit status is set (`status-context` is empty).';
  const icon = status.state === 'success' ? '✅' : '🔴';
  return `Commit status ${inlineCode(context)}: ${icon} ${status.state}: ${escapeMarkdown(status.description)}.`;
}

function findingName(f: Pick<Finding, 'id' | 'rule' | 'severity'>): string {
  return `${inlineCode(f.id)} (${SEVERITY_LABELS[f.severity]}, ${inlineCode(f.rule)})`;
}

function until(expires: string | null): string {
  return expires ? `, until ${expires} (UTC, inclusive)` : ', until it is unignored';
}

export function ignoredReply(ctx: ReplyContext, findings: readonly Finding[], ignore: CommentIgnore, replaced: boolean, status: StatusText | null): string {
  const [first] = findings;
  const which =
    findings.length === 1 && first
      ? `Finding ${findingName(first)} no longer counts`
      : `${findings.length} findings no longer count (${findings.map((f) => findingName(f)).join(', ')})`;
  return wrap(ctx, [
    `☑️ **${replaced ? 'Ignore updated' : 'Ignored'}** by ${who(ignore.by.login)}: ${escapeMarkdown(ignore.reason)}${escapeMarkdown(until(ignore.expires))}.`,
    `${which}: listed as waived in the summary comment, the JSON report and SARIF. ${statusLine(status, ctx.context)}`,
    `Undo with ${findings.map((f) => `\`/sg-guard unignore ${f.id}\``).join(', ')}.`,
  ]);
}

export function approvedReply(ctx: ReplyContext, finding: Finding, approval: CommentIgnore, status: StatusText | null): string {
  const at = finding.waiverRequest ? ` at ${inlineCode(finding.waiverRequest.source)}` : '';
  return wrap(ctx, [
    `✅ **Waiver approved** by ${who(approval.by.login)}: the \`sg-guard:ignore\` comment${at} (${escapeMarkdown(approval.reason)}).`,
    `Finding ${findingName(finding)} no longer counts: it is listed as waived in the summary comment, the JSON report and SARIF. ${statusLine(status, ctx.context)}`,
    `Undo with \`/sg-guard unignore ${finding.id}\`.`,
  ]);
}

export function unignoredReply(ctx: ReplyContext, finding: Finding | null, ignore: CommentIgnore, status: StatusText | null): string {
  const what = finding ? `Finding ${findingName(finding)} counts again.` : `Finding ${inlineCode(ignore.id)} is not in the last analysis; its ignore is gone.`;
  return wrap(ctx, [`↩️ **Ignore lifted** by ${who(ctx.login)} (it was given by ${who(ignore.by.login)}: ${escapeMarkdown(ignore.reason)}).`, `${what} ${statusLine(status, ctx.context)}`]);
}

export function recheckReply(ctx: ReplyContext, headSha: string, applying: number, expired: readonly CommentIgnore[], status: StatusText | null): string {
  const parts = [`🔁 **Rechecked** the analysis of commit ${short(headSha)}: ${plural(applying, 'ignore')} ${applying === 1 ? 'applies' : 'apply'}.`];
  if (expired.length > 0) {
    parts.push(`Expired, so no longer applied:\n\n${expired.map((i) => `- ${inlineCode(i.id)} ignored by ${who(i.by.login)} until ${i.expires ?? ''}: ${escapeMarkdown(i.reason)}`).join('\n')}`);
  }
  parts.push(statusLine(status, ctx.context));
  return wrap(ctx, parts);
}

/**
 * A command that was not carried out, and why (not allowed, stale, nothing to
 * do). Nothing changed. `why` and `hint` are Markdown composed by sg-guard:
 * whatever they quote from a comment, a plan or the stored analysis must be
 * escaped (or in inlineCode) by the caller.
 */
export function notDoneReply(ctx: ReplyContext, why: string, hint?: string): string {
  return wrap(ctx, [`⛔ **Not done:** ${why}. Nothing was changed.`, ...(hint ? [hint] : [])]);
}

const USAGE: Record<Verb, string> = {
  ignore: '`/sg-guard ignore <finding-id> reason: <why this exposure is acceptable> [expires: YYYY-MM-DD]`',
  unignore: '`/sg-guard unignore <finding-id>`',
  approve: '`/sg-guard approve <finding-id>`',
  recheck: '`/sg-guard recheck`',
  explain: '`/sg-guard explain <rule>` (or a finding id)',
  help: '`/sg-guard help`',
};

/** A command with arguments sg-guard cannot use: what is wrong (sg-guard's own words) and how it is written. */
export function invalidReply(ctx: ReplyContext, verb: Verb | null, problem: string, policy: PermissionPolicy): string {
  if (verb === null) return wrap(ctx, [`⚠️ **Not understood:** ${problem}. Nothing was changed.`, helpText(policy)]);
  return wrap(ctx, [`⚠️ **Not understood:** ${problem}. Nothing was changed.`, `Write it as ${USAGE[verb]}.`]);
}

function helpText(policy: PermissionPolicy): string {
  const self = policy.allowSelfIgnore ? '' : ' The pull request\'s author may not ignore findings on it.';
  return [
    '**sg-guard commands**, on the first line of a comment on this pull request (or of a reply to sg-guard\'s comment on a finding, where the finding id may be left out):',
    '',
    '| command | what it does |',
    '| --- | --- |',
    `| ${USAGE.ignore} | accept a finding: it stops counting, and is listed with who, why and until when |`,
    `| ${USAGE.unignore} | the finding counts again |`,
    `| ${USAGE.approve} | grant the waiver an \`sg-guard:ignore\` comment added by this pull request asks for |`,
    `| ${USAGE.recheck} | apply the ignores again (expired ones stop applying) and set the commit status |`,
    `| ${USAGE.explain} | what the rule checks, why it matters and how to fix it |`,
    `| ${USAGE.help} | this text |`,
    '',
    `Finding ids are in the summary comment and in each finding's comment. Commands act on the last analysis of this pull request; after a push, wait for its check to finish. \`ignore\` and \`approve\` need the ${neededRole('ignore', policy)} role, other commands the ${policy.command} role (or higher).${self} Nobody approves a waiver on their own pull request.`,
  ].join('\n');
}

export function helpReply(ctx: ReplyContext, unknown: string | null, policy: PermissionPolicy): string {
  const lead = unknown === null ? [] : [`⚠️ ${inlineCode(unknown) || 'That'} is not an sg-guard command. Nothing was changed.`];
  return wrap(ctx, [...lead, helpText(policy)]);
}

/**
 * The rule's documentation page (docs/rules/<name>.md, trusted: it ships with
 * sg-guard) without its title line, or, when the page cannot be read, what
 * the rule's metadata says; a link to the page either way.
 */
export function explainReply(ctx: ReplyContext, rule: RuleMeta, page: string | null): string {
  const link = rule.custom ? '' : ` · [documentation](${ruleDocsUrl(rule.name)})`;
  const head = `📖 **${escapeMarkdown(rule.name)}** · ${rule.severity} by default · ${escapeMarkdown(rule.title)}${link}`;
  let body: string;
  if (page !== null) {
    // The page's title line goes (the answer has its own), and its headings become small ones.
    body = absoluteLinks(page.replace(/^# .*\n+(?:\*\*[a-z]+\*\* · .*\n+)?/, '').trim()).replace(/^(#{2,4}) /gm, '$1## ');
    if (body.length > MAX_EXPLAIN_LENGTH) body = `${body.slice(0, MAX_EXPLAIN_LENGTH)}\n\n…`;
  } else {
    const refs = rule.references.map((r) => `- [${r.title}](${r.url})`).join('\n');
    body = [ruleText(rule, rule.description), `**Why it matters.** ${ruleText(rule, rule.why)}`, `**How to fix.** ${ruleText(rule, rule.fix)}`, ...(refs ? [`**References**\n\n${refs}`] : [])].join('\n\n');
  }
  return wrap(ctx, [head, body]);
}

/** The page's relative links (`../configuration.md#presets`) made absolute: in a comment they would resolve against the pull request. */
function absoluteLinks(markdown: string): string {
  const base = `${TOOL_URI}/blob/main/docs/rules/`;
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi, (whole, target: string) => {
    try {
      return `](${new URL(target, base).toString()})`;
    } catch {
      return whole;
    }
  });
}
