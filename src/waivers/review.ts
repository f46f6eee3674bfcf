/**
 * Reviewed in-code waivers: the stage after applySuppressions (and before the
 * `/sg-guard ignore` commands) that decides whether an `sg-guard:ignore`
 * comment may silence its finding. A comment the pull request itself adds
 * is a waiver *request*: the finding stays active, and blocks, until a
 * maintainer approves it. Pure.
 *
 * ```ts
 * const reviewed = reviewInlineWaivers(report, { mode: 'review', isAddedLine, author: 'octocat', approvals, today: new Date() });
 * const final = applyCommentIgnores(reviewed, ignores, today);
 * ```
 */
import { summarise } from '../engine.js';
import { fillTemplate } from '../lib/template.js';
import { lookupFinding, type Finding, type FindingSuppression, type Report } from '../findings/types.js';
import { compileExceptions, rootsOf, utcDate, type Exception } from './apply.js';

/**
 * How `sg-guard:ignore` comments count. `trust`: as written (the CLI, which
 * has no pull request); `review`: one the pull request adds is a request a
 * maintainer approves; `off`: never.
 */
export type InlineIgnoreMode = 'review' | 'trust' | 'off';
export const INLINE_IGNORE_MODES: readonly InlineIgnoreMode[] = ['review', 'trust', 'off'];

/** A maintainer's approval of a waiver request (`/sg-guard approve <id>`), as stored with the ignores. */
export interface Approval {
  /** The finding's id. */
  id: string;
  /** The finding's rule when it was approved: an approval of another rule's finding does not apply. */
  rule: string;
  /** Who approved it. */
  by: { login: string; id: number };
  /** When (ISO 8601, UTC): the approving comment's creation time. */
  at: string;
  /** The URL of the approving comment. */
  source: string;
}

export interface ReviewWaiverOptions {
  mode: InlineIgnoreMode;
  /** Whether the pull request's diff adds `line` (1-based, new side) to `file` (relative to the repository root, as in Finding.location). */
  isAddedLine: (file: string, line: number) => boolean;
  /** The pull request author's login; null when unknown. */
  author: string | null;
  approvals: readonly Approval[];
  /** The current time; only its UTC date counts (for `exceptions`). */
  today: Date;
  /**
   * The configuration's exceptions. applySuppressions records a comment in
   * preference to an exception; when the comment does not count here, an
   * unexpired exception that covers the finding applies instead.
   */
  exceptions?: readonly Exception[];
}

/** What a finding's message gains when its comment does not count. Keyed by id, filled with `{{name}}`. */
const REVIEW_NOTES = {
  off: 'the sg-guard:ignore comment at {{at}} is not read: in-code ignores are off (inline-ignores: off)',
} as const;

/** `file:line` → its parts; null when `source` is not of that form. */
export function parseCommentSource(source: string): { file: string; line: number } | null {
  const m = /^(.*):(\d{1,9})$/.exec(source);
  if (!m || m[1] === '' || m[1] === undefined) return null;
  return { file: m[1], line: Number(m[2]) };
}

/**
 * Whether the comment at `source` is new in this pull request: its own line
 * is added, or the line right after it is (a block slid in under a comment
 * that was written for another block). Unreadable sources count as new.
 */
function isNewComment(source: string, isAddedLine: ReviewWaiverOptions['isAddedLine']): boolean {
  const at = parseCommentSource(source);
  if (!at) return true;
  return isAddedLine(at.file, at.line) || isAddedLine(at.file, at.line + 1);
}

/**
 * The report with every finding silenced by an `sg-guard:ignore` comment
 * (suppression kind `inline`) judged by `mode`, and the summary recounted:
 *
 * - `trust`: it stays silenced.
 * - `off`: it is active again; its message says in-code ignores are off.
 * - `review`: a comment that is on the base branch (neither its line nor the
 *   line after it is added by the diff) stays. One the pull request adds is
 *   `approved` when an approval names the finding's id and rule (and was not
 *   given by the author); otherwise the finding is active again with
 *   `waiverRequest` (the reason, the comment's `file:line`, the author).
 *
 * Either way a finding whose comment no longer counts takes an unexpired
 * exception from `options.exceptions` when one covers it. Other findings are
 * left alone. Pure: the input is left alone.
 */
export function reviewInlineWaivers(report: Report, options: ReviewWaiverOptions): Report {
  if (options.mode === 'trust') return report;
  const today = utcDate(options.today);
  const exceptions = compileExceptions(options.exceptions ?? []);
  const rootOf = rootsOf(report);
  const author = options.author?.toLowerCase() ?? null;
  const approvals = new Map<string, Approval>();
  for (const a of options.approvals) {
    // Four eyes: an author's approval of their own request is no approval, whatever stored it.
    if (author !== null && a.by.login.toLowerCase() === author) continue;
    if (!approvals.has(a.id)) approvals.set(a.id, a);
  }
  // A finding merged across roots takes an exception only when it holds in every one of them (stricter, never looser).
  const exceptionFor = (f: Finding): FindingSuppression | null => {
    const places = f.places ?? [{ plan: f.plan, resource: f.resource }];
    const e = exceptions.find((x) => x.rule === f.rule && places.every((p) => x.matches(p.resource) && x.inRoot(rootOf(p.plan))) && (x.expires === null || today <= x.expires));
    return e ? { kind: 'exception', reason: e.reason, expires: e.expires, source: e.source } : null;
  };

  let changed = false;
  const findings = report.findings.map((f): Finding => {
    const s = f.suppression;
    if (!s || s.kind !== 'inline') return f;
    if (options.mode === 'review' && !isNewComment(s.source, options.isAddedLine)) return f;
    changed = true;
    const fallback = exceptionFor(f);
    if (options.mode === 'off') {
      const note = fillTemplate(REVIEW_NOTES.off, { at: s.source });
      const message = f.message.includes(note) ? f.message : `${f.message} (${note})`;
      return { ...f, message, suppression: fallback };
    }
    const approval = approvals.get(f.id);
    if (approval && approval.rule === f.rule) {
      const { waiverRequest: _request, ...rest } = f;
      return { ...rest, suppression: { kind: 'approved', reason: s.reason, expires: null, source: s.source, by: approval.by.login, at: approval.at, approvedIn: approval.source } };
    }
    if (fallback) return { ...f, suppression: fallback };
    return { ...f, suppression: null, waiverRequest: { reason: s.reason, source: s.source, by: options.author } };
  });
  if (!changed) return report;
  return { ...report, findings, summary: summarise(findings, report.failOn, report.failOnScope) };
}

/**
 * The report with every waiver request that an approval names (its id and
 * rule, given by someone other than the pull request's author) granted:
 * suppression kind `approved`, with who approved it, when and where. The
 * stored analysis keeps the requests; commands and later runs apply the
 * approvals with this. Pure.
 */
export function applyApprovals(report: Report, approvals: readonly Approval[], author: string | null): Report {
  if (approvals.length === 0) return report;
  const by = new Map<string, Approval>();
  const self = author?.toLowerCase() ?? null;
  for (const a of approvals) if (a.by.login.toLowerCase() !== self && !by.has(a.id)) by.set(a.id, a);
  let changed = false;
  const findings = report.findings.map((f): Finding => {
    const approval = lookupFinding(by, f);
    if (!f.waiverRequest || f.suppression || !approval || approval.rule !== f.rule) return f;
    changed = true;
    const { waiverRequest: request, ...rest } = f;
    return { ...rest, suppression: { kind: 'approved', reason: request.reason, expires: null, source: request.source, by: approval.by.login, at: approval.at, approvedIn: approval.source } };
  });
  return changed ? { ...report, findings, summary: summarise(findings, report.failOn, report.failOnScope) } : report;
}
