/**
 * Deciding what a run posts on a pull request, from the report and what is
 * already there. Pure: the Action feeds it what it read from the API and
 * carries the plan out (src/github/publish.ts); `sg-guard review` prints it.
 */
import type { SourceLinks } from '../report/markdown.js';
import { planNames } from '../places.js';
import { DEFAULT_INLINE_MIN_SEVERITY } from '../config/load.js';
import { sortFindings } from '../report/common.js';
import { type RuleMeta } from '../rules/types.js';
import { atLeast, blockStart, idsOf, type Finding, type Report, type Severity, type SourceLocation } from '../findings/types.js';
import { isBlocking } from '../report/common.js';
import { activeFindings, commitStatus, inlineCommentBody, resolvedCommentBody, reviewBody, type Resolution, type StatusText, type Tool } from './comments.js';
import { anchorFor, type Anchor, type DiffIndex } from './diff.js';
import { isOwnReview, isSummaryComment, parseFindingComment } from './markers.js';
import type { UnreadReport } from './merge.js';
import type { RootCoverage } from './roots.js';
import { summaryCommentBody } from './summary.js';
import type { InlineIgnoreMode } from '../waivers/review.js';

export const REVIEW_MODES = ['comment', 'request-changes', 'off'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];
export const SUMMARY_MODES = ['update', 'new', 'off'] as const;
export type SummaryMode = (typeof SUMMARY_MODES)[number];

/** GitHub handles very large reviews badly; findings over the cap are listed instead. */
export const MAX_INLINE_COMMENTS_LIMIT = 100;
export const DEFAULT_MAX_INLINE_COMMENTS = 25;
export const DEFAULT_STATUS_CONTEXT = 'sg-guard';
/** Findings below this severity get no inline comment unless told otherwise: they are counted in the summary. */

/** Earlier inline comments edited to say "fixed" in one run, at most (one request each). */
export const MAX_FIXED_EDITS = 10;
/** Earlier request-changes reviews dismissed in one run, at most (one request each). */
export const MAX_DISMISSALS = 3;

/** Who wrote a comment, as the API says: what the stored analysis is trusted by (src/commands/state.ts). */
export interface CommentAuthor {
  login: string;
  id: number;
  /** `User`, `Bot` or `Organization`. */
  type: string;
}

/** The author in an API answer's `user`; null when it is missing (a deleted account). */
export function authorOf(user: unknown): CommentAuthor | null {
  if (typeof user !== 'object' || user === null) return null;
  const { login, id, type } = user as { login?: unknown; id?: unknown; type?: unknown };
  if (typeof login !== 'string' || typeof id !== 'number' || !Number.isInteger(id)) return null;
  return { login, id, type: typeof type === 'string' ? type : 'User' };
}

/** A pull request review comment as read from the API (only what the plan needs). */
export interface ExistingReviewComment {
  id: number;
  body: string;
  /** The thread's first comment, for a reply; null for a thread's first comment. */
  inReplyTo: number | null;
  /** Absent when not read. */
  author?: CommentAuthor | null;
}

export interface ExistingReview {
  id: number;
  state: string;
  body: string;
}

export interface ExistingIssueComment {
  id: number;
  body: string;
  /** Absent when not read. */
  author?: CommentAuthor | null;
}

/** What is on the pull request before this run posts anything. */
export interface PullRequestState {
  /** The diff's hunks; null when unknown (the CLI without --diff: every located finding is commentable). */
  diff: DiffIndex | null;
  reviewComments: readonly ExistingReviewComment[];
  reviews: readonly ExistingReview[];
  issueComments: readonly ExistingIssueComment[];
}

export interface ReviewOptions {
  review: ReviewMode;
  maxInlineComments: number;
  /** The least severe finding that gets an inline comment (default DEFAULT_INLINE_MIN_SEVERITY); the others are counted in the summary. */
  inlineMinSeverity?: Severity;
  summary: SummaryMode;
  /** The status context; also keys every marker. '' posts no status. */
  context: string;
  /** The pull request's head commit: statuses and reviews go on it. */
  headSha: string;
  tool: Tool;
  rules: readonly RuleMeta[];
  /** Mermaid diagrams for the summary comment; only from this run's own models. */
  diagrams?: ReadonlyArray<{ plan: string; mermaid: string }>;
  /** The stored analysis for commands (src/commands/state.ts), as the summary comment's last line. */
  stateLine?: string;
  /** Report files a publish run could not read: named in the summary, and the status fails. */
  unread?: readonly UnreadReport[];
  /** How in-code sg-guard:ignore comments were judged (default `trust`): inline comments and the summary say what one does. */
  inlineIgnores?: InlineIgnoreMode;
  /** The repository and head commit: `file:line` in the summary links there (the Action's own context, never plan text). */
  links?: SourceLinks;
  /** Markdown composed by sg-guard (anything quoted in it escaped) for the summary's notes: e.g. where an uploaded report disagrees with the plans. */
  notes?: readonly string[];
  /** publish: the roots checked, and those the pull request does not touch: a line in the summary. */
  roots?: RootCoverage;
}

export interface InlineComment extends Anchor {
  finding: Finding;
  body: string;
}

export interface FixedEdit {
  commentId: number;
  findingId: string;
  body: string;
}

export interface ReviewPlan {
  /** New inline comments, in the order they are posted (most severe first). */
  inline: InlineComment[];
  /** Findings in the diff that already have an inline comment from an earlier run. */
  alreadyCommented: Finding[];
  /** Findings in the diff over the max-inline-comments cap. */
  overflow: Finding[];
  /** Findings not on a line the diff changes, or without a line. */
  outside: Finding[];
  /** Findings below inline-min-severity: no inline comment, no list in the review; the summary counts them. */
  quiet: Finding[];
  /** The review to create; null when there is nothing new to say. */
  review: { event: 'COMMENT' | 'REQUEST_CHANGES'; body: string } | null;
  /** Earlier inline comments whose finding is gone or suppressed, to edit as resolved. */
  fixed: FixedEdit[];
  /** Gone findings whose comment waits for a later run (over MAX_FIXED_EDITS). */
  fixedDeferred: number;
  /** Gone findings whose thread has replies from people: left alone. */
  fixedKeptForReplies: number;
  /** The summary comment to create or update; null when off or unchanged. */
  summary: { commentId: number | null; body: string } | null;
  /** Earlier REQUEST_CHANGES reviews of this tool to dismiss (the run is clean). */
  dismiss: number[];
  /** The commit status; null when the status context is empty. */
  status: (StatusText & { context: string }) | null;
}

/** Every finding of the report, ordered, split by whether the diff changes its lines. */
function splitByDiff(findings: readonly Finding[], diff: DiffIndex | null): { inDiff: Array<{ finding: Finding; anchor: Anchor }>; outside: Finding[] } {
  const inDiff: Array<{ finding: Finding; anchor: Anchor }> = [];
  const outside: Finding[] = [];
  for (const finding of sortFindings(findings)) {
    const loc = finding.location;
    const anchor = loc === null ? null : diff === null ? noDiffAnchor(loc) : anchorFor(diff, loc);
    if (anchor) inDiff.push({ finding, anchor });
    else outside.push(finding);
  }
  return { inDiff, outside };
}

/**
 * Ids of the findings (the plan's removed ones aside) not on a line the diff
 * changes, active or not: the summary lists the active ones "outside this
 * diff". Null when no diff is known.
 */
export function findingsOutsideDiff(findings: readonly Finding[], diff: DiffIndex | null): string[] | null {
  if (diff === null) return null;
  return splitByDiff(
    findings.filter((f) => f.change !== 'removed'),
    diff,
  ).outside.map((f) => f.id);
}

/** Without a diff: the offending value's line when it is known, else the whole block. */
function noDiffAnchor(loc: SourceLocation): Anchor {
  const { file: path, line, endLine } = loc;
  if (loc.blockLine !== undefined) return { path, line };
  return endLine > line ? { path, startLine: line, line: endLine } : { path, line };
}

export function planReview(report: Report, state: PullRequestState, options: ReviewOptions): ReviewPlan {
  const rules = new Map(options.rules.map((r) => [r.name, r]));
  const names = planNames(report.plans);
  const split = splitByDiff(activeFindings(report.findings), state.diff);
  const minimum = options.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY;
  const loud = (f: Finding): boolean => atLeast(f.severity, minimum);
  const inDiff = split.inDiff.filter((x) => loud(x.finding));
  const { outside } = split;
  const quiet = [...split.inDiff.map((x) => x.finding).filter((f) => !loud(f)), ...outside.filter((f) => !loud(f))];
  const reviewing = options.review !== 'off';

  // Inline comments this tool already posted for this context, by finding id.
  const own = new Map<string, ExistingReviewComment>();
  const covered = new Map<string, ExistingReviewComment>();
  for (const c of state.reviewComments) {
    if (c.inReplyTo !== null) continue;
    const marks = parseFindingComment(c.body);
    if (!marks || marks.context !== options.context) continue;
    if (!marks.fixed && !own.has(marks.findingId)) own.set(marks.findingId, c);
    // A comment on a block stands for every finding it names; its own finding decides whether it is fixed.
    if (!marks.fixed) for (const id of marks.also) if (!covered.has(id)) covered.set(id, c);
  }

  const inline: InlineComment[] = [];
  const alreadyCommented: Finding[] = [];
  const overflow: Finding[] = [];
  if (reviewing) {
    // One comment per block: the findings of several rules on the same lines (most severe first) share it.
    const blocks = new Map<string, Array<{ finding: Finding; anchor: Anchor }>>();
    for (const item of inDiff) {
      const f = item.finding;
      const key = JSON.stringify([f.plan, f.resource, f.path, f.location?.file, f.location ? blockStart(f.location) : null, f.location?.endLine]);
      const list = blocks.get(key);
      if (list) list.push(item);
      else blocks.set(key, [item]);
    }
    const commented = (f: Finding): boolean => idsOf(f).some((id) => own.has(id) || covered.has(id));
    // The cap counts blocks in order, commented before or not, so a later run comments the same ones.
    for (const [i, list] of [...blocks.values()].entries()) {
      const fresh = list.filter((x) => !commented(x.finding));
      for (const x of list) if (commented(x.finding)) alreadyCommented.push(x.finding);
      const [first, ...rest] = fresh;
      if (!first) continue;
      if (i < options.maxInlineComments) {
        const also = rest.map((x) => x.finding);
        inline.push({ ...first.anchor, finding: first.finding, body: inlineCommentBody(first.finding, rules.get(first.finding.rule), options.context, options.tool, names, { inlineIgnores: options.inlineIgnores ?? 'trust', also }) });
      } else overflow.push(...fresh.map((x) => x.finding));
    }
  }

  // Findings that are gone (or now suppressed): mark their comments resolved, unless people replied.
  // A finding the plan removes (change: 'removed') is reported, but as fixed: its comment is resolved too.
  const current = new Map(report.findings.filter((f) => f.change !== 'removed').flatMap((f) => idsOf(f).map((id) => [id, f] as const)));
  const repliedTo = new Set<number>();
  for (const c of state.reviewComments) if (c.inReplyTo !== null && !parseFindingComment(c.body)) repliedTo.add(c.inReplyTo);
  const gone = reviewing ? [...own.entries()].filter(([id]) => !current.has(id) || current.get(id)?.suppression).sort(([, a], [, b]) => a.id - b.id) : [];
  const editable = gone.filter(([, c]) => !repliedTo.has(c.id));
  const fixed = editable.slice(0, MAX_FIXED_EDITS).map(([findingId, c]) => {
    const suppression = current.get(findingId)?.suppression;
    const resolution: Resolution = suppression
      ? {
          kind: 'suppressed',
          reason: suppression.reason,
          source: suppression.source,
          ...(suppression.kind === 'comment' ? { by: suppression.by ?? '', expires: suppression.expires } : {}),
          ...(suppression.kind === 'approved' ? { approvedBy: suppression.by ?? '' } : {}),
        }
      : { kind: 'fixed' };
    return { commentId: c.id, findingId, body: resolvedCommentBody(c.body, findingId, options.context, options.headSha, resolution) };
  });

  const blocking = isBlocking(report);
  const ownReviews = state.reviews.filter((r) => isOwnReview(r.body, options.context));
  const requestChanges = options.review === 'request-changes' && blocking;
  const changesRequested = ownReviews.some((r) => r.state === 'CHANGES_REQUESTED');
  let review: ReviewPlan['review'] = null;
  if (reviewing && (inline.length > 0 || (requestChanges && !changesRequested))) {
    review = {
      event: requestChanges ? 'REQUEST_CHANGES' : 'COMMENT',
      body: reviewBody({ report, context: options.context, inline: inline.length, overflow, outside: outside.filter(loud), quiet: quiet.length, minSeverity: minimum, maxInline: options.maxInlineComments, summary: options.summary !== 'off' }),
    };
  }
  // Reports that could not be read leave the run unfinished: an earlier request for changes stays.
  const dismiss =
    reviewing && !blocking && (options.unread?.length ?? 0) === 0
      ? ownReviews
          .filter((r) => r.state === 'CHANGES_REQUESTED')
          .map((r) => r.id)
          .sort((a, b) => b - a)
          .slice(0, MAX_DISMISSALS)
      : [];

  let summary: ReviewPlan['summary'] = null;
  if (options.summary !== 'off') {
    const note = [...(options.notes ?? []), summaryNote(options.headSha)].filter(Boolean).join('\n\n');
    const body = summaryCommentBody(
      {
        report,
        rules: options.rules,
        outside: state.diff === null ? null : outside,
        ...(note ? { note } : {}),
        ...(options.diagrams ? { diagrams: options.diagrams } : {}),
        ...(options.unread ? { unread: options.unread } : {}),
        ...(options.inlineIgnores ? { inlineIgnores: options.inlineIgnores } : {}),
        ...(options.links ? { links: options.links } : {}),
        ...(options.roots ? { roots: options.roots } : {}),
      },
      options.context,
      options.stateLine,
    );
    const existing = options.summary === 'update' ? state.issueComments.find((c) => isSummaryComment(c.body, options.context)) : undefined;
    if (!existing) summary = { commentId: null, body };
    else if (existing.body !== body) summary = { commentId: existing.id, body };
  }

  return {
    inline,
    alreadyCommented,
    overflow,
    outside,
    quiet,
    review,
    fixed,
    fixedDeferred: editable.length - fixed.length,
    fixedKeptForReplies: gone.length - editable.length,
    summary,
    dismiss,
    status: options.context ? { ...commitStatus(report, options.unread), context: options.context } : null,
  };
}

/** The summary's last line: which commit the results are for. */
export function summaryNote(headSha: string): string | undefined {
  return /^[0-9a-f]{7,64}$/i.test(headSha) ? `<sub>Results for commit ${headSha.slice(0, 7)}; this comment is updated on every run.</sub>` : undefined;
}

/** The review again, without inline comments, after GitHub rejected them: they are listed in the body instead. */
export function reviewWithoutInline(report: Report, plan: ReviewPlan, options: ReviewOptions): { event: 'COMMENT' | 'REQUEST_CHANGES'; body: string } {
  return {
    event: plan.review?.event ?? 'COMMENT',
    body: reviewBody({
      report,
      context: options.context,
      inline: 0,
      rejected: plan.inline.map((c) => c.finding),
      overflow: plan.overflow,
      outside: plan.outside.filter((f) => atLeast(f.severity, options.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY)),
      quiet: plan.quiet.length,
      minSeverity: options.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY,
      maxInline: options.maxInlineComments,
    }),
  };
}
