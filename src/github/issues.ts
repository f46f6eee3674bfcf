/** Pull request conversation comments (the issue comments API): the summary comment. */
import { authorOf, type ExistingIssueComment } from '../review/posting.js';
import type { Client } from './client.js';
import type { PullRequestRef } from './context.js';

export async function listIssueComments(client: Client, ref: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>): Promise<ExistingIssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 });
  return comments.map((c) => ({ id: c.id, body: c.body ?? '', author: authorOf(c.user) }));
}

export async function createIssueComment(client: Client, ref: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>, body: string): Promise<number> {
  const { data } = await client.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.number, body });
  return data.id;
}

export async function updateIssueComment(client: Client, ref: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>, commentId: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ owner: ref.owner, repo: ref.repo, comment_id: commentId, body });
}
