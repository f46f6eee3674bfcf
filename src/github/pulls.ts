/** Pull request reads and writes: changed files, review comments, reviews. */
import type { Anchor } from '../review/diff.js';
import { authorOf, type CommentAuthor, type ExistingReview, type ExistingReviewComment } from '../review/posting.js';
import type { Client } from './client.js';
import type { PullRequestRef } from './context.js';

interface ChangedFile {
  filename: string;
  status: string;
  /** The file's hunks; absent for binary files and diffs too large for the API. */
  patch: string | null;
}

const PAGE = 100;

type PullRequestId = Pick<PullRequestRef, 'owner' | 'repo' | 'number'>;

function pr(ref: PullRequestId): { owner: string; repo: string; pull_number: number } {
  return { owner: ref.owner, repo: ref.repo, pull_number: ref.number };
}

/** Every changed file with its patch (paginated; GitHub lists at most 3,000 files). */
export async function listChangedFiles(client: Client, ref: PullRequestRef): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...pr(ref), per_page: PAGE });
  return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch ?? null }));
}

export async function listReviewComments(client: Client, ref: PullRequestId): Promise<ExistingReviewComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { ...pr(ref), per_page: PAGE });
  return comments.map((c) => ({ id: c.id, body: c.body, inReplyTo: c.in_reply_to_id ?? null, author: authorOf(c.user) }));
}

/** The pull request as it is now: its head commit, its author, open or closed. */
export interface PullRequestNow {
  headSha: string;
  author: CommentAuthor | null;
  state: 'open' | 'closed';
}

export async function getPullRequest(client: Client, ref: PullRequestId): Promise<PullRequestNow> {
  const { data } = await client.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number });
  return { headSha: data.head.sha, author: authorOf(data.user), state: data.state === 'open' ? 'open' : 'closed' };
}

/** A reply in the thread of review comment `commentId` (the thread's first comment). */
export async function replyToReviewComment(client: Client, ref: PullRequestId, commentId: number, body: string): Promise<number> {
  const { data } = await client.rest.pulls.createReplyForReviewComment({ owner: ref.owner, repo: ref.repo, pull_number: ref.number, comment_id: commentId, body });
  return data.id;
}

export async function listReviews(client: Client, ref: PullRequestRef): Promise<ExistingReview[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...pr(ref), per_page: PAGE });
  return reviews.map((r) => ({ id: r.id, state: r.state, body: r.body ?? '' }));
}

interface NewReviewComment extends Anchor {
  body: string;
}

/** One review with all its inline comments: one request whatever the number of comments. */
export async function createReview(
  client: Client,
  ref: PullRequestRef,
  review: { event: 'COMMENT' | 'REQUEST_CHANGES'; body: string; comments: readonly NewReviewComment[] },
): Promise<number> {
  const comments = review.comments.map((c) =>
    c.startLine !== undefined
      ? { path: c.path, body: c.body, start_line: c.startLine, start_side: 'RIGHT', line: c.line, side: 'RIGHT' }
      : { path: c.path, body: c.body, line: c.line, side: 'RIGHT' },
  );
  const { data } = await client.rest.pulls.createReview({
    ...pr(ref),
    commit_id: ref.headSha,
    event: review.event,
    body: review.body,
    ...(comments.length > 0 ? { comments } : {}),
  });
  return data.id;
}

export async function updateReviewComment(client: Client, ref: PullRequestRef, commentId: number, body: string): Promise<void> {
  await client.rest.pulls.updateReviewComment({ owner: ref.owner, repo: ref.repo, comment_id: commentId, body });
}

export async function dismissReview(client: Client, ref: PullRequestRef, reviewId: number, message: string): Promise<void> {
  await client.rest.pulls.dismissReview({ ...pr(ref), review_id: reviewId, message, event: 'DISMISS' });
}
