/**
 * Posting a report on a pull request: read what is there, plan (pure, in
 * src/review/posting.ts), then write one request at a time.
 *
 * Requests per run, whatever the number of findings, plans or merged
 * reports (test/action/matrix.test.ts: 300 findings over 20 plans): four paginated reads
 * (changed files, review comments, reviews, issue comments: one page each for
 * up to 100 entries), then at most one review (all inline comments in it; a
 * second attempt without them after a 422), MAX_FIXED_EDITS comment edits,
 * one summary comment, MAX_DISMISSALS dismissals and one commit status.
 *
 * With `commands`, the summary comment also stores the analysis (one more
 * request, a GraphQL query for the token's identity, only when an earlier
 * summary carries ignores to bring over).
 *
 * The first write that fails stops the rest. With a read-only token (a pull
 * request from a fork) that is the first write, so nothing is posted at all.
 */
import { parsePatch, type DiffIndex, type Hunk } from '../review/diff.js';
import { applyStoredWaivers } from '../commands/ignores.js';
import type { Exception } from '../waivers/apply.js';
import { reviewInlineWaivers, type InlineIgnoreMode } from '../waivers/review.js';
import { encodeState, storedRules } from '../commands/state.js';
import { findingsOutsideDiff, planReview, reviewWithoutInline, type ExistingIssueComment, type PullRequestState, type ReviewOptions, type ReviewPlan } from '../review/posting.js';
import type { Report } from '../findings/types.js';
import type { Client, Log } from './client.js';
import type { PullRequestRef } from './context.js';
import { apiErrorText, httpStatus, isPermissionError } from './errors.js';
import { createIssueComment, listIssueComments, updateIssueComment } from './issues.js';
import { createReview, dismissReview, listChangedFiles, listReviewComments, listReviews, updateReviewComment } from './pulls.js';
import { createCommitStatus } from './statuses.js';
import { carriedIgnores } from './stored-analysis.js';

/** What a run needs to store its analysis for commands, and to carry their ignores over. */
interface CommandSupport {
  /** sha256 over the plan files read, or in publish mode over the report files read (commands/digest.ts). */
  planDigest: string | null;
  /** The current time: expired ignores stop applying. */
  now: Date;
}

export type PublishOptions = Omit<ReviewOptions, 'headSha' | 'stateLine'> & {
  targetUrl: string | null;
  /** Given: the summary comment stores the analysis, and ignores from commands carry over to this report. */
  commands?: CommandSupport;
  /**
   * Given with mode review or off: the sg-guard:ignore comments are judged
   * against the pull request's diff (src/waivers/review.ts) before anything
   * is stored or posted.
   */
  waivers?: { mode: InlineIgnoreMode; exceptions: readonly Exception[] };
};

export interface PublishResult {
  /** The report as posted: with the ignores given by commands carried over (the input report when none are). */
  report: Report;
  plan: ReviewPlan | null;
  /** What was written, in order, in words. */
  posted: string[];
  /** The token may not write (or read) this: the permission error, and whether anything had been posted before. */
  denied: { what: string; error: string } | null;
  /** Any other failure that stopped publishing. */
  failed: { what: string; error: string } | null;
}

/** Reads what the plan needs. Only what the options use is read. */
async function readPullRequestState(client: Client, ref: PullRequestRef, options: Pick<ReviewOptions, 'review' | 'summary'> & { needsDiff?: boolean }): Promise<PullRequestState> {
  const reviewing = options.review !== 'off';
  const diff = new Map<string, Hunk[]>();
  if (reviewing || options.summary !== 'off' || options.needsDiff) {
    for (const f of await listChangedFiles(client, ref)) {
      if (f.status !== 'removed') diff.set(f.filename, f.patch === null ? [] : parsePatch(f.patch));
    }
  }
  return {
    diff,
    reviewComments: reviewing ? await listReviewComments(client, ref) : [],
    reviews: reviewing ? await listReviews(client, ref) : [],
    issueComments: options.summary === 'update' ? await listIssueComments(client, ref) : [],
  };
}

interface Write {
  what: string;
  run: () => Promise<void>;
  /** A 404 means the target went away since it was read (a deleted comment): skip it. */
  skipIfGone?: boolean;
}

export async function publish(client: Client, ref: PullRequestRef, analysed: Report, options: PublishOptions, log: Log): Promise<PublishResult> {
  const waivers = options.waivers && options.waivers.mode !== 'trust' ? options.waivers : null;
  /**
   * The report with its sg-guard:ignore comments judged against the diff. No
   * diff known, or a file whose patch GitHub did not send (too large): every
   * comment there counts as added by the pull request, stricter, never looser.
   */
  const judged = (diff: DiffIndex | null): Report => {
    if (!waivers) return analysed;
    const isAddedLine = (file: string, line: number): boolean => {
      if (diff === null) return true;
      const hunks = diff.get(file);
      return hunks !== undefined && (hunks.length === 0 || hunks.some((h) => h.changed.includes(line)));
    };
    return reviewInlineWaivers(analysed, { mode: waivers.mode, isAddedLine, author: ref.author ?? null, approvals: [], today: options.commands?.now ?? new Date(), exceptions: waivers.exceptions });
  };
  const result: PublishResult = { report: analysed, plan: null, posted: [], denied: null, failed: null };
  const reviewOptions: ReviewOptions = { ...options, headSha: ref.headSha };
  let state: PullRequestState;
  try {
    state = await readPullRequestState(client, ref, { ...options, needsDiff: waivers !== null });
  } catch (err) {
    const problem = { what: `reading pull request #${ref.number}`, error: apiErrorText(err) };
    if (isPermissionError(err)) result.denied = problem;
    else result.failed = problem;
    result.report = judged(null);
    return result;
  }
  const checked = judged(state.diff);
  result.report = checked;
  if (options.commands && options.summary !== 'off') {
    const stored = await withStoredAnalysis(client, ref, checked, state, options, options.commands, log);
    state = { ...state, issueComments: stored.eligible };
    reviewOptions.stateLine = stored.line;
    result.report = stored.report;
  }
  const report = result.report;
  const plan = planReview(report, state, reviewOptions);
  result.plan = plan;

  const writes: Write[] = [];
  const review = plan.review;
  if (review) {
    writes.push({
      what: `a review (${review.event}) with ${plan.inline.length} inline comment(s)`,
      run: async () => {
        try {
          await createReview(client, ref, { ...review, comments: plan.inline });
        } catch (err) {
          if (httpStatus(err) !== 422) throw err;
          log.warning(`GitHub rejected the review (${apiErrorText(err)}); posting it once more without inline comments.`);
          const again = reviewWithoutInline(report, plan, reviewOptions);
          const event = /own pull request/i.test(apiErrorText(err)) ? 'COMMENT' : again.event;
          await createReview(client, ref, { ...again, event, comments: [] });
        }
      },
    });
  }
  for (const edit of plan.fixed) {
    writes.push({ what: `review comment ${edit.commentId} marked resolved`, run: () => updateReviewComment(client, ref, edit.commentId, edit.body), skipIfGone: true });
  }
  const summary = plan.summary;
  if (summary) {
    writes.push(
      summary.commentId === null
        ? { what: 'the summary comment', run: async () => void (await createIssueComment(client, ref, summary.body)) }
        : { what: `the summary comment ${summary.commentId} updated`, run: () => updateIssueComment(client, ref, summary.commentId as number, summary.body), skipIfGone: true },
    );
  }
  for (const id of plan.dismiss) {
    const message = `sg-guard: nothing blocks at fail-on ${report.failOn} any more (commit ${ref.headSha.slice(0, 7)}).`;
    writes.push({ what: `review ${id} dismissed`, run: () => dismissReview(client, ref, id, message), skipIfGone: true });
  }
  const status = plan.status;
  if (status) {
    writes.push({
      what: `commit status "${status.context}": ${status.state}`,
      run: () => createCommitStatus(client, ref, { ...status, targetUrl: options.targetUrl }),
    });
  }

  for (const write of writes) {
    try {
      await write.run();
      result.posted.push(write.what);
    } catch (err) {
      if (write.skipIfGone && (httpStatus(err) === 404 || httpStatus(err) === 422)) {
        log.info(`Skipped ${write.what}: ${apiErrorText(err)}`);
        continue;
      }
      const problem = { what: write.what, error: apiErrorText(err) };
      if (isPermissionError(err)) result.denied = problem;
      else result.failed = problem;
      break;
    }
  }
  if (plan.fixedDeferred > 0) log.info(`${plan.fixedDeferred} more resolved finding(s) will have their comments marked on the next run.`);
  return result;
}

/**
 * The report with the ignores of the last stored analysis carried over (for
 * the same finding ids; expired ones stop applying), the state line that
 * stores this run's analysis and those ignores, and the comments that may be
 * updated as the summary.
 */
async function withStoredAnalysis(
  client: Client,
  ref: PullRequestRef,
  checked: Report,
  state: PullRequestState,
  options: PublishOptions,
  support: CommandSupport,
  log: Log,
): Promise<{ report: Report; line: string | undefined; eligible: ExistingIssueComment[] }> {
  const carried = await carriedIgnores(client, state.issueComments, options.context, log);
  const ignores = carried.state?.ignores ?? [];
  const report = applyStoredWaivers(checked, ignores, support.now, ref.author ?? null);
  const carriedCount = report.findings.filter((f) => f.suppression?.kind === 'comment' || f.suppression?.kind === 'approved').length;
  if (carriedCount > 0) log.info(`${carriedCount} finding(s) stay ignored by commands given on pull request #${ref.number}.`);
  const encoded = encodeState({
    context: options.context,
    headSha: ref.headSha,
    planDigest: support.planDigest,
    report: checked,
    outside: findingsOutsideDiff(checked.findings, state.diff),
    customRules: storedRules(options.rules),
    diagrams: [...(options.diagrams ?? [])],
    ignores,
    omitted: [],
    ...(options.unread && options.unread.length > 0 ? { unread: [...options.unread] } : {}),
    ...(options.roots ? { roots: options.roots } : {}),
  });
  if (!encoded) log.warning('sg-guard could not store the analysis in the summary comment: commands will not work on this pull request until the next run.');
  else if (encoded.stored.omitted.includes('findings')) {
    log.warning(`The analysis (${checked.findings.length} findings) is too large to store in the summary comment: only help and explain work on this pull request; ignores given before still carry over.`);
  }
  return { report, line: encoded?.line, eligible: carried.eligible };
}
